// The distance scale: round steps in each unit, labels as a reader reads them, every circle vertex at its true
// geodesic distance (GeographicLib, computed here), and spokes along their azimuth.
import { geoPath } from 'd3';
import geodesic from 'geographiclib-geodesic';
import { describe, expect, it } from 'vitest';
import { HALF_MERIDIAN_M, type LonLat } from '../../src/geo';
import { distanceGraticule, viewReachM } from '../../src/views/distanceGraticule';
import { distanceProjection } from '../../src/views/distanceProjection';

const geod = geodesic.Geodesic.WGS84;
const KHARKIV: LonLat = [36.2304, 49.9935];

describe('distanceGraticule', () => {
  it('labels round distances in km, mi and nmi', () => {
    const km = distanceGraticule(KHARKIV, { reachM: 3_000_000, unit: 'km', locale: 'en' });
    expect(km.step).toBe(500);
    expect(km.circles.map((c) => c.label)).toEqual([
      '500 km',
      '1,000 km',
      '1,500 km',
      '2,000 km',
      '2,500 km',
      '3,000 km',
    ]);
    const mi = distanceGraticule(KHARKIV, { reachM: 3_000_000, unit: 'mi', locale: 'en' });
    expect(mi.step).toBe(500);
    expect(mi.circles.map((c) => c.label)).toEqual(['500 mi', '1,000 mi', '1,500 mi']);
    expect(mi.circles[1]?.distanceM).toBeCloseTo(1_609_344, 6);
    const nmi = distanceGraticule(KHARKIV, { reachM: 250_000, unit: 'nmi', locale: 'en' });
    expect(nmi.step).toBe(20);
    expect(nmi.circles.map((c) => c.label)).toEqual([
      '20 nmi',
      '40 nmi',
      '60 nmi',
      '80 nmi',
      '100 nmi',
      '120 nmi',
    ]);
    expect(nmi.circles[0]?.distanceM).toBe(37_040);
  });

  it('takes the step from how far the view reaches: the whole Earth every 5,000 km, a city every 10 km', () => {
    const world = distanceGraticule(KHARKIV, { reachM: HALF_MERIDIAN_M, unit: 'km', locale: 'en' });
    expect(world.step).toBe(5000);
    // 20,000 km would cross the antipode's cut locus in some directions: the rim stands for it.
    expect(world.circles.map((c) => c.label)).toEqual(['5,000 km', '10,000 km', '15,000 km']);
    expect(distanceGraticule(KHARKIV, { reachM: 60_000, unit: 'km' }).step).toBe(10);
    expect(distanceGraticule(KHARKIV, { reachM: 5_000, unit: 'km' }).circles).toHaveLength(5);
    expect(distanceGraticule(KHARKIV, { reachM: 0, unit: 'km' }).circles).toHaveLength(0);
    expect(distanceGraticule(KHARKIV, { reachM: HALF_MERIDIAN_M, unit: 'mi' }).circles).toHaveLength(6);
  });

  for (const centre of [KHARKIV, [0, 0], [179.5, -16.5], [10, 89.9]] as LonLat[]) {
    it(`puts every vertex of every circle at its true distance from ${centre}`, () => {
      const g = distanceGraticule(centre, { reachM: HALF_MERIDIAN_M, unit: 'mi', spokeEveryDeg: 45 });
      for (const circle of g.circles) {
        const ring = circle.line.coordinates;
        expect(ring[0]).toEqual(ring.at(-1));
        for (const [lon, lat] of [...ring, circle.labelAt]) {
          const s = geod.Inverse(centre[1], centre[0], lat as number, lon as number).s12 as number;
          expect(Math.abs(s - circle.distanceM)).toBeLessThan(0.001);
        }
      }
      expect(g.spokes.map((s) => s.azimuthDeg)).toEqual([0, 45, 90, 135, 180, 225, 270, 315]);
      for (const spoke of g.spokes) {
        for (const [lon, lat] of spoke.line.coordinates.slice(1)) {
          const r = geod.Inverse(centre[1], centre[0], lat as number, lon as number);
          const turn = ((((r.azi1 as number) - spoke.azimuthDeg + 540) % 360) - 180) as number;
          expect(Math.abs(turn)).toBeLessThan(1e-6);
        }
      }
    });
  }

  it('draws as circles of radius distance × scale on the distance map', () => {
    const projection = distanceProjection(KHARKIV).fitExtent(
      [
        [0, 0],
        [1200, 1200],
      ],
      { type: 'Sphere' },
    );
    const [cx, cy] = projection(KHARKIV) as [number, number];
    const g = distanceGraticule(KHARKIV, {
      reachM: viewReachM([cx, cy], [1200, 1200], projection.pixelsPerMetre()),
      unit: 'km',
    });
    expect(g.circles.length).toBeGreaterThan(2);
    for (const circle of g.circles) {
      const d = geoPath(projection)(circle.line) ?? '';
      const radiusPx = circle.distanceM * projection.pixelsPerMetre();
      for (const m of d.matchAll(/[ML](-?[\d.e-]+),(-?[\d.e-]+)/g)) {
        expect(Math.abs(Math.hypot(Number(m[1]) - cx, Number(m[2]) - cy) - radiusPx)).toBeLessThan(0.1);
      }
    }
  });

  it('measures how far a view reaches to its farthest corner, at most half a meridian', () => {
    expect(viewReachM([400, 300], [800, 600], 1e-4)).toBeCloseTo(5_000_000, 6);
    expect(viewReachM([0, 0], [800, 600], 1e-4)).toBeCloseTo(10_000_000, 6);
    expect(viewReachM([400, 300], [800, 600], 1e-6)).toBe(HALF_MERIDIAN_M);
  });
});
