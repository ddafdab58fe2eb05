// rangeBand against independent truth: sampled points in and out of the band by GeographicLib's inverse
// distance, every vertex on one of its two edges, RFC 7946 winding, for a band on one side of 180°, one across
// it and one whose outer edge goes round the North Pole.
import { booleanClockwise, booleanPointInPolygon } from '@turf/turf';
import geodesic from 'geographiclib-geodesic';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { rangeBand } from '../../src/geo';
import { seededRandom } from '../support/seededRandom';

const geod = geodesic.Geodesic.WGS84;
const trueDistanceM = (center: readonly number[], lon: number, lat: number) =>
  geod.Inverse(center[1] as number, center[0] as number, lat, lon).s12 as number;

function polygonsOf(g: Polygon | MultiPolygon): Position[][][] {
  return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
}

const onSeamOrPole = ([lon, lat]: Position) =>
  Math.abs(lat as number) === 90 || Math.abs(lon as number) === 180;

const CASES = [
  {
    name: "ERAM's band from Kharkiv",
    center: [36.2304, 49.9935] as const,
    minKm: 240,
    maxKm: 460,
    pieces: 1,
  },
  {
    name: 'a band across 180° from Fiji',
    center: [178.44, -18.14] as const,
    minKm: 165,
    maxKm: 300,
    pieces: 2,
  },
  {
    name: 'a band round the North Pole from Svalbard',
    center: [15.6, 78.2] as const,
    minKm: 500,
    maxKm: 2500,
    pieces: 1,
  },
  {
    // both ends go round the pole: a band between two caps, with no hole, closed along 180°
    name: 'a band with both ends round the North Pole',
    center: [15.6, 78.2] as const,
    minKm: 1500,
    maxKm: 3000,
    pieces: 1,
  },
];

describe('rangeBand', () => {
  for (const c of CASES) {
    describe(c.name, () => {
      const [minM, maxM] = [c.minKm * 1000, c.maxKm * 1000];
      const band = rangeBand([c.center[0], c.center[1]], minM, maxM, { vertices: 720 });
      if (!band) throw new Error('no band');
      const polygons = polygonsOf(band.geometry);

      it(`is ${c.pieces} piece(s), each an exterior counter-clockwise and its holes clockwise`, () => {
        expect(polygons).toHaveLength(c.pieces);
        for (const [exterior, ...holes] of polygons) {
          expect(booleanClockwise(exterior as Position[])).toBe(false);
          for (const hole of holes) expect(booleanClockwise(hole)).toBe(true);
        }
      });

      it('has every vertex on one of its edges (GeographicLib, within 1 m), but those on 180° or a pole', () => {
        for (const polygon of polygons)
          for (const ring of polygon)
            for (const vertex of ring) {
              if (onSeamOrPole(vertex)) continue;
              const d = trueDistanceM(c.center, vertex[0] as number, vertex[1] as number);
              expect(Math.min(Math.abs(d - minM), Math.abs(d - maxM))).toBeLessThan(1);
            }
      });

      it('holds sampled points whose true distance is inside the band, and none outside it', () => {
        const random = seededRandom(7);
        let [inside, outside] = [0, 0];
        for (let i = 0; i < 400; i++) {
          const azimuth = random() * 360;
          // clear of the edges by 3 % of the band's width (a chord lies within 0.1 % of it at 720 vertices)
          const t = random() * 1.6 - 0.3;
          const s = minM + (maxM - minM) * t;
          if (s <= 0 || Math.abs(t) < 0.03 || Math.abs(t - 1) < 0.03) continue;
          const p = geod.Direct(c.center[1], c.center[0], azimuth, s);
          const point = [(((((p.lon2 as number) + 180) % 360) + 360) % 360) - 180, p.lat2 as number];
          const held = booleanPointInPolygon(point, band);
          const want = t > 0 && t < 1;
          expect(held, `${azimuth.toFixed(1)}°, ${(s / 1000).toFixed(1)} km`).toBe(want);
          if (want) inside++;
          else outside++;
        }
        expect(inside).toBeGreaterThan(100);
        expect(outside).toBeGreaterThan(50);
      });
    });
  }

  it('is null for a band of no width, and the whole disk from 0', () => {
    expect(rangeBand([0, 0], 300_000, 300_000)).toBeNull();
    expect(rangeBand([0, 0], 0, 300_000)?.geometry.type).toBe('Polygon');
    expect(() => rangeBand([0, 0], -1, 300_000)).toThrow(RangeError);
  });
});
