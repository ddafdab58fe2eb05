// The ellipsoidal azimuthal equidistant projection against independent truth: rings from rangeRing land on true
// circles at export size, GeographicLib's direct solution and InverseLine agree with every forward point, the
// round trip keeps a millimetre, and d3's spherical projection agrees within the sphere/ellipsoid difference.
import { geoAzimuthalEquidistant } from 'd3';
import geodesic from 'geographiclib-geodesic';
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import {
  antipodalCutDeg,
  azimuthalEquidistant,
  HALF_MERIDIAN_M,
  type LonLat,
  rangeRing,
} from '../../src/geo';
import { seededRandom } from '../support/seededRandom';

const geod = geodesic.Geodesic.WGS84;
const trueDistanceM = (a: LonLat, b: LonLat) => geod.Inverse(a[1], a[0], b[1], b[0]).s12 as number;

// An export 2,400 px wide showing the whole Earth: the rim (half a meridian from the centre) at 1,200 px.
const PX_PER_M = 2400 / (2 * HALF_MERIDIAN_M);

const CENTRES: { name: string; centre: LonLat }[] = [
  { name: 'on the equator', centre: [0, 0] },
  { name: 'at mid-latitude (Kharkiv)', centre: [36.2304, 49.9935] },
  { name: 'near the north pole', centre: [15.6, 88.5] },
  { name: 'on the antimeridian', centre: [180, 12] },
  { name: 'on the antimeridian, south', centre: [-180, -41.3] },
];
const RANGES_KM = [10, 300, 1600, 5500, 10_000, 15_000, 19_000];

function positionsOf(ring: ReturnType<typeof rangeRing>): Position[] {
  const g = ring.geometry;
  const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  return polygons.flat(2);
}

describe('azimuthalEquidistant: rings are circles', () => {
  for (const { name, centre } of CENTRES) {
    it(`${name}: every ring vertex lies within 0.1 px of its circle at 2,400 px for the whole Earth`, () => {
      const plane = azimuthalEquidistant(centre);
      for (const rangeKm of RANGES_KM) {
        const rangeM = rangeKm * 1000;
        const positions = positionsOf(rangeRing(centre, rangeM, { vertices: 720 }));
        // A ring that encloses a pole is closed along ±180° and the pole: those corners are not on it.
        const onRing = positions.filter(
          ([lon, lat]) => Math.abs(lat as number) !== 90 && Math.abs(lon as number) !== 180,
        );
        expect(onRing.length).toBeGreaterThan(0.9 * positions.length);
        let worstPx = 0;
        for (const p of onRing) {
          const [x, y] = plane.forward(p as LonLat);
          worstPx = Math.max(worstPx, Math.abs(Math.hypot(x, y) - rangeM) * PX_PER_M);
        }
        expect(worstPx, `${rangeKm} km`).toBeLessThan(0.1);
      }
    });
  }
});

describe('azimuthalEquidistant: forward against GeographicLib, computed another way', () => {
  const random = seededRandom(13);
  const points: LonLat[] = Array.from({ length: 400 }, () => [
    random() * 360 - 180,
    (Math.asin(2 * random() - 1) * 180) / Math.PI,
  ]);

  for (const { name, centre } of CENTRES) {
    const plane = azimuthalEquidistant(centre);
    const cut = antipodalCutDeg(centre[1]);
    const antipode: LonLat = [centre[0] + 180, -centre[1]];
    const clear = points.filter((p) => trueDistanceM(p, antipode) > 2 * cut * 111_320 + 50_000);

    it(`${name}: the direct solution from the centre, along the point's azimuth and radius, reaches the point`, () => {
      for (const p of clear) {
        const [x, y] = plane.forward(p);
        const azimuthDeg = (Math.atan2(x, y) * 180) / Math.PI;
        const reached = geod.Direct(centre[1], centre[0], azimuthDeg, Math.hypot(x, y));
        expect(trueDistanceM([reached.lon2 as number, reached.lat2 as number], p)).toBeLessThan(0.001);
      }
    });

    it(`${name}: radius and azimuth equal GeographicLib's InverseLine`, () => {
      for (const p of clear) {
        const [x, y] = plane.forward(p);
        const line = geod.InverseLine(centre[1], centre[0], p[1], p[0]);
        expect(Math.abs(Math.hypot(x, y) - (line.s13 as number))).toBeLessThan(0.001);
        const azimuthDeg = (Math.atan2(x, y) * 180) / Math.PI;
        const turn = ((azimuthDeg - (line.azi1 as number) + 540) % 360) - 180;
        expect(Math.abs(turn)).toBeLessThan(1e-9);
      }
    });

    it(`${name}: inverse(forward(p)) is p within 1 mm, forward(inverse(q)) is q within 1 mm`, () => {
      for (const p of clear) {
        expect(trueDistanceM(plane.inverse(plane.forward(p)), p)).toBeLessThan(0.001);
      }
      for (let i = 0; i < 200; i++) {
        const s = random() * 19_500_000;
        const azimuth = random() * 2 * Math.PI;
        const q: [number, number] = [s * Math.sin(azimuth), s * Math.cos(azimuth)];
        const back = plane.forward(plane.inverse(q));
        expect(Math.hypot(back[0] - q[0], back[1] - q[1])).toBeLessThan(0.001);
      }
    });

    it(`${name}: agrees with d3's spherical projection within the sphere/ellipsoid difference`, () => {
      const radiusM = 6_371_008.8;
      const sphere = geoAzimuthalEquidistant()
        .rotate([-centre[0], -centre[1]])
        .scale(radiusM)
        .translate([0, 0])
        .clipAngle(179.99);
      for (const p of clear) {
        const [x, y] = plane.forward(p);
        const spherical = sphere(p) as [number, number];
        const s = Math.hypot(x, y);
        // Near the centre the relative difference is noise; towards the antipode the models part by degrees.
        if (s < 100_000 || s > 15_000_000) continue;
        expect(Math.abs(Math.hypot(...spherical) / s - 1)).toBeLessThan(0.006); // f ≈ 0.34 %, plus the choice of sphere radius
        // d3's y grows down the screen.
        const turn = Math.atan2(x, y) - Math.atan2(spherical[0], -spherical[1]);
        expect(Math.abs(Math.atan2(Math.sin(turn), Math.cos(turn)))).toBeLessThan((0.5 * Math.PI) / 180);
      }
    });
  }
});

describe('azimuthalEquidistant: the antipode', () => {
  for (const { name, centre } of CENTRES) {
    it(`${name}: the antipode and points on its cut locus land on the rim, at their true distance`, () => {
      const plane = azimuthalEquidistant(centre);
      const [lon0, lat0] = centre;
      const cut = antipodalCutDeg(lat0);
      for (const offset of [0, 0.3 * cut, -0.9 * cut, 0.01]) {
        const p: LonLat = [lon0 + 180 + offset, -lat0];
        const [x, y] = plane.forward(p);
        expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
        expect(Math.abs(Math.hypot(x, y) - trueDistanceM(centre, p))).toBeLessThan(0.001);
        expect(Math.hypot(x, y)).toBeLessThanOrEqual(HALF_MERIDIAN_M + 0.001);
        expect(Math.hypot(x, y)).toBeGreaterThan(HALF_MERIDIAN_M - 70_000);
      }
    });
  }

  it('the cut locus is 0.60° either side of the antipode for a centre on the equator, none for a pole', () => {
    expect(antipodalCutDeg(0)).toBeCloseTo(0.6035, 3);
    expect(antipodalCutDeg(90)).toBeLessThan(1e-12);
    // Just past the cut's end on the antipodal parallel, the shortest geodesic runs along the equator.
    const plane = azimuthalEquidistant([0, 0]);
    const [x, y] = plane.forward([180 - antipodalCutDeg(0) - 0.02, 0]);
    expect(Math.abs(y)).toBeLessThan(1);
    expect(x).toBeGreaterThan(0);
  });
});

describe('azimuthalEquidistant: the documented example', () => {
  it('puts Kyiv about 410 km west of Kharkiv, and back', () => {
    const plane = azimuthalEquidistant([36.2304, 49.9935]);
    const [x, y] = plane.forward([30.5234, 50.4501]);
    expect(x).toBeLessThan(-400_000);
    expect(Math.hypot(x, y)).toBeCloseTo(trueDistanceM([36.2304, 49.9935], [30.5234, 50.4501]), 3);
    const [lon, lat] = plane.inverse([x, y]);
    expect(lon).toBeCloseTo(30.5234, 9);
    expect(lat).toBeCloseTo(50.4501, 9);
  });
});
