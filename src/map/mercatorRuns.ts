// Cuts polylines where they leave the latitudes Web Mercator shows. Leaflet clamps a latitude past its
// limit to the map's top or bottom edge, so the part of a ring beyond ~85° would be stroked along that edge
// as a straight line, which reads as a range limit; it is cut there instead (the fill still reaches it).
import type { LonLat } from '../geo';

/** Leaflet's SphericalMercator.MAX_LATITUDE: the top and bottom edges of the map. */
export const MERCATOR_MAX_LAT = 85.051_128_779_806_6;

/**
 * The runs of each polyline that lie within ±`maxLat`, each cut at the limit (interpolated along the
 * segment, which at the vertex count drawn is well under a pixel from the true curve).
 *
 * @example
 * mercatorRuns([[[0, 80], [10, 88], [20, 80]]]); // two runs, each ending on 85.05°
 */
export function mercatorRuns(lines: readonly LonLat[][], maxLat = MERCATOR_MAX_LAT): LonLat[][] {
  const runs: LonLat[][] = [];
  for (const line of lines) {
    let run: LonLat[] = [];
    for (let i = 0; i < line.length; i++) {
      const p = line[i] as LonLat;
      const inside = Math.abs(p[1]) <= maxLat;
      const prev = line[i - 1];
      if (prev && inside !== Math.abs(prev[1]) <= maxLat) {
        run.push(crossing(prev, p, maxLat));
        if (!inside) {
          if (run.length > 1) runs.push(run);
          run = [];
        }
      }
      if (inside) run.push(p);
    }
    if (run.length > 1) runs.push(run);
  }
  return runs;
}

function crossing(a: LonLat, b: LonLat, maxLat: number): LonLat {
  const limit = Math.abs(a[1]) > maxLat ? Math.sign(a[1]) * maxLat : Math.sign(b[1]) * maxLat;
  const t = (limit - a[1]) / (b[1] - a[1]);
  return [a[0] + t * (b[0] - a[0]), limit];
}
