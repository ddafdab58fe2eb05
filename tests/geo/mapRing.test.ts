import geodesic from 'geographiclib-geodesic';
import { describe, expect, it } from 'vitest';
import { geodesicFan, mapRing, worldCopies } from '../../src/geo';
import { RING_CASES } from '../support/ringCases';

const geod = geodesic.Geodesic.WGS84;

describe('mapRing', () => {
  for (const c of RING_CASES) {
    it(`${c.name}: continuous longitudes, copies at ±360°, vertices on the circle`, () => {
      const rangeM = c.rangeKm * 1000;
      const polys = worldCopies(mapRing(c.center, rangeM, 128));
      if (c.shape === 'empty') {
        expect(polys).toEqual([]);
        return;
      }
      for (const poly of polys)
        for (const ring of poly) {
          expect(ring[0]).toEqual(ring[ring.length - 1]);
          for (let i = 1; i < ring.length; i++) {
            const step = Math.abs((ring[i]![0] as number) - (ring[i - 1]![0] as number));
            // no jump across the map; the only long steps are along a pole or the world box edge
            if (Math.abs(ring[i]![1]) !== 90 && Math.abs(ring[i - 1]![1]) !== 90)
              expect(step).toBeLessThan(180);
          }
          for (const [lon, lat] of ring) {
            if (Math.abs(lat) === 90 || c.shape === 'world' || Math.abs(lon) === 540) continue;
            const d = geod.Inverse(c.center[1], c.center[0], lat, lon).s12 as number;
            expect(Math.abs(d - rangeM)).toBeLessThan(1e-3);
          }
        }
      if (c.shape === 'world' || c.shape === 'antipodalHole') {
        expect(polys).toHaveLength(1);
        expect(polys[0]).toHaveLength(c.shape === 'world' ? 1 : 4); // world box and the hole in three copies
      } else {
        expect(polys).toHaveLength(3);
        const first = polys[1]![0]![0]!;
        expect(polys[0]![0]![0]).toEqual([first[0] - 360, first[1]]);
        expect(polys[2]![0]![0]).toEqual([first[0] + 360, first[1]]);
      }
      if (c.shape === 'northCap' || c.shape === 'southCap') {
        const lons = polys[1]![0]!.map((p) => p[0]);
        expect(Math.max(...lons) - Math.min(...lons)).toBeCloseTo(360, 9);
      }
    });
  }

  it('re-uses one fan of geodesics for several ranges and gives the same rings', () => {
    const center: [number, number] = [36.2304, 49.9935];
    const fan = geodesicFan(center, 256);
    for (const km of [300, 460, 1600]) {
      expect(mapRing(center, km * 1000, 256, fan)).toEqual(mapRing(center, km * 1000, 256));
    }
  });

  it('keeps a ring whose centre lies in a neighbouring world copy in that copy', () => {
    const polys = mapRing([178.4419 + 360, -18.1416], 1_600_000, 64);
    const lons = polys[0]![0]!.map((p) => p[0]);
    expect(Math.min(...lons)).toBeGreaterThan(360 + 160);
  });
});
