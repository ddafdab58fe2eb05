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
  // no point of an edge is nearer than an end's distance less the way along the edge to it: a bound
  // from below, first from the auxiliary sphere (cheap), then from GeographicLib's distances to the
  // ends (each measured once), so that only the edges that may beat the nearest so far are searched
  const u = unitVector(p);
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
  const below = (da: number, db: number, lengthM: number) =>
    Math.max(da - lengthM, db - lengthM, (da + db - lengthM) / 2);
  const bounded: [number, number][] = [];
  for (const i of candidates ?? edges.keys()) {
    const e = edges[i];
    if (!e) continue;
    const lengthM = lengths[i] as number;
    bounded.push([i, below(sphereBelowM(u, e[0]), sphereBelowM(u, e[1]), lengthM)]);
  }
  bounded.sort((x, y) => x[1] - y[1]);
  for (const [i, sphereLowerM] of bounded) {
    if (sphereLowerM >= best.distanceM) break;
    const e = edges[i] as [LonLat, LonLat];
    if (below(distanceTo(e[0]), distanceTo(e[1]), lengths[i] as number) >= best.distanceM) continue;
    const r = nearestOnEdge(p, e[0], e[1]);
    if (r.distanceM < best.distanceM) best = r;
  }
  return best;
}

const F = 1 / 298.257223563;
const B_M = 6_378_137 * (1 - F);

/**
 * A lower bound of the WGS84 distance from the position of unit vector `u` to `q`: b·D/(1 + f), D the
 * great-circle angle between them on the auxiliary sphere (reduced latitudes). A geodesic of s metres
 * spans σ ≤ s/b on that sphere, and its longitude drifts from the sphere's by at most f·σ (Karney 2013,
 * eq. 8), so D ≤ (1 + f)·σ.
 */
function sphereBelowM(u: Vec, q: LonLat): number {
  const v = unitVector(q);
  const cx = u[1] * v[2] - u[2] * v[1];
  const cy = u[2] * v[0] - u[0] * v[2];
  const cz = u[0] * v[1] - u[1] * v[0];
  const angle = Math.atan2(Math.hypot(cx, cy, cz), u[0] * v[0] + u[1] * v[1] + u[2] * v[2]);
  return (B_M * angle) / (1 + F) - 1e-6;
}

type Vec = [number, number, number];
const unitCache = new WeakMap<LonLat, Vec>();

/** The unit vector of a position's reduced latitude and longitude (cached: edges share their ends). */
function unitVector(q: LonLat): Vec {
  const cached = unitCache.get(q);
  if (cached) return cached;
  const phi = rad(q[1]);
  const beta = Math.atan2((1 - F) * Math.sin(phi), Math.cos(phi));
  const cb = Math.cos(beta);
  const v: Vec = [cb * Math.cos(rad(q[0])), cb * Math.sin(rad(q[0])), Math.sin(beta)];
  unitCache.set(q, v);
  return v;
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
