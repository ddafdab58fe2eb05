import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import countries110m from 'world-atlas/countries-110m.json';
import { packOutlines } from '../../src/data/packOutlines';
import { unpackOutlines } from '../../src/map/packedOutlines';
import { packUnitOutlines, UNIT_STEPS } from '../../src/map/packUnitOutlines';
import { readUnitOutlines } from '../../src/map/readUnitOutlines';

const topology = countries110m as unknown as Topology<{ countries: GeometryCollection }>;
const unit = unpackOutlines(packOutlines(topology));

describe('packUnitOutlines / readUnitOutlines', () => {
  const packed = packUnitOutlines(unit);
  const read = readUnitOutlines(packed);

  it('gives back every ring, point by point, within half a step (2^-19 of the world)', () => {
    expect([...read.lengths]).toEqual([...unit.lengths]);
    expect(read.coordinates.length).toBe(unit.coordinates.length);
    let worst = 0;
    for (let i = 0; i < unit.coordinates.length; i++)
      worst = Math.max(worst, Math.abs((read.coordinates[i] as number) - (unit.coordinates[i] as number)));
    // Float32's own rounding of values near 1 adds at most 2^-25
    expect(worst).toBeLessThanOrEqual(0.5 / UNIT_STEPS + 2 ** -25);
    expect(worst).toBeGreaterThan(0);
  });

  it('is finer than Natural Earth’s own quantum at 1:110m, in x and in y at every latitude', () => {
    const [kx, ky] = topology.transform?.scale ?? [0, 0];
    // a step of longitude is kx / 360 of the world; a step of latitude at least ky / 360 of it in Mercator y
    expect(1 / UNIT_STEPS).toBeLessThan(kx / 360);
    expect(1 / UNIT_STEPS).toBeLessThan(ky / 360);
  });

  it('boxes each ring as the points read back, every point inside and each bound one of them', () => {
    let k = 0;
    read.lengths.forEach((length, r) => {
      const [minX, minY, maxX, maxY] = read.boxes.subarray(4 * r, 4 * r + 4) as unknown as number[];
      const xs: number[] = [];
      const ys: number[] = [];
      for (let i = 0; i < length; i++, k += 2) {
        xs.push(read.coordinates[k] as number);
        ys.push(read.coordinates[k + 1] as number);
      }
      expect([minX, minY, maxX, maxY]).toEqual([
        Math.min(...xs),
        Math.min(...ys),
        Math.max(...xs),
        Math.max(...ys),
      ]);
    });
    expect(k).toBe(read.coordinates.length);
  });

  it('says where the packed text is damaged', () => {
    expect(() => readUnitOutlines({ ...packed, points: packed.points.slice(0, 100) })).toThrow(
      "The basemap's outlines are damaged at character 100.",
    );
    expect(() => readUnitOutlines({ ...packed, boxes: `!${packed.boxes}` })).toThrow(
      "The basemap's outlines' boxes are damaged at character 0.",
    );
  });
});
