// Independent truth for the reach tests: the geodesic distance from a point to lines, by brute force over
// GeographicLib alone (every edge sampled evenly, the best sample refined by golden section), never by the
// code under test.
import geodesic from 'geographiclib-geodesic';
import type { Position } from 'geojson';

const geod = geodesic.Geodesic.WGS84;
const G = geodesic.Geodesic;

/** Metres from `p` ([lon, lat]) to the nearest point of `lines`, each edge a geodesic. */
export function bruteDistanceToLinesM(p: Position, lines: readonly Position[][]): number {
  const [lon, lat] = [p[0] as number, p[1] as number];
  const to = (q: { lon2: number; lat2: number }) => geod.Inverse(lat, lon, q.lat2, q.lon2).s12 as number;
  let best = Number.POSITIVE_INFINITY;
  for (const line of lines)
    for (let i = 0; i + 1 < line.length; i++) {
      const [a, b] = [line[i] as Position, line[i + 1] as Position];
      const l = geod.InverseLine(
        a[1] as number,
        a[0] as number,
        b[1] as number,
        b[0] as number,
        G.STANDARD | G.DISTANCE_IN,
      );
      const at = (s: number) => to(l.Position(s, G.STANDARD) as { lon2: number; lat2: number });
      const n = 24;
      let k = 0;
      let dk = Number.POSITIVE_INFINITY;
      for (let j = 0; j <= n; j++) {
        const d = at((l.s13 * j) / n);
        if (d < dk) [k, dk] = [j, d];
      }
      let lo = (l.s13 * Math.max(0, k - 1)) / n;
      let hi = (l.s13 * Math.min(n, k + 1)) / n;
      for (let it = 0; it < 80; it++) {
        const m1 = lo + (hi - lo) / 3;
        const m2 = hi - (hi - lo) / 3;
        if (at(m1) < at(m2)) hi = m2;
        else lo = m1;
      }
      best = Math.min(best, dk, at((lo + hi) / 2));
    }
  return best;
}

/** Metres from `p` to the nearest of `points`. */
export function bruteDistanceToPointsM(p: Position, points: readonly Position[]): number {
  return Math.min(
    Number.POSITIVE_INFINITY,
    ...points.map(
      (q) => geod.Inverse(p[1] as number, p[0] as number, q[1] as number, q[0] as number).s12 as number,
    ),
  );
}
