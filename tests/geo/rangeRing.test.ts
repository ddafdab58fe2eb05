// rangeRing against independent truth: GeographicLib's inverse distance for every vertex, containment of
// sampled points whose true distance is known, RFC 7946 rules, and turf.circle as a coarse cross-check.
import { booleanClockwise, booleanPointInPolygon, circle } from '@turf/turf';
import geodesic from 'geographiclib-geodesic';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { rangeRing } from '../../src/geo';
import { RING_CASES } from '../support/ringCases';
import { seededRandom } from '../support/seededRandom';

const geod = geodesic.Geodesic.WGS84;
const trueDistanceM = (a: number[], lon: number, lat: number) =>
  geod.Inverse(a[1] as number, a[0] as number, lat, lon).s12 as number;

function polygonsOf(g: Polygon | MultiPolygon): Position[][][] {
  return g.type === 'Polygon' ? (g.coordinates.length ? [g.coordinates] : []) : g.coordinates;
}

const isCorner = ([lon, lat]: Position) => Math.abs(lat as number) === 90 || Math.abs(lon as number) === 180;

describe('rangeRing', () => {
  for (const c of RING_CASES) {
    describe(c.name, () => {
      const rangeM = c.rangeKm * 1000;
      const ring = rangeRing(c.center, rangeM, { vertices: 720 });
      const polys = polygonsOf(ring.geometry);

      it(`is classified as ${c.shape}, from the true distances to the poles`, () => {
        const dN = trueDistanceM(c.center, 0, 90);
        const dS = trueDistanceM(c.center, 0, -90);
        const expected =
          rangeM === 0
            ? 'empty'
            : rangeM >= geod.Inverse(90, 0, -90, 0).s12!
              ? 'world'
              : dN < rangeM && dS < rangeM
                ? 'antipodalHole'
                : dN < rangeM
                  ? 'northCap'
                  : dS < rangeM
                    ? 'southCap'
                    : 'disk';
        expect(expected).toBe(c.shape);
        expect(ring.properties.shape).toBe(c.shape);
      });

      it('has every vertex off the cut lines and poles on the geodesic circle within 1 mm', () => {
        let checked = 0;
        for (const poly of polys)
          for (const r of poly)
            for (const p of r) {
              if (isCorner(p) || c.shape === 'world') continue;
              expect(Math.abs(trueDistanceM(c.center, p[0] as number, p[1] as number) - rangeM)).toBeLessThan(
                1e-3,
              );
              checked++;
            }
        if (c.shape !== 'world' && c.shape !== 'empty') expect(checked).toBeGreaterThan(700);
      });

      it('puts cut-line vertices exactly on ±180° and on the circle within 1 mm', () => {
        for (const poly of polys)
          for (const r of poly)
            for (const p of r) {
              if (Math.abs(p[0] as number) !== 180 || Math.abs(p[1] as number) === 90) continue;
              expect(Math.abs(trueDistanceM(c.center, p[0] as number, p[1] as number) - rangeM)).toBeLessThan(
                1e-3,
              );
            }
      });

      it('follows RFC 7946: longitudes in [-180, 180], rings closed, exterior CCW, holes CW', () => {
        for (const poly of polys) {
          poly.forEach((r, i) => {
            expect(r.length).toBeGreaterThanOrEqual(4);
            expect(r[0]).toEqual(r[r.length - 1]);
            for (const [lon, lat] of r) {
              expect(lon).toBeGreaterThanOrEqual(-180);
              expect(lon).toBeLessThanOrEqual(180);
              expect(lat).toBeGreaterThanOrEqual(-90);
              expect(lat).toBeLessThanOrEqual(90);
            }
            expect(booleanClockwise(r)).toBe(i > 0);
          });
        }
        if (c.shape === 'empty') expect(ring.geometry.coordinates).toEqual([]);
      });

      if (c.shape !== 'empty') {
        it('contains sampled points nearer than the range and no point farther (true distances)', () => {
          const random = seededRandom(7);
          let inside = 0;
          let outside = 0;
          // tolerance: the planar chord between two of 720 vertices, far below 0.2 % of the range
          const tolM = Math.max(200, rangeM * 0.002);
          for (let i = 0; i < 1500; i++) {
            // half the samples near the ring, half anywhere on the globe (uniform by area)
            let lon: number;
            let lat: number;
            if (i % 2 === 0) {
              const az = random() * 360;
              const s = rangeM * (0.8 + 0.4 * random());
              const p = geod.Direct(c.center[1], c.center[0], az, Math.min(s, 2.0e7));
              lon = p.lon2 as number;
              lat = p.lat2 as number;
            } else {
              lon = random() * 360 - 180;
              lat = (Math.asin(2 * random() - 1) * 180) / Math.PI;
            }
            const d = trueDistanceM(c.center, lon, lat);
            if (Math.abs(d - rangeM) < tolM) continue;
            const isIn = polys.length > 0 && booleanPointInPolygon([lon, lat], ring as never);
            expect({ lon, lat, d, inside: isIn }).toEqual({ lon, lat, d, inside: d < rangeM });
            if (isIn) inside++;
            else outside++;
          }
          expect(inside).toBeGreaterThan(50);
          if (c.shape !== 'world') expect(outside).toBeGreaterThan(50);
        });

        it('contains its centre and, unless it reaches the whole Earth, not the antipode', () => {
          expect(booleanPointInPolygon(c.center, ring as never)).toBe(true);
          const antipode: [number, number] = [
            c.center[0] >= 0 ? c.center[0] - 180 : c.center[0] + 180,
            -c.center[1],
          ];
          expect(booleanPointInPolygon(antipode, ring as never)).toBe(c.shape === 'world');
        });
      }

      if (c.shape === 'disk' && c.rangeKm < 5000) {
        it('agrees with turf.circle (a sphere) within its known 0.6 % error, and is not identical to it', () => {
          const sphere = circle(c.center, c.rangeKm, { units: 'kilometers', steps: 360 });
          let worst = 0;
          for (const [lon, lat] of sphere.geometry.coordinates[0] as Position[]) {
            worst = Math.max(worst, Math.abs(trueDistanceM(c.center, lon as number, lat as number) - rangeM));
          }
          expect(worst).toBeLessThan(rangeM * 0.006);
          expect(worst).toBeGreaterThan(rangeM * 0.0005);
        });
      }
    });
  }

  it('splits a ring across 180° into a MultiPolygon with pieces on both sides', () => {
    const fiji = rangeRing([178.4419, -18.1416], 1_600_000);
    expect(fiji.geometry.type).toBe('MultiPolygon');
    const sides = (fiji.geometry as MultiPolygon).coordinates.map((p) =>
      Math.sign((p[0] as Position[])[1]![0] as number),
    );
    expect(new Set(sides)).toEqual(new Set([1, -1]));
  });

  it('handles a ring that passes exactly through a pole', () => {
    const center: [number, number] = [10, 60];
    const dN = trueDistanceM(center, 0, 90);
    const ring = rangeRing(center, dN, { vertices: 64 });
    expect(ring.properties.shape).toBe('disk');
    const lats = polygonsOf(ring.geometry)
      .flat(2)
      .map((p) => p[1] as number);
    expect(Math.max(...lats)).toBeCloseTo(90, 9);
  });

  it('rejects bad input with a clear RangeError', () => {
    expect(() => rangeRing([0, 0], Number.NaN)).toThrow(/range must be a finite distance ≥ 0 m, got NaN/);
    expect(() => rangeRing([0, 0], -5)).toThrow(/got -5/);
    expect(() => rangeRing([0, 0], Number.POSITIVE_INFINITY)).toThrow(RangeError);
    expect(() => rangeRing([0, 91], 1000)).toThrow(/latitude must be within \[-90, 90\], got 91/);
    expect(() => rangeRing([Number.NaN, 0], 1000)).toThrow(/longitude must be a finite number/);
    expect(() => rangeRing([0, 0], 1000, { vertices: 3 })).toThrow(/vertices must be a whole number/);
  });

  it('normalises a centre given outside [-180, 180] (a point dragged in a neighbouring world copy)', () => {
    const a = rangeRing([36.2304 + 360, 49.9935], 300_000, { vertices: 64 });
    const b = rangeRing([36.2304, 49.9935], 300_000, { vertices: 64 });
    const flat = (f: typeof a) => polygonsOf(f.geometry).flat(2);
    flat(a).forEach((p, i) => {
      expect(p[0]).toBeCloseTo(flat(b)[i]![0] as number, 9);
      expect(p[1]).toBeCloseTo(flat(b)[i]![1] as number, 9);
    });
  });
});

describe('rangeRing around one pole', () => {
  const caps: [string, [number, number], number][] = [
    ['Svalbard 1,600 km', [15.6356, 78.2232], 1_600_000],
    ['McMurdo 1,600 km', [166.6863, -77.8419], 1_600_000],
    ['Kamchatka 5,000 km', [158.65, 53.0167], 5_000_000],
    ['a centre on the antimeridian, 80°N, 2,000 km', [180, 80], 2_000_000],
    ['the North Pole, 1,000 km', [0, 90], 1_000_000],
  ];
  for (const [name, center, rangeM] of caps) {
    it(`${name}: one Polygon from -180° to 180°, closed along the pole (no pieces touching along a meridian)`, () => {
      const ring = rangeRing(center, rangeM, { vertices: 128 });
      expect(ring.geometry.type).toBe('Polygon');
      const lons = (ring.geometry as Polygon).coordinates.flat().map((p) => p[0] as number);
      expect(Math.min(...lons)).toBe(-180);
      expect(Math.max(...lons)).toBe(180);
    });
  }
});
