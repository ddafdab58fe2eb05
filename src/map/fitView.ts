// The view that fits bounds, as Leaflet's fitBounds computes it, kept within the Mercator world's height:
// zoomed in until the world is at least as tall as the view, then moved up or down so that no band beyond
// the map's top or bottom edge shows. A ring round a pole is framed from its southern edge to the map's
// top, not centred on a band of nothing. Bands of the map covered by a box over it (an embed's legend) are
// left out of the view the bounds are fitted into.
import { type LatLng, type LatLngBounds, type Map as LeafletMap, type Point, point } from 'leaflet';
import type { CoveredEdges } from './coveredEdges';

export interface FitOptions {
  padding: [number, number];
  maxZoom: number;
  /** Bands (px) at the map's top and bottom that something covers: the bounds are fitted between them. */
  covered?: CoveredEdges;
}

/**
 * The centre and zoom that show `bounds` with `padding` (px) on each side, kept within the world's height.
 *
 * @example
 * const { center, zoom } = fitView(map, ringsBounds(centers, maxRangeM), FIT_OPTIONS);
 */
export function fitView(
  map: LeafletMap,
  bounds: LatLngBounds,
  { padding, maxZoom, covered = { top: 0, bottom: 0 } }: FitOptions,
): { center: LatLng; zoom: number } {
  const viewHeight = map.getSize().y;
  const coveredHeight = covered.top + covered.bottom;
  const worldHeight = (z: number) => {
    const world = map.getPixelWorldBounds(z);
    return (world?.max?.y ?? 0) - (world?.min?.y ?? 0);
  };
  let zoom = Math.min(maxZoom, boundsZoom(map, bounds, point(padding).multiplyBy(2).add([0, coveredHeight])));
  while (zoom < maxZoom && worldHeight(zoom) < viewHeight) zoom++;
  const middle = map
    .project(bounds.getSouthWest(), zoom)
    .add(map.project(bounds.getNorthEast(), zoom))
    .divideBy(2)
    // the middle of the uncovered band, not of the whole map, is where the bounds' middle goes
    .add([0, (covered.bottom - covered.top) / 2]);
  const world = map.getPixelWorldBounds(zoom);
  const top = world?.min?.y ?? 0;
  const bottom = world?.max?.y ?? 0;
  const half = viewHeight / 2;
  const y =
    bottom - top <= viewHeight ? (top + bottom) / 2 : Math.max(top + half, Math.min(bottom - half, middle.y));
  return { center: map.unproject(point(middle.x, y), zoom), zoom };
}

/**
 * Leaflet's getBoundsZoom, snapped to the map's own `zoomSnap`: Leaflet snaps to whole levels whenever 3D
 * transforms are off (as in this app), and an embed fits its rings in quarter levels.
 */
function boundsZoom(map: LeafletMap, bounds: LatLngBounds, padding: Point): number {
  const zoom = map.getZoom() || 0;
  const size = map.getSize().subtract(padding);
  const nw = map.project(bounds.getNorthWest(), zoom);
  const se = map.project(bounds.getSouthEast(), zoom);
  const scale = Math.min(size.x / Math.abs(se.x - nw.x), size.y / Math.abs(se.y - nw.y));
  let fitted = map.getScaleZoom(scale, zoom);
  const snap = map.options.zoomSnap ?? 1;
  if (snap > 0) {
    // within 1 % of a level counts as on it, as Leaflet has it
    fitted = Math.round(fitted / (snap / 100)) * (snap / 100);
    fitted = Math.floor(fitted / snap) * snap;
  }
  return Math.max(map.getMinZoom(), Math.min(map.getMaxZoom(), fitted));
}
