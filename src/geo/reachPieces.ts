// The pieces whose union is a reach area, drawn in an azimuthal-equidistant frame: a geodesic circle
// around each end point, a band around each edge (points reached along geodesics perpendicular to it),
// a wedge of circle at each bend on its outer side, and each polygon's own interior. Every boundary
// vertex is an exact GeographicLib position at the range; only the edges between them are chords.
// Each vertex of the source's convex hull adds its full circle, and a piece that lies well inside one of
// those circles is left out: far from a country only its outer parts shape the area, and the union
// stays near-linear in size rather than quadratic.
import type { AeqdFrame, FramePoint } from './aeqdFrame';
import type { ReachSource } from './reachSource';
import type { LonLat } from './types';
import { Geodesic, WGS84 } from './wgs84';

/** A polygon in the frame: an exterior ring and holes, each closed. */
export type FramePolygon = FramePoint[][];

const AZIMUTHS = Geodesic.AZIMUTH;
const DIRECT = Geodesic.LATITUDE | Geodesic.LONGITUDE;
const LINE_CAPS = Geodesic.LATITUDE | Geodesic.LONGITUDE | Geodesic.AZIMUTH | Geodesic.DISTANCE_IN;

/**
 * The pieces of the reach area of `source` at `rangeM`, with `vertices` steps to a full circle.
 *
 * @example
 * const frame = aeqdFrame([37, 48.5]);
 * reachPieces(reachSource({ type: 'LineString', coordinates: [[36, 48], [38, 49]] }), 300_000, 360, frame).length; // 3
 */
export function reachPieces(
  source: ReachSource,
  rangeM: number,
  vertices: number,
  frame: AeqdFrame,
): FramePolygon[] {
  const stepDeg = 360 / vertices;
  const stepM = Math.max((2 * Math.PI * rangeM) / vertices, 1);
  const hull = hullVertices(source, frame);
  const inHullDisk = diskTest(hull, rangeM - (1.5 * stepM + 100), frame);
  const at = (p: LonLat, azimuthDeg: number): LonLat => {
    const r = WGS84.Direct(p[1], p[0], azimuthDeg, rangeM, DIRECT);
    return [r.lon2 ?? 0, r.lat2 ?? 0];
  };
  // a piece whose every vertex lies well inside the disk of one hull vertex is left out: that disk is a
  // piece of its own, and the margin (over a step between vertices) keeps the chords inside it too
  const framed = (reach: LonLat[], feet: LonLat[]): FramePolygon | null => {
    if (inHullDisk([...feet, ...reach])) return null;
    const ring = [...feet, ...reach].map((p) => frame.project(p));
    ring.push(ring[0] as FramePoint);
    return [ring];
  };
  const circle = (p: LonLat): FramePolygon | null => {
    const reach: LonLat[] = [];
    for (let k = 0; k < vertices; k++) reach.push(at(p, k * stepDeg));
    return framed(reach, []);
  };
  // the arc from azimuth `fromDeg` turning by `sweepDeg`, widened by half a step at each end so that it
  // overlaps the bands beside it rather than only touching them
  const wedge = (p: LonLat, fromDeg: number, sweepDeg: number): FramePolygon | null => {
    const sign = Math.sign(sweepDeg);
    const widened = Math.abs(sweepDeg) + stepDeg;
    const n = Math.max(2, Math.ceil(widened / stepDeg));
    const reach: LonLat[] = [];
    for (let k = 0; k <= n; k++) reach.push(at(p, fromDeg - (sign * stepDeg) / 2 + (sign * widened * k) / n));
    return framed(reach, [p]);
  };
  // one side of an edge (side -90: left, +90: right), bounded by the edge itself, sampled at the same
  // feet as a polygon's densified ring (so the two share their vertices and leave no sliver between)
  // and passing through the edge's own end points, exactly where the bends' wedges start
  const band = (a: LonLat, b: LonLat, side: -90 | 90): FramePolygon | null => {
    const line = WGS84.InverseLine(a[1], a[0], b[1], b[0], LINE_CAPS);
    const n = Math.max(1, Math.ceil(line.s13 / stepM));
    const feet: LonLat[] = [a];
    const reach: LonLat[] = [];
    for (let i = n; i >= 0; i--) {
      const f = line.Position((line.s13 * i) / n, LINE_CAPS);
      reach.push(at([f.lon2 ?? 0, f.lat2 ?? 0], (f.azi2 ?? 0) + side));
    }
    for (let i = 1; i < n; i++) {
      const f = line.Position((line.s13 * i) / n, DIRECT);
      feet.push([f.lon2 ?? 0, f.lat2 ?? 0]);
    }
    feet.push(b);
    return framed(reach, feet);
  };
  // at a bend, only the outer side needs the vertex's own circle: the bands overlap on the inner side
  // (`onlySide`: a polygon's outer side, the only side that needs it)
  const bend = (prev: LonLat, v: LonLat, next: LonLat, onlySide?: -90 | 90): FramePolygon | null => {
    const azIn = WGS84.Inverse(prev[1], prev[0], v[1], v[0], AZIMUTHS).azi2 ?? 0;
    const azOut = WGS84.Inverse(v[1], v[0], next[1], next[0], AZIMUTHS).azi1 ?? 0;
    const turn = ((((azOut - azIn + 180) % 360) + 360) % 360) - 180;
    const convexSide = turn > 0 ? -90 : 90;
    if (Math.abs(turn) < 1e-9 || (onlySide !== undefined && onlySide !== convexSide)) return null;
    return wedge(v, azIn + convexSide, turn);
  };

  const all: (FramePolygon | null)[] = [];
  if (rangeM > 0) {
    for (const h of hull) {
      const reach: LonLat[] = [];
      for (let k = 0; k < vertices; k++) reach.push(at(h, k * stepDeg));
      all.push([[...reach, reach[0] as LonLat].map((p) => frame.project(p))]);
    }
    for (const p of source.points) all.push(circle(p));
    for (const line of source.lines) {
      all.push(circle(line[0] as LonLat), circle(line[line.length - 1] as LonLat));
      for (let i = 0; i + 1 < line.length; i++) {
        const [a, b] = [line[i] as LonLat, line[i + 1] as LonLat];
        all.push(band(a, b, -90), band(a, b, 90));
      }
      for (let i = 1; i + 1 < line.length; i++)
        all.push(bend(line[i - 1] as LonLat, line[i] as LonLat, line[i + 1] as LonLat));
    }
    // a polygon's own interior is a piece, so only the outer side of each edge needs a band: a point
    // outside the polygon is reached through the outer side of the edge or vertex nearest to it
    for (const poly of source.polygons)
      poly.forEach((ring, r) => {
        const n = ring.length;
        const outer = outerSide(ring, r === 0, frame);
        for (let i = 0; i < n; i++) {
          const v = ring[i] as LonLat;
          all.push(band(v, ring[(i + 1) % n] as LonLat, outer));
          all.push(bend(ring[(i + n - 1) % n] as LonLat, v, ring[(i + 1) % n] as LonLat, outer));
        }
      });
  }
  const pieces = all.filter((p): p is FramePolygon => p !== null);
  for (const poly of source.polygons) pieces.push(poly.map((ring) => framedRing(ring, stepM, frame)));
  return pieces;
}

/** A closed source ring in the frame, its geodesic edges densified to the pieces' step. */
function framedRing(ring: LonLat[], stepM: number, frame: AeqdFrame): FramePoint[] {
  const out: FramePoint[] = [];
  for (let i = 0; i < ring.length; i++) {
    const a = ring[i] as LonLat;
    const b = ring[(i + 1) % ring.length] as LonLat;
    const line = WGS84.InverseLine(a[1], a[0], b[1], b[0], LINE_CAPS);
    const n = Math.max(1, Math.ceil(line.s13 / stepM));
    out.push(frame.project(a));
    for (let k = 1; k < n; k++) {
      const f = line.Position((line.s13 * k) / n, DIRECT);
      out.push(frame.project([f.lon2 ?? 0, f.lat2 ?? 0]));
    }
  }
  out.push(out[0] as FramePoint);
  return out;
}

/**
 * Which side of a ring's edges lies outside its polygon (-90: left, +90: right): an exterior's outside is
 * to the right when it runs counter-clockwise in the frame, a hole's the other way.
 */
function outerSide(ring: LonLat[], exterior: boolean, frame: AeqdFrame): -90 | 90 {
  let twiceArea = 0;
  const q = ring.map((p) => frame.project(p));
  for (let i = 0; i < q.length; i++) {
    const a = q[i] as FramePoint;
    const b = q[(i + 1) % q.length] as FramePoint;
    twiceArea += a[0] * b[1] - b[0] * a[1];
  }
  // the frame's x is east and y north, so a positive area runs counter-clockwise as seen on a map
  const counterClockwise = twiceArea > 0;
  return counterClockwise === exterior ? 90 : -90;
}

/**
 * The source's vertices on its convex hull in the frame (Andrew's monotone chain): their full circles are
 * pieces, and most of the source's inner detail lies well inside them.
 */
function hullVertices(source: ReachSource, frame: AeqdFrame): LonLat[] {
  const all: LonLat[] = [...source.points];
  for (const line of source.lines) all.push(...line);
  for (const poly of source.polygons) for (const ring of poly) all.push(...ring);
  const pts = all.map((p) => ({ p, q: frame.project(p) })).sort((a, b) => a.q[0] - b.q[0] || a.q[1] - b.q[1]);
  if (pts.length < 3) return pts.map((x) => x.p);
  type Item = (typeof pts)[number];
  const cross = (o: Item, a: Item, b: Item) =>
    (a.q[0] - o.q[0]) * (b.q[1] - o.q[1]) - (a.q[1] - o.q[1]) * (b.q[0] - o.q[0]);
  const chain = (items: Item[]) => {
    const out: Item[] = [];
    for (const it of items) {
      while (out.length >= 2 && cross(out[out.length - 2] as Item, out[out.length - 1] as Item, it) <= 0)
        out.pop();
      out.push(it);
    }
    out.pop();
    return out;
  };
  return [...chain(pts), ...chain([...pts].reverse())].map((x) => x.p);
}

/**
 * A test for "every one of these positions is nearer than `limitM` to one and the same hull vertex", by
 * GeographicLib's inverse solution, trying the hull vertices nearest the first position in the frame.
 */
function diskTest(hull: LonLat[], limitM: number, frame: AeqdFrame): (ps: LonLat[]) => boolean {
  if (limitM <= 0 || hull.length === 0) return () => false;
  const framed = hull.map((h) => ({ h, q: frame.project(h) }));
  const within = (a: LonLat, b: LonLat) =>
    (WGS84.Inverse(a[1], a[0], b[1], b[0], Geodesic.DISTANCE).s12 ?? Number.POSITIVE_INFINITY) < limitM;
  return (ps) => {
    if (ps.length === 0) return false;
    // the disk most likely to hold them all is centred near their middle
    let x = 0;
    let y = 0;
    for (const p of ps) {
      const q = frame.project(p);
      x += q[0] / ps.length;
      y += q[1] / ps.length;
    }
    const nearest = [...framed].sort(
      (a, b) => Math.hypot(a.q[0] - x, a.q[1] - y) - Math.hypot(b.q[0] - x, b.q[1] - y),
    );
    for (const { h } of nearest.slice(0, 4)) if (ps.every((p) => within(p, h))) return true;
    return false;
  };
}
