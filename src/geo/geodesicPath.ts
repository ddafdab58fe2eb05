// The shortest WGS84 geodesic between two points as a line of vertices with continuous longitudes, for
// drawing on a Web Mercator map (it may leave [-180, 180] rather than jump across the map).
import { checkCenter } from './checkRingInput';
import type { LonLat } from './types';
import { Geodesic, WGS84 } from './wgs84';

/**
 * Vertices along the shortest geodesic from `a` to `b`, evenly spaced by distance, `segments` + 1 of them.
 * Longitudes are unrolled from `a`'s, so the line never jumps across the map at 180°.
 *
 * @example
 * geodesicPath([30.52, 50.45], [-77.04, 38.91], 4).length; // 5
 */
export function geodesicPath(a: LonLat, b: LonLat, segments = 64): LonLat[] {
  checkCenter(a, 'a');
  checkCenter(b, 'b');
  const n = Math.max(1, Math.floor(segments));
  const line = WGS84.InverseLine(
    a[1],
    a[0],
    b[1],
    b[0],
    Geodesic.LATITUDE | Geodesic.LONGITUDE | Geodesic.DISTANCE_IN,
  );
  const total = line.s13;
  const out: LonLat[] = [];
  for (let i = 0; i <= n; i++) {
    const p = line.Position((total * i) / n, Geodesic.LATITUDE | Geodesic.LONGITUDE | Geodesic.LONG_UNROLL);
    out.push([p.lon2 ?? Number.NaN, p.lat2 ?? Number.NaN]);
  }
  return out;
}
