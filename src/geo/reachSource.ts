// Reads an RFC 7946 geometry as the parts a reach area is measured from: lone points, open lines and
// polygons (exterior and holes), from a GeometryCollection's members too. Edges are geodesics, the short way across ±180°.
import type { Geometry, Position } from 'geojson';
import { checkCenter } from './checkRingInput';
import type { LonLat } from './types';

export interface ReachSource {
  /** Points on their own (Point, MultiPoint). */
  points: LonLat[];
  /** Open lines of two or more distinct positions (LineString, MultiLineString). */
  lines: LonLat[][];
  /** Polygons: rings without their closing position, exterior first, then holes. */
  polygons: LonLat[][][];
}

/**
 * The parts of `geometry`, checked: every position a finite `[lon, lat]` with lat in [-90, 90].
 * Throws a RangeError that names the geometry type (or `name`) and the position's index for anything else.
 *
 * @example
 * reachSource({ type: 'LineString', coordinates: [[36, 48], [38, 49]] }).lines; // [[[36, 48], [38, 49]]]
 */
export function reachSource(geometry: Geometry, name?: string): ReachSource {
  const out: ReachSource = { points: [], lines: [], polygons: [] };
  const where = (path: string) => `${name ?? geometry?.type ?? 'geometry'} coordinates${path}`;
  switch (geometry?.type) {
    case 'Point':
      out.points.push(position(geometry.coordinates, where('')));
      break;
    case 'MultiPoint':
      geometry.coordinates.forEach((p, i) => {
        out.points.push(position(p, where(`[${i}]`)));
      });
      break;
    case 'LineString':
      addLine(out, geometry.coordinates, where(''));
      break;
    case 'MultiLineString':
      geometry.coordinates.forEach((l, i) => {
        addLine(out, l, where(`[${i}]`));
      });
      break;
    case 'Polygon':
      addPolygon(out, geometry.coordinates, where(''));
      break;
    case 'MultiPolygon':
      geometry.coordinates.forEach((p, i) => {
        addPolygon(out, p, where(`[${i}]`));
      });
      break;
    case 'GeometryCollection':
      // a file of lines and polygons: every part is measured from at once, in the one frame
      geometry.geometries.forEach((part, i) => {
        const inner = reachSource(part, `GeometryCollection geometries[${i}]`);
        out.points.push(...inner.points);
        out.lines.push(...inner.lines);
        out.polygons.push(...inner.polygons);
      });
      break;
    default:
      throw new RangeError(
        `a reach area is measured from a Point, MultiPoint, LineString, MultiLineString, Polygon, MultiPolygon or GeometryCollection of them, got ${String((geometry as { type?: unknown } | null)?.type)}`,
      );
  }
  if (!out.points.length && !out.lines.length && !out.polygons.length) {
    throw new RangeError(`${name ?? geometry.type} has no positions to measure from`);
  }
  return out;
}

function position(p: Position, name: string): LonLat {
  checkCenter(p as LonLat, name);
  return [p[0] as number, p[1] as number];
}

/** Positions with consecutive repeats removed (a zero-length edge bounds nothing). */
function distinct(ps: Position[], name: string): LonLat[] {
  if (!Array.isArray(ps)) throw new RangeError(`${name} must be an array of positions`);
  const out: LonLat[] = [];
  ps.forEach((p, i) => {
    const q = position(p, `${name}[${i}]`);
    const last = out[out.length - 1];
    if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push(q);
  });
  return out;
}

function addLine(out: ReachSource, ps: Position[], name: string): void {
  const line = distinct(ps, name);
  if (line.length === 1) out.points.push(line[0] as LonLat);
  else if (line.length > 1) out.lines.push(line);
}

function addPolygon(out: ReachSource, rings: Position[][], name: string): void {
  if (!Array.isArray(rings)) throw new RangeError(`${name} must be an array of rings`);
  const poly: LonLat[][] = [];
  rings.forEach((r, i) => {
    const ring = distinct(r, `${name}[${i}]`);
    const first = ring[0];
    const last = ring[ring.length - 1];
    if (ring.length > 1 && first && last && first[0] === last[0] && first[1] === last[1]) ring.pop();
    if (ring.length >= 3) poly.push(ring);
    else if (i === 0 && ring.length > 0) {
      // a collapsed exterior is still a place to measure from
      if (ring.length === 1) out.points.push(ring[0] as LonLat);
      else out.lines.push(ring);
    }
  });
  if (poly.length) out.polygons.push(poly);
}
