// The WGS84 geodesic distance from a point to a reach source, and the source's nearest point (the foot):
// for an edge, the foot is where the geodesic to the point meets the edge at a right angle.
import type { ReachSource } from './reachSource';
import type { LonLat } from './types';
import { Geodesic, WGS84 } from './wgs84';

export interface NearestOnSource {
  distanceM: number;
  foot: LonLat;
}

const INVERSE = Geodesic.DISTANCE | Geodesic.AZIMUTH;
const LINE_CAPS = Geodesic.LATITUDE | Geodesic.LONGITUDE | Geodesic.AZIMUTH | Geodesic.DISTANCE_IN;
const POSITION = Geodesic.LATITUDE | Geodesic.LONGITUDE | Geodesic.AZIMUTH;

/**
 * Distance in metres from `p` to the nearest point of the geodesic edge `a`–`b`, and that point.
 * The foot is found by stepping along the edge by the along-track part of the way to `p` until the
 * geodesic from the foot to `p` is perpendicular to the edge (or the foot is an end point).
 *
 * @example
 * nearestOnEdge([37, 51], [36, 48], [38, 48]).distanceM; // ≈ 334 km, the foot near 37°E 48°N
 */
export function nearestOnEdge(p: LonLat, a: LonLat, b: LonLat): NearestOnSource {
  const line = WGS84.InverseLine(a[1], a[0], b[1], b[0], LINE_CAPS);
  const length = line.s13;
  const toA = WGS84.Inverse(a[1], a[0], p[1], p[0], INVERSE);
  let t = clamp((toA.s12 ?? 0) * Math.cos(rad((toA.azi1 ?? 0) - line.azi1)), 0, length);
  let best: NearestOnSource = { distanceM: Number.POSITIVE_INFINITY, foot: a };
  for (let i = 0; i < 40; i++) {
    const f = line.Position(t, POSITION);
    const toP = WGS84.Inverse(f.lat2 ?? 0, f.lon2 ?? 0, p[1], p[0], INVERSE);
    const d = toP.s12 ?? 0;
    if (d < best.distanceM) best = { distanceM: d, foot: [f.lon2 ?? 0, f.lat2 ?? 0] };
    const step = d * Math.cos(rad((toP.azi1 ?? 0) - (f.azi2 ?? 0)));
    const next = clamp(t + step, 0, length);
    if (Math.abs(next - t) < 1e-4) break;
    t = next;
  }
  return best;
}

/**
 * Distance in metres from `p` to the nearest point of `source` (0 inside one of its polygons is not
 * decided here: this is the distance to its points, lines and polygon boundaries), and that point.
 * `candidates` may name the edges worth measuring (indices into {@link sourceEdges}); default all.
 *
 * @example
 * nearestOnSource([37, 51], reachSource({ type: 'Point', coordinates: [37, 50] })).distanceM; // ≈ 111 km
 */
export function nearestOnSource(p: LonLat, source: ReachSource, candidates?: number[]): NearestOnSource {
  let best: NearestOnSource = { distanceM: Number.POSITIVE_INFINITY, foot: p };
  for (const q of source.points) {
    const d = WGS84.Inverse(q[1], q[0], p[1], p[0], Geodesic.DISTANCE).s12 ?? 0;
    if (d < best.distanceM) best = { distanceM: d, foot: q };
  }
  const edges = sourceEdges(source);
  const lengths = edgeLengths(source);
  // the distances to the edges' ends, each measured once, bound each edge from below (no point of an
  // edge is nearer than an end's distance less the way along the edge to it), so that only the edges
  // that may beat the nearest found so far are searched
  const toEnd = new Map<LonLat, number>();
  const distanceTo = (q: LonLat) => {
    let d = toEnd.get(q);
    if (d === undefined) {
      d = WGS84.Inverse(q[1], q[0], p[1], p[0], Geodesic.DISTANCE).s12 ?? 0;
      toEnd.set(q, d);
      if (d < best.distanceM) best = { distanceM: d, foot: q };
    }
    return d;
  };
  const bounded: [number, number][] = [];
  for (const i of candidates ?? edges.keys()) {
    const e = edges[i];
    if (!e) continue;
    const da = distanceTo(e[0]);
    const db = distanceTo(e[1]);
    const lengthM = lengths[i] as number;
    bounded.push([i, Math.max(da - lengthM, db - lengthM, (da + db - lengthM) / 2)]);
  }
  bounded.sort((x, y) => x[1] - y[1]);
  for (const [i, lowerM] of bounded) {
    if (lowerM >= best.distanceM) break;
    const e = edges[i] as [LonLat, LonLat];
    const r = nearestOnEdge(p, e[0], e[1]);
    if (r.distanceM < best.distanceM) best = r;
  }
  return best;
}

const lengthCache = new WeakMap<ReachSource, number[]>();

/** The geodesic length of each of the source's edges, in the order of {@link sourceEdges}. */
function edgeLengths(source: ReachSource): number[] {
  const cached = lengthCache.get(source);
  if (cached) return cached;
  const lengths = sourceEdges(source).map(
    ([a, b]) => WGS84.Inverse(a[1], a[0], b[1], b[0], Geodesic.DISTANCE).s12 ?? 0,
  );
  lengthCache.set(source, lengths);
  return lengths;
}

const edgeCache = new WeakMap<ReachSource, [LonLat, LonLat][]>();

/**
 * Every geodesic edge of the source's lines and polygon rings (rings closed), in order.
 *
 * @example
 * sourceEdges(reachSource({ type: 'LineString', coordinates: [[0, 0], [1, 0], [2, 1]] })).length; // 2
 */
export function sourceEdges(source: ReachSource): [LonLat, LonLat][] {
  const cached = edgeCache.get(source);
  if (cached) return cached;
  const edges: [LonLat, LonLat][] = [];
  for (const line of source.lines)
    for (let i = 0; i + 1 < line.length; i++) edges.push([line[i] as LonLat, line[i + 1] as LonLat]);
  for (const poly of source.polygons)
    for (const ring of poly)
      for (let i = 0; i < ring.length; i++)
        edges.push([ring[i] as LonLat, ring[(i + 1) % ring.length] as LonLat]);
  edgeCache.set(source, edges);
  return edges;
}

function rad(deg: number): number {
  return (deg * Math.PI) / 180;
}

function clamp(x: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(hi, x));
}
