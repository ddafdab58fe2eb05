// The cut-locus test that ringTrace uses, against the truth it replaces: GeographicLib's Inverse says whether
// the end of each geodesic is as far as its length (still the shortest path) or nearer (past its cut point).
import geodesic from 'geographiclib-geodesic';
import { describe, expect, it } from 'vitest';
import { cutLocusDistanceM, pastCutLocus, SHORTEST_CUT_M } from '../../src/geo/cutLocusDistanceM';
import { ringTrace } from '../../src/geo/ringTrace';
import type { LonLat } from '../../src/geo/types';
import { HALF_MERIDIAN_M } from '../../src/geo/wgs84';
import { seededRandom } from '../support/seededRandom';

const geod = geodesic.Geodesic.WGS84;
const POSITION = geodesic.Geodesic.LATITUDE | geodesic.Geodesic.LONGITUDE;
/** The tolerance the per-vertex Inverse filter kept a vertex with. */
const KEEP_TOLERANCE_M = 1e-3;

function inverseM(center: LonLat, lon: number, lat: number): number {
  return geod.Inverse(center[1], center[0], lat, lon, geodesic.Geodesic.DISTANCE).s12 as number;
}

/** Whether the geodesic of rangeM at azimuthDeg ends nearer than rangeM, by GeographicLib's Inverse. */
function pastByInverse(center: LonLat, azimuthDeg: number, rangeM: number): boolean {
  const p = geod.Direct(center[1], center[0], azimuthDeg, rangeM, POSITION);
  return inverseM(center, p.lon2 as number, p.lat2 as number) < rangeM - KEEP_TOLERANCE_M;
}

/** Random centres and ranges near the antipodal distance, with the poles and the equator among them. */
function cases(count: number, seed: number): [LonLat, number][] {
  const random = seededRandom(seed);
  const fixed: LonLat[] = [
    [0, 0],
    [37.6, 0],
    [-120, 90],
    [15, -90],
    [0, 1e-9],
    [179.9, -0.001],
    [-45, 89.999],
    [100, -89.999],
  ];
  const out: [LonLat, number][] = [];
  for (let i = 0; i < count; i++) {
    const center: LonLat = fixed[i] ?? [random() * 360 - 180, random() * 180 - 90];
    out.push([center, 19_800_000 + random() * (HALF_MERIDIAN_M - 19_800_000)]);
  }
  return out;
}

describe('cutLocusDistanceM', () => {
  it('is half a meridian along a meridian and π times the polar radius along the equator', () => {
    for (const lat of [-90, -50, 0, 12.5, 89]) {
      expect(cutLocusDistanceM(lat, 0)).toBeCloseTo(HALF_MERIDIAN_M, 3);
      expect(cutLocusDistanceM(lat, 180)).toBeCloseTo(HALF_MERIDIAN_M, 3);
    }
    expect(cutLocusDistanceM(0, 90)).toBeCloseTo(SHORTEST_CUT_M, 3);
    expect(SHORTEST_CUT_M).toBeCloseTo(19_970_326.37, 1);
  });

  it('ends where the geodesic meets its mirror image on the antipodal parallel, at its true distance', () => {
    const random = seededRandom(41);
    for (let k = 0; k < 60; k++) {
      const center: LonLat = [random() * 360 - 180, random() * 170 - 85];
      const azimuthDeg = 1 + random() * 178;
      const s = cutLocusDistanceM(center[1], azimuthDeg);
      const a = geod.Direct(center[1], center[0], azimuthDeg, s, POSITION);
      const b = geod.Direct(center[1], center[0], 180 - azimuthDeg, s, POSITION);
      expect(a.lat2 as number).toBeCloseTo(-center[1], 8);
      expect(b.lat2 as number).toBeCloseTo(a.lat2 as number, 8);
      expect(Math.cos((((a.lon2 as number) - (b.lon2 as number)) * Math.PI) / 180)).toBeCloseTo(1, 12);
      expect(inverseM(center, a.lon2 as number, a.lat2 as number)).toBeCloseTo(s, 3);
    }
  });

  it('falls as the azimuth turns from the meridian towards east or west', () => {
    for (const lat of [-80, -30, 0, 10, 45, 80]) {
      let previous = Number.POSITIVE_INFINITY;
      for (let azimuthDeg = 0; azimuthDeg <= 90; azimuthDeg += 0.25) {
        const s = cutLocusDistanceM(lat, azimuthDeg);
        expect(s).toBeLessThanOrEqual(previous + 1e-6);
        expect(cutLocusDistanceM(lat, 180 - azimuthDeg)).toBeCloseTo(s, 6);
        expect(cutLocusDistanceM(lat, 360 - azimuthDeg)).toBeCloseTo(s, 6);
        previous = s;
      }
    }
  });
});

describe('pastCutLocus', () => {
  it('agrees with GeographicLib’s Inverse at every whole-degree azimuth, 19,800–20,003 km, poles and equator', () => {
    let past = 0;
    for (const [center, rangeM] of cases(160, 2026)) {
      const test = pastCutLocus(center[1], rangeM);
      for (let azimuthDeg = 0; azimuthDeg < 360; azimuthDeg++) {
        const truth = pastByInverse(center, azimuthDeg, rangeM);
        if (test(azimuthDeg) !== truth)
          expect.fail(`${center} ${rangeM} m at ${azimuthDeg}°: Inverse says ${truth}`);
        if (truth) past++;
      }
    }
    // the check is not vacuous: thousands of geodesics run past their cut point in these cases
    expect(past).toBeGreaterThan(1000);
  });

  it('agrees with the Inverse next to the bisected azimuth, where a geodesic just reaches its cut point', () => {
    const random = seededRandom(7);
    let past = 0;
    let kept = 0;
    for (let k = 0; k < 40; k++) {
      const center: LonLat = [random() * 360 - 180, random() * 160 - 80];
      const rangeM = 19_990_000 + random() * (HALF_MERIDIAN_M - 19_990_000);
      const test = pastCutLocus(center[1], rangeM);
      // the azimuth from north where the test changes its answer, found by scanning finely
      let edge = 0;
      while (edge < 90 && !test(edge)) edge += 0.01;
      for (const azimuthDeg of [edge - 0.02, edge - 0.01, edge, edge + 0.01]) {
        for (const a of [azimuthDeg, 180 - azimuthDeg, 180 + azimuthDeg, 360 - azimuthDeg]) {
          const truth = pastByInverse(center, a, rangeM);
          expect(test(a), `${center} ${rangeM} m at ${a}°`).toBe(truth);
          if (truth) past++;
          else kept++;
        }
      }
    }
    expect(past).toBeGreaterThan(100);
    expect(kept).toBeGreaterThan(100);
  });

  it('passes nothing below π times the polar radius, and nothing from a pole', () => {
    const short = pastCutLocus(0, SHORTEST_CUT_M - 1);
    const polar = pastCutLocus(90, HALF_MERIDIAN_M - 1);
    for (let azimuthDeg = 0; azimuthDeg < 360; azimuthDeg += 5) {
      expect(short(azimuthDeg)).toBe(false);
      expect(polar(azimuthDeg)).toBe(false);
    }
  });
});

describe('ringTrace near the antipodal distance', () => {
  it('keeps exactly the vertices GeographicLib’s Inverse finds at the range, each at it', () => {
    const vertices = 256;
    for (const [center, rangeM] of cases(40, 99)) {
      const trace = ringTrace(center, rangeM, vertices);
      const keptAzimuths = new Set<number>();
      for (const v of trace.vertices) {
        expect(Math.abs(inverseM(center, v.lon, v.lat) - rangeM)).toBeLessThan(KEEP_TOLERANCE_M);
        keptAzimuths.add(Math.round(v.azimuthDeg * 1e6) % 360_000_000);
      }
      for (let i = 0; i < vertices; i++) {
        const azimuthDeg = (i * 360) / vertices;
        const onCircle = !pastByInverse(center, azimuthDeg, rangeM);
        expect(
          keptAzimuths.has(Math.round(azimuthDeg * 1e6)),
          `${center} ${rangeM} m at ${azimuthDeg}°`,
        ).toBe(onCircle);
      }
    }
  });
});
