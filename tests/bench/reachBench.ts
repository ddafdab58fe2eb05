// Reach-area benchmark: reachArea for Ukraine's 1:50m outline at 1,600 km and for a 50-vertex front line at
// 300 km, each as a ratio to one rangeRing at the same vertex count measured in the same run.
import type { LineString } from 'geojson';
import { countryOutline, loadDetailedOutlines } from '../../src/data';
import { type LonLat, rangeRing, reachArea } from '../../src/geo';
import { AREA_REACH_VERTICES } from '../../src/scenario';
import { medianTimeMs } from './medianTimeMs';

const KHARKIV: LonLat = [36.2304, 49.9935];

/** The median of a few timed calls after one warm-up: a single call of the big case takes a good while. */
function medianOfMs(fn: () => unknown, runs: number): number {
  fn();
  const times = Array.from({ length: runs }, () => {
    const t0 = performance.now();
    fn();
    return performance.now() - t0;
  }).sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] as number;
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
  const vertexCount = (
    ukraine.geometry.type === 'Polygon' ? [ukraine.geometry.coordinates] : ukraine.geometry.coordinates
  ).flat(2).length;
  print(`Reach areas (median of a few runs; ratio to one rangeRing at the same vertices, same run):`);
  for (const vertices of [360, AREA_REACH_VERTICES]) {
    const ringMs = medianTimeMs(() => rangeRing(KHARKIV, 1_600_000, { vertices }));
    const countryMs = medianOfMs(() => reachArea(ukraine.geometry, 1_600_000, { vertices }), 3);
    const lineMs = medianOfMs(() => reachArea(FRONT_LINE, 300_000, { vertices }), 5);
    print(`  ${vertices} steps a circle; rangeRing ${ringMs.toFixed(3)} ms`);
    print(
      `    Ukraine 1:50m (${vertexCount} vertices), 1,600 km  ${countryMs.toFixed(0)} ms  ${(countryMs / ringMs).toFixed(0)}× rangeRing  (target < 250 ms)`,
    );
    print(
      `    50-vertex line, 300 km                ${lineMs.toFixed(1)} ms  ${(lineMs / ringMs).toFixed(0)}× rangeRing  (target < 50 ms)`,
    );
  }
}
