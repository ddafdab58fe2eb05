// Where a place is drawn in a true-shape view, if it is drawn at all (behind the globe it is not).
import type { GeoPath, GeoPermissibleObjects } from 'd3';
import type { LonLat } from '../geo';

/**
 * Where a point is drawn, or null when the projection clips it (behind the globe). Asking the path keeps this
 * right for any projection: a clipped point has no bounds.
 */
export function projectVisible(
  path: GeoPath<unknown, GeoPermissibleObjects>,
  lonLat: LonLat,
): [number, number] | null {
  const [[x0, y0], [x1]] = path.bounds({ type: 'Point', coordinates: [lonLat[0], lonLat[1]] });
  return Number.isFinite(x0) && x1 >= x0 ? [x0, y0] : null;
}
