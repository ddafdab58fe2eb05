// nearestOnSource against a brute force (tests/support/bruteDistance): every edge sampled, the best sample
// refined by golden section on GeographicLib's distances. The search skips edges by bounds; none it skips may win.
import geodesic from 'geographiclib-geodesic';
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { nearestOnSource, reachSource } from '../../src/geo';
import type { LonLat } from '../../src/geo/types';
import { bruteDistanceToLinesM } from '../support/bruteDistance';
import { seededRandom } from '../support/seededRandom';

const geod = geodesic.Geodesic.WGS84;

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
      const truth = bruteDistanceToLinesM(p, [coast, polar]);
      expect(Math.abs(found.distanceM - truth), JSON.stringify(p)).toBeLessThan(0.01);
      const footM = geod.Inverse(p[1], p[0], found.foot[1], found.foot[0]).s12 as number;
      expect(Math.abs(footM - found.distanceM)).toBeLessThan(0.01);
    }
  }, 120_000);
});
