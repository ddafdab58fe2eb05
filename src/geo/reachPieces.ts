// The pieces whose union is a reach area, drawn in an azimuthal-equidistant frame: a geodesic circle
// around each lone point, line end and anchor (the source's convex hull's vertices, and others spread
// along it every quarter of the range), a band around each edge (points reached along geodesics
// perpendicular to it), a wedge of circle at each other bend on its outer side, and each polygon's own
// interior. Every boundary vertex is an exact GeographicLib position at the
// range; only the edges between them are chords. Pieces that meet share their vertices exactly (a band's
// end is the wedge's or circle's first point, and circles and wedges sample the same azimuths), so the
// union finds crossings only where two pieces' curves truly cross, not a zigzag of chords along one curve.
// A piece that lies well inside the anchors' circles is left out, and the circles drop their vertices
// deep inside each other: far from a country only its outer parts shape the area, and the union stays
// near-linear in size rather than quadratic.
import type { AzimuthalFrame, FramePoint } from './auxiliaryFrame';
import { discCover } from './discCover';
import { framedRing, outerSide } from './framedRing';
import { hullVertices } from './hullVertices';
import type { ReachSource } from './reachSource';
import { thinnedCircle } from './thinnedCircle';
import type { LonLat } from './types';
import { Geodesic, WGS84 } from './wgs84';

/** A polygon in the frame: an exterior ring and holes, each closed. */
export type FramePolygon = FramePoint[][];

/** One piece of a reach area and the source edges its outline keeps the range from. */
export interface ReachPiece {
  polygon: FramePolygon;
  /** Indices into `sourceEdges` (empty for a lone point's circle or a polygon's interior). */
  edges: number[];
}

const DIRECT = Geodesic.LATITUDE | Geodesic.LONGITUDE;
const LINE_CAPS = Geodesic.LATITUDE | Geodesic.LONGITUDE | Geodesic.AZIMUTH | Geodesic.DISTANCE_IN;

/** A band's outer end: the exact position at the range from one end of its edge, and its azimuth there. */
interface BandEnd {
  azimuthDeg: number;
  p: LonLat;
}

/** A source edge with the azimuths at its ends and its bands' end points by side (-90: left, +90: right). */
interface Edge {
  index: number;
  a: LonLat;
  b: LonLat;
  sides: (-90 | 90)[];
  line: ReturnType<typeof WGS84.InverseLine>;
  azimuthAtADeg: number;
  azimuthAtBDeg: number;
  endA: Map<number, BandEnd>;
  endB: Map<number, BandEnd>;
}

/**
 * The pieces of the reach area of `source` at `rangeM`, with `vertices` steps to a full circle.
 *
 * @example
 * const frame = auxiliaryFrame([37, 48.5]);
 * reachPieces(reachSource({ type: 'LineString', coordinates: [[36, 48], [38, 49]] }), 300_000, 360, frame).length; // 4
 */
export function reachPieces(
  source: ReachSource,
  rangeM: number,
  vertices: number,
  frame: AzimuthalFrame,
): ReachPiece[] {
  const pieces: ReachPiece[] = [];
  const stepM = Math.max((2 * Math.PI * rangeM) / vertices, 1);
  if (rangeM > 0) pieces.push(...rangePieces(source, rangeM, vertices, stepM, frame));
  for (const poly of source.polygons)
    pieces.push({ polygon: poly.map((ring) => framedRing(ring, stepM, frame)), edges: [] });
  return pieces;
}

function rangePieces(
  source: ReachSource,
  rangeM: number,
  vertices: number,
  stepM: number,
  frame: AzimuthalFrame,
): ReachPiece[] {
  const stepDeg = 360 / vertices;
  const at = (p: LonLat, azimuthDeg: number): LonLat => {
    const r = WGS84.Direct(p[1], p[0], azimuthDeg, rangeM, DIRECT);
    return [r.lon2 ?? 0, r.lat2 ?? 0];
  };
  const hull = hullVertices(source, frame);

  // edges, each with its bands' end points; and the vertices that get a full circle
  const edges: Edge[] = [];
  const atVertex = new Map<string, { v: LonLat; ends: BandEnd[]; edges: number[] }>();
  const vertex = (v: LonLat) => {
    const k = `${v[0]},${v[1]}`;
    let entry = atVertex.get(k);
    if (!entry) {
      entry = { v, ends: [], edges: [] };
      atVertex.set(k, entry);
    }
    return entry;
  };
  const circles = new Set<string>();
  const addEdge = (a: LonLat, b: LonLat, sides: (-90 | 90)[]): Edge => {
    const line = WGS84.InverseLine(a[1], a[0], b[1], b[0], LINE_CAPS);
    const end = line.Position(line.s13, LINE_CAPS);
    const e: Edge = {
      index: edges.length,
      a,
      b,
      sides,
      line,
      azimuthAtADeg: line.azi1,
      azimuthAtBDeg: end.azi2 ?? 0,
      endA: new Map(),
      endB: new Map(),
    };
    for (const side of sides) {
      const endA = { azimuthDeg: e.azimuthAtADeg + side, p: at(a, e.azimuthAtADeg + side) };
      const endB = { azimuthDeg: e.azimuthAtBDeg + side, p: at(b, e.azimuthAtBDeg + side) };
      e.endA.set(side, endA);
      e.endB.set(side, endB);
      vertex(a).ends.push(endA);
      vertex(b).ends.push(endB);
    }
    vertex(a).edges.push(e.index);
    vertex(b).edges.push(e.index);
    edges.push(e);
    return e;
  };
  const bends: [Edge, Edge, (-90 | 90) | undefined][] = [];
  for (const p of source.points) circles.add(vertex(p).v.join());
  for (const line of source.lines) {
    const lineEdges: Edge[] = [];
    for (let i = 0; i + 1 < line.length; i++)
      lineEdges.push(addEdge(line[i] as LonLat, line[i + 1] as LonLat, [-90, 90]));
    for (let i = 1; i < lineEdges.length; i++)
      bends.push([lineEdges[i - 1] as Edge, lineEdges[i] as Edge, undefined]);
    circles.add((line[0] as LonLat).join());
    circles.add((line[line.length - 1] as LonLat).join());
  }
  // a polygon's own interior is a piece, so only the outer side of each edge needs a band: a point
  // outside the polygon is reached through the outer side of the edge or vertex nearest to it
  for (const poly of source.polygons)
    poly.forEach((ring, r) => {
      const outer = outerSide(ring, r === 0, frame);
      const ringEdges = ring.map((v, i) => addEdge(v, ring[(i + 1) % ring.length] as LonLat, [outer]));
      ringEdges.forEach((e, i) => {
        bends.push([ringEdges[(i + ringEdges.length - 1) % ringEdges.length] as Edge, e, outer]);
      });
    });
  // anchors: the hull's vertices and others spread along the source, each with its full circle; a piece
  // that lies well inside the anchors' circles is left out (those circles are pieces of their own, and
  // the margin, over a step between vertices, keeps the chords inside them too)
  const anchors = [...hull, ...spreadVertices(source, edges, rangeM / 4)];
  const anchorIndex = new Map<string, number>();
  for (const a of anchors) if (!anchorIndex.has(a.join())) anchorIndex.set(a.join(), anchorIndex.size);
  const anchorsFramed = [...anchorIndex.keys()].map((k) => {
    const v = (atVertex.get(k) as { v: LonLat }).v;
    return frame.project(v);
  });
  for (const k of anchorIndex.keys()) circles.add(k);
  const out: ReachPiece[] = [];
  const covered = discCover(anchorsFramed, rangeM - (1.5 * stepM + 100), stepM);
  const push = (ring: LonLat[], edges: number[], anchor = -1) => {
    let framed = ring.map((p) => frame.project(p));
    if (anchor < 0 && covered(framed)) return;
    if (anchor >= 0) framed = thinnedCircle(framed, anchorsFramed, anchor, rangeM, stepM);
    framed.push(framed[0] as FramePoint);
    out.push({ polygon: [framed], edges });
  };

  for (const e of edges) for (const side of e.sides) push(band(e, side, stepM, at), [e.index]);
  // at a bend, only the outer side needs the vertex's own circle: the bands overlap on the inner side
  // (`onlySide`: a polygon's outer side, the only side that needs it); a vertex with a full circle needs
  // no wedge
  for (const [into, from, onlySide] of bends) {
    if (circles.has(from.a.join())) continue;
    const turn = ((((from.azimuthAtADeg - into.azimuthAtBDeg + 180) % 360) + 360) % 360) - 180;
    const convexSide = turn > 0 ? -90 : 90;
    if (Math.abs(turn) < 1e-9 || (onlySide !== undefined && onlySide !== convexSide)) continue;
    const first = into.endB.get(convexSide) as BandEnd;
    const last = from.endA.get(convexSide) as BandEnd;
    push([from.a, ...arc(from.a, first, last, turn, stepDeg, at)], [into.index, from.index]);
  }
  for (const k of circles) {
    const { v, ends, edges: near } = atVertex.get(k) as { v: LonLat; ends: BandEnd[]; edges: number[] };
    push(fullCircle(v, ends, stepDeg, at), near, anchorIndex.get(k));
  }
  // in the order of the source, so that the union's batches hold neighbours
  return out.sort((x, y) => Math.min(...x.edges, edges.length) - Math.min(...y.edges, edges.length));
}

/**
 * One side of an edge (side -90: left, +90: right), bounded by the edge itself, sampled at the same feet
 * as a polygon's densified ring (so the two share their vertices and leave no sliver between) and ending
 * on the exact points where the bends' wedges and circles start.
 */
function band(
  e: Edge,
  side: -90 | 90,
  stepM: number,
  at: (p: LonLat, azimuthDeg: number) => LonLat,
): LonLat[] {
  const n = Math.max(1, Math.ceil(e.line.s13 / stepM));
  const feet: LonLat[] = [e.a];
  const reach: LonLat[] = [(e.endB.get(side) as BandEnd).p];
  for (let i = n - 1; i >= 1; i--) {
    const f = e.line.Position((e.line.s13 * i) / n, LINE_CAPS);
    reach.push(at([f.lon2 ?? 0, f.lat2 ?? 0], (f.azi2 ?? 0) + side));
  }
  reach.push((e.endA.get(side) as BandEnd).p);
  for (let i = 1; i < n; i++) {
    const f = e.line.Position((e.line.s13 * i) / n, DIRECT);
    feet.push([f.lon2 ?? 0, f.lat2 ?? 0]);
  }
  feet.push(e.b);
  return [...feet, ...reach];
}

/** Whether azimuth `deg` lies within a third of a step of `ref` (the sampled point would nearly repeat it). */
function nearAzimuth(deg: number, ref: number, stepDeg: number): boolean {
  const d = Math.abs(((((deg - ref + 180) % 360) + 360) % 360) - 180);
  return d < stepDeg / 3;
}

/**
 * The arc around `v` from one band end to the next, turning by `turnDeg`: the two ends and the circle's
 * common azimuths k·step between them.
 */
function arc(
  v: LonLat,
  first: BandEnd,
  last: BandEnd,
  turnDeg: number,
  stepDeg: number,
  at: (p: LonLat, azimuthDeg: number) => LonLat,
): LonLat[] {
  const sign = Math.sign(turnDeg);
  const from = first.azimuthDeg;
  const to = from + turnDeg;
  const out: LonLat[] = [first.p];
  const k0 = sign > 0 ? Math.floor(from / stepDeg) + 1 : Math.ceil(from / stepDeg) - 1;
  for (let k = k0; sign * (k * stepDeg - to) < 0; k += sign) {
    const az = k * stepDeg;
    if (!nearAzimuth(az, from, stepDeg) && !nearAzimuth(az, to, stepDeg)) out.push(at(v, az));
  }
  out.push(last.p);
  return out;
}

/** A full circle around `v` at the common azimuths k·step, passing through the bands' ends there. */
function fullCircle(
  v: LonLat,
  ends: BandEnd[],
  stepDeg: number,
  at: (p: LonLat, azimuthDeg: number) => LonLat,
): LonLat[] {
  const around: { az: number; p: LonLat | null }[] = ends.map((e) => ({
    az: ((e.azimuthDeg % 360) + 360) % 360,
    p: e.p,
  }));
  const n = Math.round(360 / stepDeg);
  for (let k = 0; k < n; k++) {
    const az = k * stepDeg;
    if (!ends.some((e) => nearAzimuth(az, e.azimuthDeg, stepDeg))) around.push({ az, p: null });
  }
  around.sort((a, b) => a.az - b.az);
  return around.map(({ az, p }) => p ?? at(v, az));
}

/**
 * Vertices of the source's lines and rings about `spacingM` apart along them (each one's first too): with
 * the hull's, they anchor the pruning where the hull's circles are far apart (a large country's long
 * border, its islands).
 */
function spreadVertices(source: ReachSource, edges: Edge[], spacingM: number): LonLat[] {
  const out: LonLat[] = [];
  let i = 0;
  const walk = (count: number) => {
    let sinceM = Number.POSITIVE_INFINITY;
    for (let k = 0; k < count; k++) {
      const e = edges[i++] as Edge;
      if (sinceM >= spacingM) {
        out.push(e.a);
        sinceM = 0;
      }
      sinceM += e.line.s13;
    }
  };
  for (const line of source.lines) walk(line.length - 1);
  for (const poly of source.polygons) for (const ring of poly) walk(ring.length);
  return out;
}
