// Reach from a line or an area: every point within a WGS84 geodesic distance of a point, line or polygon
// source, as RFC 7946 GeoJSON in the conventions of rangeRing. The pieces (see reachPieces) are unioned
// with Clipper2 in an azimuthal-equidistant frame centred on the source (WGS84's auxiliary sphere's), never
// in raw longitude and latitude; where pieces cross, the crossing is moved onto the true boundary. Model limit: the frame
// holds while the area stays 1,000 km clear of the antipode of the source's centre.
import { rewind } from '@turf/turf';
import type { Feature, Geometry, MultiPolygon, Polygon } from 'geojson';
import { areaToGeoJson, type GlobePolygon } from './areaToGeoJson';
import { type AzimuthalFrame, auxiliaryFrame, type FramePoint } from './auxiliaryFrame';
import { checkRangeM, checkVertexCount } from './checkRingInput';
import { nearestOnSource } from './distanceToSource';
import { rangeRing } from './rangeRing';
import { type FramePolygon, type ReachPiece, reachPieces } from './reachPieces';
import { type ReachSource, reachSource } from './reachSource';
import type { LonLat } from './types';
import { unionInFrame } from './unionInFrame';
import { Geodesic, HALF_MERIDIAN_M, WGS84 } from './wgs84';

export interface ReachAreaOptions {
  /** Steps to a full circle around each source vertex (as rangeRing's vertices); default 360. */
  vertices?: number;
}

export interface ReachAreaProperties {
  rangeM: number;
  /** The source geometry's type. */
  sourceType: Geometry['type'];
}

/** How far from the frame's centre the area may reach: 1,000 km short of the antipode. */
const FRAME_LIMIT_M = HALF_MERIDIAN_M - 1_000_000;

/**
 * Every point whose WGS84 geodesic distance to `source` is at most `rangeM` metres. The source is a Point,
 * MultiPoint, LineString, MultiLineString, Polygon, MultiPolygon or a GeometryCollection of them (a file of
 * lines and polygons), all measured from at once and merged in one frame. A polygon's interior
 * counts as distance 0; an edge between two positions is the geodesic between them (the short way across
 * ±180°). Output as {@link rangeRing}: longitudes in [-180, 180], split at the antimeridian, an area round
 * a pole closed along ±180° and the pole, exterior rings counter-clockwise, holes clockwise. A Point gives
 * exactly `rangeRing`'s area. Throws a RangeError for a bad source, range or vertex count, or an area too
 * large for one frame (see the file's model limit).
 *
 * @example
 * const frontLine = { type: 'LineString', coordinates: [[37.6, 49.6], [37.9, 48.6], [37.4, 47.7]] };
 * reachArea(frontLine, 300_000).geometry.type; // 'Polygon'
 */
export function reachArea(
  source: Geometry,
  rangeM: number,
  options: ReachAreaOptions = {},
): Feature<Polygon | MultiPolygon, ReachAreaProperties> {
  checkRangeM(rangeM);
  const vertices = options.vertices ?? 360;
  checkVertexCount(vertices);
  const parts = reachSource(source);
  const properties: ReachAreaProperties = { rangeM, sourceType: source.type };
  const lone = parts.points.length === 1 && !parts.lines.length && !parts.polygons.length;
  if (lone) {
    const ring = rangeRing(parts.points[0] as LonLat, rangeM, { vertices });
    return { type: 'Feature', properties, geometry: ring.geometry };
  }
  const frame = auxiliaryFrame(frameCentre(parts));
  checkFrameReach(parts, rangeM, frame);
  const pieces = reachPieces(parts, rangeM, vertices, frame);
  const corners = new Set<string>();
  for (const piece of pieces) for (const ring of piece.polygon) for (const q of ring) corners.add(key(q));
  // slivers where the chords of two pieces nearly meet are rounding, not reach: far below any real
  // piece of area (which holds a whole disk of the range) or hole
  const sliverM2 = 1e-6 * Math.PI * rangeM * rangeM;
  const merged = unionInFrame(pieces.map((piece) => piece.polygon))
    .map((poly) => poly.filter((ring, i) => i === 0 || Math.abs(ringArea(ring)) > sliverM2))
    .filter((poly) => Math.abs(ringArea(poly[0] ?? [])) > sliverM2);
  const poles = { north: frame.project([0, 90]), south: frame.project([0, -90]) };
  const near = nearPieces(pieces, 2 * ((2 * Math.PI * rangeM) / vertices) + 1);
  const isSliver = (ring: LonLat[]) => Math.abs(ringArea(ring.map((p) => frame.project(p)))) <= sliverM2;
  const globe: GlobePolygon[] = merged.map((poly) => ({
    rings: poly.map((ring) => {
      // crossings of pieces, and the corners beside them (a corner of one piece may stand just outside
      // another's chord there), are moved onto the true boundary
      const crossing = ring.map((q) => !corners.has(key(q)));
      const n = ring.length - 1;
      return ring.map((q, i) => {
        const p = frame.unproject(q);
        const j = i % n;
        const nearCrossing = [-2, -1, 0, 1, 2].some((k) => crossing[(j + k + n) % n]);
        return rangeM > 0 && nearCrossing ? ontoBoundary(p, parts, rangeM, near(q)) : p;
      });
    }),
    pole: insidePolygon(poles.north, poly) ? 'north' : insidePolygon(poles.south, poly) ? 'south' : null,
  }));
  // a loop of chords that the move onto the boundary closes up is a sliver too
  const kept = globe
    .map((poly) => ({ ...poly, rings: poly.rings.filter((ring, i) => i === 0 || !isSliver(ring)) }))
    .filter((poly) => !isSliver(poly.rings[0] ?? []));
  const feature: Feature<Polygon | MultiPolygon, ReachAreaProperties> = {
    type: 'Feature',
    properties,
    geometry: withoutSlivers(areaToGeoJson(kept), isSliver),
  };
  if (feature.geometry.coordinates.length) rewind(feature, { mutate: true });
  return feature;
}

/** A frame point to the millimetre, as the union returns it. */
function key(q: FramePoint): string {
  return `${Math.round(q[0] * 1000)},${Math.round(q[1] * 1000)}`;
}

/** The normalised mean of the source's positions as unit vectors: a centre that suits any longitude. */
function frameCentre(parts: ReachSource): LonLat {
  let x = 0;
  let y = 0;
  let z = 0;
  const add = ([lon, lat]: LonLat) => {
    const l = (lon * Math.PI) / 180;
    const f = (lat * Math.PI) / 180;
    x += Math.cos(f) * Math.cos(l);
    y += Math.cos(f) * Math.sin(l);
    z += Math.sin(f);
  };
  parts.points.forEach(add);
  for (const line of parts.lines) line.forEach(add);
  for (const poly of parts.polygons) for (const ring of poly) ring.forEach(add);
  const h = Math.hypot(x, y);
  if (h + Math.abs(z) < 1e-9)
    throw new RangeError('the source is spread round the whole Earth: no centre to measure from');
  return [(Math.atan2(y, x) * 180) / Math.PI, (Math.atan2(z, h) * 180) / Math.PI];
}

function checkFrameReach(parts: ReachSource, rangeM: number, frame: AzimuthalFrame): void {
  const [lon0, lat0] = frame.center;
  let farthest = 0;
  const measure = ([lon, lat]: LonLat) => {
    farthest = Math.max(farthest, WGS84.Inverse(lat0, lon0, lat, lon, Geodesic.DISTANCE).s12 ?? 0);
  };
  parts.points.forEach(measure);
  for (const line of parts.lines) line.forEach(measure);
  for (const poly of parts.polygons) for (const ring of poly) ring.forEach(measure);
  if (farthest + rangeM > FRAME_LIMIT_M) {
    throw new RangeError(
      `a reach area is computed up to ${Math.round(FRAME_LIMIT_M / 1000)} km from its source's centre; this source reaches ${Math.round((farthest + rangeM) / 1000)} km`,
    );
  }
}

/**
 * A position near the boundary moved onto it: along the geodesic from the source's nearest point, to
 * the range; repeated while another part of the source becomes the nearest.
 */
function ontoBoundary(p: LonLat, parts: ReachSource, rangeM: number, candidates: number[]): LonLat {
  let q = p;
  for (let i = 0; i < 6; i++) {
    const nearest = nearestOnSource(q, parts, candidates);
    if (Math.abs(nearest.distanceM - rangeM) < 1e-3 || nearest.distanceM === 0) break;
    const [flon, flat] = nearest.foot;
    const az = WGS84.Inverse(flat, flon, q[1], q[0], Geodesic.AZIMUTH).azi1 ?? 0;
    const r = WGS84.Direct(flat, flon, az, rangeM, Geodesic.LATITUDE | Geodesic.LONGITUDE);
    q = [r.lon2 ?? q[0], r.lat2 ?? q[1]];
  }
  return q;
}

/**
 * The source edges that may be nearer than the range to a frame point on the union's boundary: those of
 * the pieces whose outline passes within a cell of it. A point on the boundary lies outside every piece's
 * chords, so a piece can hold it only within its chords' sagitta, far less than a cell; each outline is
 * sampled at most `cellM` apart (its long sides too) and filed in a grid of `cellM` squares, so the 3 × 3
 * cells around a point hold every such piece.
 */
function nearPieces(pieces: ReachPiece[], cellM: number): (q: FramePoint) => number[] {
  const grid = new Map<number, Set<number>>();
  // cells are numbered by their column and row, each under 2^25 from the frame's centre
  const cell = (cx: number, cy: number) => (cx + 2 ** 25) * 2 ** 26 + (cy + 2 ** 25);
  const file = (x: number, y: number, edges: number[]) => {
    const k = cell(Math.floor(x / cellM), Math.floor(y / cellM));
    let filed = grid.get(k);
    if (!filed) {
      filed = new Set();
      grid.set(k, filed);
    }
    for (const e of edges) filed.add(e);
  };
  for (const { polygon, edges } of pieces) {
    if (!edges.length) continue;
    for (const ring of polygon)
      for (let i = 0; i + 1 < ring.length; i++) {
        const [ax, ay] = ring[i] as FramePoint;
        const [bx, by] = ring[i + 1] as FramePoint;
        const n = Math.ceil(Math.hypot(bx - ax, by - ay) / cellM);
        for (let k = 0; k < n; k++) file(ax + ((bx - ax) * k) / n, ay + ((by - ay) * k) / n, edges);
      }
  }
  return ([x, y]) => {
    const cx = Math.floor(x / cellM);
    const cy = Math.floor(y / cellM);
    const out = new Set<number>();
    for (let i = -1; i <= 1; i++)
      for (let j = -1; j <= 1; j++) for (const e of grid.get(cell(cx + i, cy + j)) ?? []) out.add(e);
    return [...out];
  };
}

/** The geometry less the pieces a cut at ±180° made of a sliver (a chord loop crossing itself there). */
function withoutSlivers(
  g: Polygon | MultiPolygon,
  isSliver: (ring: LonLat[]) => boolean,
): Polygon | MultiPolygon {
  if (g.type === 'Polygon') return g;
  const pieces = g.coordinates.filter((poly) => !isSliver((poly[0] ?? []) as LonLat[]));
  return pieces.length === 1
    ? { type: 'Polygon', coordinates: pieces[0] ?? [] }
    : { type: 'MultiPolygon', coordinates: pieces };
}

/** Signed area of a closed frame ring (square metres, counter-clockwise positive). */
function ringArea(ring: FramePoint[]): number {
  let twice = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const a = ring[i] as FramePoint;
    const b = ring[i + 1] as FramePoint;
    twice += a[0] * b[1] - b[0] * a[1];
  }
  return twice / 2;
}

/** Even-odd point-in-polygon in the frame (exterior and holes). */
function insidePolygon(q: FramePoint, poly: FramePolygon): boolean {
  let inside = false;
  for (const ring of poly) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const a = ring[i] as FramePoint;
      const b = ring[j] as FramePoint;
      if (a[1] > q[1] !== b[1] > q[1] && q[0] < ((b[0] - a[0]) * (q[1] - a[1])) / (b[1] - a[1]) + a[0])
        inside = !inside;
    }
  }
  return inside;
}
