import geodesic from 'geographiclib-geodesic';
import { describe, expect, it } from 'vitest';
import { geodesicFan, mapRing, mapRingShape, sparserFan, worldCopies } from '../../src/geo';
import { RING_CASES } from '../support/ringCases';

const geod = geodesic.Geodesic.WGS84;

describe('mapRingShape', () => {
  for (const c of RING_CASES) {
    it(`${c.name}: fills mapRing's polygons and strokes only vertices on the circle`, () => {
      const rangeM = c.rangeKm * 1000;
      const { fill, outline } = mapRingShape(c.center, rangeM, 128);
      expect(fill).toEqual(worldCopies(mapRing(c.center, rangeM, 128)));
      if (c.shape === 'empty' || c.shape === 'world') {
        expect(outline).toEqual([]);
        return;
      }
      expect(outline).toHaveLength(3); // one per world copy
      for (const line of outline) {
        expect(line.length).toBeGreaterThan(100);
        for (const [lon, lat] of line) {
          // the closing edges run along ±90° and along ±540°: no such vertex is stroked
          expect(Math.abs(lat)).toBeLessThan(90);
          const d = geod.Inverse(c.center[1], c.center[0], lat, lon).s12 as number;
          expect(Math.abs(d - rangeM)).toBeLessThan(1e-3);
        }
        for (let i = 1; i < line.length; i++) {
          const a = line[i - 1] as [number, number];
          const b = line[i] as [number, number];
          // no long straight edge: neighbours on a 128-vertex ring are close on the globe
          const d = geod.Inverse(a[1], a[0], b[1], b[0]).s12 as number;
          expect(d).toBeLessThan((2 * Math.PI * 6_371_000) / 128 + 1);
        }
      }
      const [west, mid, east] = outline as unknown as [number[][], number[][], number[][]];
      expect(west[0]).toEqual([(mid[0]?.[0] as number) - 360, mid[0]?.[1]]);
      expect(east[0]).toEqual([(mid[0]?.[0] as number) + 360, mid[0]?.[1]]);
    });
  }

  it('gives a pole cap an open chain whose ends meet the neighbouring copies on the meridian opposite the centre', () => {
    const center: [number, number] = [15.6356, 78.2232]; // Longyearbyen
    const { outline } = mapRingShape(center, 1_600_000, 256);
    const mid = outline[1] as [number, number][];
    const first = mid[0] as [number, number];
    const last = mid[mid.length - 1] as [number, number];
    expect(Math.abs(first[0] - last[0])).toBeCloseTo(360, 9);
    expect(first[1]).toBeCloseTo(last[1], 9);
    expect(new Set([first[0], last[0]])).toEqual(new Set([center[0] + 180, center[0] - 180]));
    expect(outline[0]?.[0]).toEqual([first[0] - 360, first[1]]);
  });

  it('re-uses a fan and gives the same shape', () => {
    const center: [number, number] = [30.5234, 50.4501];
    const fan = geodesicFan(center, 256);
    expect(mapRingShape(center, 12_000_000, 256, fan)).toEqual(mapRingShape(center, 12_000_000, 256));
  });

  it("takes every 4th of a fan's geodesics as a fan of a quarter as many: the same shape", () => {
    const center: [number, number] = [30.5234, 50.4501];
    const sparse = sparserFan(geodesicFan(center, 256), 4);
    expect(sparse.count).toBe(64);
    expect(mapRingShape(center, 300_000, 64, sparse)).toEqual(mapRingShape(center, 300_000, 64));
    expect(mapRingShape(center, 18_000_000, 64, sparse)).toEqual(mapRingShape(center, 18_000_000, 64));
    // a fan of a count that is not a multiple of 4 is none
    expect(() => sparserFan(geodesicFan(center, 256), 128)).toThrow(RangeError);
  });
});
