// Ring benchmark: exact WGS84 rings against turf.circle (a sphere) at the same vertex count, measured in
// one run on this machine, so that ratios, not absolute times, are what we compare.
import { circle } from '@turf/turf';
import geodesic from 'geographiclib-geodesic';
import type { Position } from 'geojson';
import { geodesicFan, type LonLat, mapRing, mapRingShape, rangeRing, worldCopies } from '../../src/geo';
import { medianTimeMs, pairedRounds } from './medianTimeMs';

const geod = geodesic.Geodesic.WGS84;
const KHARKIV: LonLat = [36.2304, 49.9935];

function maxVertexErrorM(center: LonLat, rangeM: number, coords: Position[]): number {
  let worst = 0;
  for (const [lon, lat] of coords) {
    if (Math.abs(lon as number) === 180 || Math.abs(lat as number) === 90) continue;
    const d = geod.Inverse(center[1], center[0], lat as number, lon as number).s12 as number;
    worst = Math.max(worst, Math.abs(d - rangeM));
  }
  return worst;
}

export function ringBench(print: (line: string) => void): { heavyRatio: number } {
  const vertices = 256;
  const rangeM = 1_600_000;
  print(`One ring, ${vertices} vertices, 1,600 km from Kharkiv:`);
  const turfMs = medianTimeMs(() => circle(KHARKIV, rangeM / 1000, { units: 'kilometers', steps: vertices }));
  const exactMs = medianTimeMs(() => rangeRing(KHARKIV, rangeM, { vertices }));
  const mapMs = medianTimeMs(() => mapRing(KHARKIV, rangeM, vertices));
  const perVertexNs = (ms: number) => ((ms * 1e6) / vertices).toFixed(0);
  print(`  turf.circle (sphere)         ${turfMs.toFixed(4)} ms/ring  ${perVertexNs(turfMs)} ns/vertex`);
  print(
    `  rangeRing (GeoJSON, exact)   ${exactMs.toFixed(4)} ms/ring  ${perVertexNs(exactMs)} ns/vertex  ${(exactMs / turfMs).toFixed(2)}× turf`,
  );
  print(
    `  mapRing (map form, exact)    ${mapMs.toFixed(4)} ms/ring  ${perVertexNs(mapMs)} ns/vertex  ${(mapMs / turfMs).toFixed(2)}× turf`,
  );

  print('Max vertex error against GeographicLib Inverse, 360 vertices:');
  for (const [name, center, km] of [
    ['Kharkiv 300 km', KHARKIV, 300],
    ['Kharkiv 1,600 km', KHARKIV, 1600],
    ['Fiji 1,600 km', [178.4419, -18.1416], 1600],
    ['Svalbard 1,600 km', [15.6356, 78.2232], 1600],
    ['Kyiv 10,000 km', [30.5234, 50.4501], 10000],
  ] as [string, LonLat, number][]) {
    const turfCoords = circle(center, km, { units: 'kilometers', steps: 360 }).geometry.coordinates.flat();
    const g = rangeRing(center, km * 1000).geometry;
    const exactCoords = (g.type === 'Polygon' ? g.coordinates : g.coordinates.flat()).flat();
    const te = maxVertexErrorM(center, km * 1000, turfCoords);
    const ee = maxVertexErrorM(center, km * 1000, exactCoords);
    print(
      `  ${name.padEnd(18)} turf.circle ${(te / 1000).toFixed(2)} km (${((te / (km * 1000)) * 100).toFixed(2)} %)   rangeRing ${(ee * 1000).toExponential(1)} mm`,
    );
  }

  // Heavy scenario: 10 launch points × 5 systems at 256 vertices, the map form with one fan per point.
  const sites: LonLat[] = Array.from({ length: 10 }, (_, i) => [22 + i * 2.5, 46 + (i % 4) * 1.5]);
  const rangesKm = [80, 300, 460, 500, 1600];
  const heavyTurf = () => {
    for (const s of sites) for (const km of rangesKm) circle(s, km, { units: 'kilometers', steps: vertices });
  };
  const heavyExact = () => {
    for (const s of sites) {
      const fan = geodesicFan(s, vertices);
      for (const km of rangesKm) mapRing(s, km * 1000, vertices, fan);
    }
  };
  const heavyCopies = () => {
    for (const s of sites) {
      const fan = geodesicFan(s, vertices);
      for (const km of rangesKm) worldCopies(mapRing(s, km * 1000, vertices, fan));
    }
  };
  // Interleaved rounds, so that a noisy moment on a shared machine hits both sides of a ratio alike.
  const rounds = pairedRounds([heavyTurf, heavyExact, heavyCopies], 15);
  const [heavyTurfMs, heavyExactMs, heavyCopiesMs] = rounds.medians;
  const heavyRatio = rounds.medianRatio(1, 0);
  print('Heavy scenario, 10 launch points × 5 systems, 256 vertices (50 rings), 15 interleaved rounds:');
  print(`  turf.circle            ${heavyTurfMs?.toFixed(2)} ms`);
  print(
    `  exact (fan per point)  ${heavyExactMs?.toFixed(2)} ms   ${heavyRatio.toFixed(2)}× turf  (target ≤ 1.5×: ${heavyRatio <= 1.5 ? 'met' : 'NOT met'})`,
  );
  print(
    `  exact + world copies   ${heavyCopiesMs?.toFixed(2)} ms   ${rounds.medianRatio(2, 0).toFixed(2)}× turf  (what the map draws: each ring three times)`,
  );
  nearAntipodalLines(print);
  return { heavyRatio };
}

/**
 * Cost of one ring by range, as a ratio to the 1,600 km ring in the same interleaved rounds: past 15,000 km a
 * ring encloses both poles (the world less a hole at the antipode), past 19,970 km (π times the polar radius)
 * its rays near due east and west may pass their cut point, found by one bisection of the azimuth per ring.
 * Both the exported form (rangeRing, cut at 180°) and the map's form (mapRingShape).
 */
function nearAntipodalLines(print: (line: string) => void): void {
  const kyiv: LonLat = [30.5234, 50.4501];
  const rangesKm = [1600, 15_000, 19_000, 20_000];
  const vertices = 360;
  const rounds = 9;
  print(
    `One ring by range from Kyiv, ${vertices} vertices, ${rounds} interleaved rounds (ratio to 1,600 km):`,
  );
  for (const [name, draw] of [
    ['rangeRing (export form)', (m: number) => rangeRing(kyiv, m, { vertices })],
    ['mapRingShape (map form)', (m: number) => mapRingShape(kyiv, m, vertices)],
  ] as const) {
    const r = pairedRounds(
      rangesKm.map((km) => () => draw(km * 1000)),
      rounds,
    );
    const cells = rangesKm.map(
      (km, i) =>
        `${km.toLocaleString('en')} km ${(r.medians[i] as number).toFixed(3)} ms (${r.medianRatio(i, 0).toFixed(1)}×)`,
    );
    print(`  ${name}  ${cells.join('  ')}`);
  }
}
