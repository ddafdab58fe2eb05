// A range ring for d3-geo's spherical drawing: the same traced vertices as the map's ring (ringTrace), not cut
// at the antimeridian nor closed along a pole, wound so that d3 takes the launch point's side as the inside.
// d3-geo reads a ring's winding the opposite way to RFC 7946 (clockwise is the inside).
import { geoContains } from 'd3';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { type GeodesicFan, type LonLat, ringTrace } from '../geo';

/** What a ring encloses, for d3-geo: a polygon, the whole sphere, or nothing. */
export type SphereArea = Polygon | MultiPolygon | { type: 'Sphere' } | null;

/** One ring's vertices (first repeated last) on the true geodesic circle, the launch point inside for d3. */
export function sphereRingVertices(
  center: LonLat,
  rangeM: number,
  vertices: number,
  fan?: GeodesicFan,
): Position[] | 'world' | null {
  const trace = ringTrace(center, rangeM, vertices, fan);
  if (trace.kind === 'empty') return null;
  if (trace.kind === 'world') return 'world';
  const ring: Position[] = trace.vertices.map((v) => [v.lon, v.lat]);
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (first && last && (first[0] !== last[0] || first[1] !== last[1]))
    ring.push([first[0] ?? 0, first[1] ?? 0]);
  // Traced by growing azimuth, clockwise on the ground around the launch point: d3's inside already. The
  // check keeps it so whatever the trace's order, since a reversed ring would fill the world but the disk.
  return geoContains({ type: 'Polygon', coordinates: [ring] }, center) ? ring : ring.slice().reverse();
}

/**
 * Everything within `rangeM` of `center`, as d3-geo draws it: a disk, a pole cap or the world with a hole
 * around the antipode all come as one whole polygon.
 *
 * @example
 * sphereRing([15.63, 78.22], 1_600_000, 256); // { type: 'Polygon', coordinates: [ring] } around the North Pole
 */
export function sphereRing(center: LonLat, rangeM: number, vertices: number, fan?: GeodesicFan): SphereArea {
  const ring = sphereRingVertices(center, rangeM, vertices, fan);
  if (ring === null) return null;
  if (ring === 'world') return { type: 'Sphere' };
  return { type: 'Polygon', coordinates: [ring] };
}

/**
 * The published band between two ranges: the outer ring with the inner one as its hole (wound the other way).
 *
 * @example
 * sphereBand([36.23, 49.99], 460_000, 240_000, 256); // { type: 'Polygon', coordinates: [outer, hole] }
 */
export function sphereBand(
  center: LonLat,
  outerM: number,
  innerM: number,
  vertices: number,
  fan?: GeodesicFan,
): SphereArea {
  const outer = sphereRingVertices(center, outerM, vertices, fan);
  const inner = sphereRingVertices(center, innerM, vertices, fan);
  if (outer === null) return null;
  if (inner === 'world') return null;
  const hole = inner === null ? [] : [inner.slice().reverse()];
  if (outer === 'world') return hole.length > 0 ? { type: 'Polygon', coordinates: hole } : { type: 'Sphere' };
  return { type: 'Polygon', coordinates: [outer, ...hole] };
}
