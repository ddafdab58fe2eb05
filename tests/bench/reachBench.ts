// Reach-area benchmark: reachArea for Ukraine's 1:50m outline at 1,600 km, for a 50-vertex front line at
// 300 km and for Russia's 1:50m outline (islands, across 180°) at 1,600 km, each as a ratio to one rangeRing
// at the same vertex count measured in the same run.
import type { LineString, MultiPolygon, Polygon } from 'geojson';
import { countryOutline, loadDetailedOutlines } from '../../src/data';
import { type LonLat, rangeRing, reachArea } from '../../src/geo';
import { AREA_REACH_VERTICES } from '../../src/scenario';

const KHARKIV: LonLat = [36.2304, 49.9935];

/** Wall-clock and CPU milliseconds of one call. */
interface Timing {
  wallMs: number;
  cpuMs: number;
}

/**
 * The median of a few timed calls after one warm-up, each `calls` calls long: wall-clock time and this
 * process's CPU time (user + system), which the other work on a shared machine inflates far less.
 */
function medianOf(fn: () => unknown, runs: number, calls = 1): Timing {
  fn();
  const timed = Array.from({ length: runs }, () => {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    for (let i = 0; i < calls; i++) fn();
    const c = process.cpuUsage(c0);
    return { wallMs: (performance.now() - t0) / calls, cpuMs: (c.user + c.system) / 1000 / calls };
  });
  const median = (xs: number[]) => xs.sort((x, y) => x - y)[Math.floor(xs.length / 2)] as number;
  return { wallMs: median(timed.map((t) => t.wallMs)), cpuMs: median(timed.map((t) => t.cpuMs)) };
}

// A front line in eastern Ukraine, 50 vertices from near Kupiansk to near Vuhledar, zigzagging a little.
const FRONT_LINE: LineString = {
  type: 'LineString',
  coordinates: Array.from({ length: 50 }, (_, i) => [37.6 + 0.15 * Math.sin(i * 1.3), 49.7 - i * 0.04]),
};

export async function reachBench(print: (line: string) => void): Promise<void> {
  await loadDetailedOutlines();
  const ukraine = countryOutline('UA');
  if (ukraine?.scale !== '50m') throw new Error('no 1:50m outline of Ukraine');
  const russia = countryOutline('RU');
  if (russia?.scale !== '50m') throw new Error('no 1:50m outline of Russia');
  const vertexCount = (g: Polygon | MultiPolygon) =>
    (g.type === 'Polygon' ? [g.coordinates] : g.coordinates).flat(2).length;
  print(
    'Reach areas (median of a few runs: wall-clock ms, CPU ms of this process; ratio of CPU times to one rangeRing at the same vertices, same run):',
  );
  const row = (name: string, t: Timing, ring: Timing, target: string) =>
    print(
      `    ${name.padEnd(38)} ${t.wallMs.toFixed(1).padStart(7)} ms  CPU ${t.cpuMs.toFixed(1).padStart(7)} ms  ${(t.cpuMs / ring.cpuMs).toFixed(0).padStart(6)}× rangeRing  (target ${target})`,
    );
  for (const vertices of [360, AREA_REACH_VERTICES]) {
    const ring = medianOf(() => rangeRing(KHARKIV, 1_600_000, { vertices }), 15, 200);
    const country = medianOf(() => reachArea(ukraine.geometry, 1_600_000, { vertices }), 5);
    const line = medianOf(() => reachArea(FRONT_LINE, 300_000, { vertices }), 9);
    const large = medianOf(() => reachArea(russia.geometry, 1_600_000, { vertices }), 1);
    print(
      `  ${vertices} steps a circle; rangeRing ${ring.wallMs.toFixed(3)} ms, CPU ${ring.cpuMs.toFixed(3)} ms`,
    );
    row(`Ukraine 1:50m (${vertexCount(ukraine.geometry)} vertices), 1,600 km`, country, ring, '< 250 ms');
    row('50-vertex line, 300 km', line, ring, '< 50 ms');
    row(`Russia 1:50m (${vertexCount(russia.geometry)} vertices), 1,600 km`, large, ring, 'a few seconds');
  }
}
