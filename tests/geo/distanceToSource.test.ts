// nearestOnSource against a brute force of its own: every edge sampled, the best sample refined by
// golden section on GeographicLib's distances. The search skips edges by bounds; none it skips may win.
import geodesic from 'geographiclib-geodesic';
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { nearestOnSource, reachSource } from '../../src/geo';
import type { LonLat } from '../../src/geo/types';
import { seededRandom } from '../support/seededRandom';

const geod = geodesic.Geodesic.WGS84;
const G = geodesic.Geodesic;

function bruteDistanceM(p: LonLat, lines: Position[][]): number {
  const to = (lon: number, lat: number) => geod.Inverse(p[1], p[0], lat, lon).s12 as number;
  let best = Number.POSITIVE_INFINITY;
  for (const line of lines)
    for (let i = 0; i + 1 < line.length; i++) {
      const [a, b] = [line[i] as number[], line[i + 1] as number[]];
      const l = geod.InverseLine(
        a[1] as number,
        a[0] as number,
        b[1] as number,
        b[0] as number,
        G.STANDARD | G.DISTANCE_IN,
      );
      const at = (s: number) => {
        const q = l.Position(s, G.STANDARD);
        return to(q.lon2 as number, q.lat2 as number);
      };
      const n = 8;
      let k = 0;
      for (let j = 1; j <= n; j++) if (at((l.s13 * j) / n) < at((l.s13 * k) / n)) k = j;
      let lo = (l.s13 * Math.max(0, k - 1)) / n;
      let hi = (l.s13 * Math.min(n, k + 1)) / n;
      for (let it = 0; it < 45; it++) {
        const m1 = lo + (hi - lo) / 3;
        const m2 = hi - (hi - lo) / 3;
        if (at(m1) < at(m2)) hi = m2;
        else lo = m1;
      }
      best = Math.min(best, at((lo + hi) / 2), at(0), at(l.s13));
    }
  return best;
}

describe('nearestOnSource', () => {
  it('finds the nearest of many short edges, near and far, across ±180° and near a pole', () => {
    const random = seededRandom(12);
    // a wiggly coast of 120 short edges from the Bering Sea across 180°, and one towards the pole
    const coast: Position[] = Array.from({ length: 120 }, (_, i) => [
      170 + i * 0.15 + 0.05 * Math.sin(i),
      62 + 0.3 * Math.sin(i * 0.7),
    ]).map(([lon, lat]) => [(((lon as number) + 540) % 360) - 180, lat as number]);
    const polar: Position[] = Array.from({ length: 30 }, (_, i) => [10 + i * 0.5, 80 + i * 0.3]);
    const source = reachSource({ type: 'MultiLineString', coordinates: [coast, polar] });
    for (let i = 0; i < 16; i++) {
      const p: LonLat = [((175 + (random() - 0.5) * 60 + 540) % 360) - 180, 55 + random() * 34];
      const found = nearestOnSource(p, source);
      const truth = bruteDistanceM(p, [coast, polar]);
      expect(Math.abs(found.distanceM - truth), JSON.stringify(p)).toBeLessThan(0.01);
      const footM = geod.Inverse(p[1], p[0], found.foot[1], found.foot[0]).s12 as number;
      expect(Math.abs(footM - found.distanceM)).toBeLessThan(0.01);
    }
  }, 120_000);
});
