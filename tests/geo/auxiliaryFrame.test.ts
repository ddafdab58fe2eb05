// The union's frame against GeographicLib: it maps back exactly, and no frame length is shorter than the
// WGS84 geodesic between the same two positions (the pruning of pieces relies on that).
import geodesic from 'geographiclib-geodesic';
import { describe, expect, it } from 'vitest';
import { auxiliaryFrame } from '../../src/geo/auxiliaryFrame';
import type { LonLat } from '../../src/geo/types';
import { seededRandom } from '../support/seededRandom';

const geod = geodesic.Geodesic.WGS84;

const CENTRES: [string, LonLat][] = [
  ['Kharkiv', [36.23, 49.99]],
  ['the equator at 180°', [180, 0]],
  ['near the North Pole', [40, 89.5]],
  ['Tierra del Fuego', [-68, -54]],
];

describe('auxiliaryFrame', () => {
  for (const [name, centre] of CENTRES) {
    it(`round trip from ${name} to the millimetre, up to 15,000 km away`, () => {
      const frame = auxiliaryFrame(centre);
      const random = seededRandom(centre[0] * 1000 + centre[1]);
      for (let i = 0; i < 400; i++) {
        const az = random() * 360;
        const s = random() * 15_000_000;
        const r = geod.Direct(centre[1], centre[0], az, s);
        const p: LonLat = [r.lon2 as number, r.lat2 as number];
        const back = frame.unproject(frame.project(p));
        const apartM = geod.Inverse(p[1], p[0], back[1], back[0]).s12 as number;
        expect(apartM, JSON.stringify(p)).toBeLessThan(0.001);
      }
    });

    it(`from ${name}, a frame length is never shorter than the geodesic`, () => {
      const frame = auxiliaryFrame(centre);
      const random = seededRandom(centre[1] * 1000 - centre[0]);
      let tightest = Number.POSITIVE_INFINITY;
      for (let i = 0; i < 600; i++) {
        const at = (sMax: number): LonLat => {
          const r = geod.Direct(centre[1], centre[0], random() * 360, random() * sMax);
          return [r.lon2 as number, r.lat2 as number];
        };
        const a = at(6_000_000);
        const b = random() < 0.5 ? at(6_000_000) : near(a, random() * 400_000, random() * 360);
        const [ax, ay] = frame.project(a);
        const [bx, by] = frame.project(b);
        const frameM = Math.hypot(bx - ax, by - ay);
        const trueM = geod.Inverse(a[1], a[0], b[1], b[0]).s12 as number;
        expect(frameM, `${JSON.stringify(a)} ${JSON.stringify(b)}`).toBeGreaterThanOrEqual(trueM - 1e-6);
        tightest = Math.min(tightest, frameM / trueM);
      }
      // and not loosely so: near the centre the frame is nearly true
      expect(tightest).toBeLessThan(1.005);
    });
  }
});

function near(p: LonLat, s: number, az: number): LonLat {
  const r = geod.Direct(p[1], p[0], az, s);
  return [r.lon2 as number, r.lat2 as number];
}
