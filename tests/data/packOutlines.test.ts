import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import countries110m from 'world-atlas/countries-110m.json';
import { packOutlines, readArcDeltas } from '../../src/data/packOutlines';

const topology = countries110m as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;

describe('packOutlines / readArcDeltas', () => {
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
});
