import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import countries110m from 'world-atlas/countries-110m.json';
import {
  packOutlines,
  readArcDeltas,
  readPackedNumbers,
  writePackedNumber,
} from '../../src/data/packOutlines';

const topology = countries110m as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;

describe('packOutlines / readArcDeltas / readPackedNumbers', () => {
  const packed = packOutlines(topology);

  it('keeps every arc delta of the TopoJSON, in order', () => {
    const deltas = readArcDeltas(packed);
    expect([...deltas]).toEqual(topology.arcs.flat(2));
  });

  it('names each polygonal country and counts its rings per polygon, in the order of the geometries', () => {
    const geometries = topology.objects.countries.geometries;
    expect(packed.names).toEqual(geometries.map((g) => (g.properties as { name: string }).name));
    expect(packed.shapes).toEqual(
      geometries.map((g) =>
        g.type === 'Polygon' ? g.arcs.length : g.type === 'MultiPolygon' ? g.arcs.map((p) => p.length) : -1,
      ),
    );
    const rings = packed.shapes.reduce<number>(
      (sum, shape) => sum + (typeof shape === 'number' ? shape : shape.reduce((a, b) => a + b, 0)),
      0,
    );
    expect(rings).toBe(packed.ringSizes.length);
  });

  it('says where the packed text is damaged', () => {
    const damaged = (arcPoints: string) => () => readArcDeltas({ ...packed, arcLengths: [2], arcPoints });
    expect(damaged('AA!A')).toThrow(/damaged at character 2/);
    expect(damaged('AA')).toThrow(/damaged at character 2/);
    expect([...readArcDeltas({ ...packed, arcLengths: [2], arcPoints: 'CDgBA' })]).toEqual([1, -2, 16, 0]);
  });

  it('writes and reads back any integer of the code, small or large, either sign', () => {
    const values = [0, 1, -1, 15, -16, 16, 31, -32, 1023, -1024, 262_143, -262_144, 2 ** 30, -(2 ** 30)];
    const out: string[] = [];
    for (const value of values) writePackedNumber(value, out);
    expect([...readPackedNumbers(out.join(''), values.length, 'The list')]).toEqual(values);
    expect(() => readPackedNumbers(out.join(''), values.length + 1, 'The list')).toThrow(
      `The list are damaged at character ${out.length}.`,
    );
  });
});
