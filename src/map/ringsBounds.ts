// The map bounds that show every ring whole, clamped to Web Mercator's latitudes, for fitting the view.
// A ring that goes round a pole spans every longitude: only its latitudes are fitted (the map repeats
// east and west), so the view is sized by the cap's height instead of by a whole world's width.
import { type LatLngBounds, latLngBounds } from 'leaflet';
import type { LonLat } from '../geo';
import type { Mark } from '../scenario';
import { type LatLngBox, ringsBox } from './ringsBox';

export function ringsBounds(centers: LonLat[], maxRangeM: number): LatLngBounds | null {
  return boundsOfBox(ringsBox(centers, maxRangeM, []));
}

/**
 * The rings' bounds grown to take in every marked place as well; the marks' own bounds when there are no rings.
 *
 * @example
 * withMarks(ringsBounds([[36.23, 49.99]], 300_000), [{ id: 'm1', label: 'Moscow', lonLat: [37.62, 55.76] }]);
 */
export function withMarks(rings: LatLngBounds | null, marks: readonly Mark[]): LatLngBounds | null {
  const bounds = boundsOfBox(ringsBox([], 0, marks));
  if (!bounds) return rings;
  return rings ? bounds.extend(rings) : bounds;
}

function boundsOfBox(box: LatLngBox | null): LatLngBounds | null {
  return box ? latLngBounds([box.south, box.west], [box.north, box.east]) : null;
}
