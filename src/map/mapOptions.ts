// The options of the app's map and its first view, the same whether the map is made before React mounts
// (firstMap) or by react-leaflet's MapContainer.
import type { FitBoundsOptions, LatLngBounds, LatLngTuple, MapOptions } from 'leaflet';
import type { LonLat } from '../geo';
import type { MapView, Mark } from '../scenario';
import { FIT_OPTIONS, ringsBounds, withMarks } from './ringsBounds';
import { toLatLng } from './toLatLng';

export const MAP_OPTIONS = {
  minZoom: 1,
  maxZoom: 12,
  preferCanvas: true,
  worldCopyJump: false,
  // every size change, the window's among them, is followed by ViewSync's ResizeObserver
  trackResize: false,
  attributionControl: true,
} satisfies MapOptions;

export type FirstView =
  | { center: LatLngTuple; zoom: number }
  | { bounds: LatLngBounds; boundsOptions: FitBoundsOptions };

/** The scenario's view, else every ring (and marked place) fitted, else a default over Europe. */
export function firstView(
  view: MapView | null,
  centers: LonLat[],
  maxRangeM: number,
  marks: readonly Mark[],
): FirstView {
  if (view) return { center: toLatLng(view.center), zoom: view.zoom };
  const bounds = withMarks(ringsBounds(centers, maxRangeM), marks);
  return bounds ? { bounds, boundsOptions: FIT_OPTIONS } : { center: toLatLng([30, 50]), zoom: 3 };
}
