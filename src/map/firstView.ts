// The view the app's map starts at when React makes it (RangeMap without a first map): the same as the first
// picture's (firstCenterZoom), which computes Leaflet's fit without Leaflet.
import type { FitBoundsOptions, LatLngBounds, LatLngTuple } from 'leaflet';
import type { LonLat } from '../geo';
import type { MapView, Mark } from '../scenario';
import { FIT_OPTIONS } from './fitOptions';
import { ringsBounds, withMarks } from './ringsBounds';
import { toLatLng } from './toLatLng';

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
