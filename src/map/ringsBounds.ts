// The map bounds that show every ring whole, clamped to Web Mercator's latitudes, for fitting the view.
// A ring that goes round a pole spans every longitude: only its latitudes are fitted (the map repeats
// east and west), so the view is sized by the cap's height instead of by a whole world's width.
import { type LatLngBounds, latLngBounds } from 'leaflet';
import type { LonLat } from '../geo';
import type { Mark } from '../scenario';
import { MERCATOR_MAX_LAT } from './mercatorRuns';
import { ringBoundsPoints } from './ringBoundsPoints';
import { toLatLng } from './toLatLng';

export function ringsBounds(centers: LonLat[], maxRangeM: number): LatLngBounds | null {
  if (centers.length === 0) return null;
  const points = centers.flatMap((c) => (maxRangeM > 0 ? ringBoundsPoints(c, maxRangeM) : [c]));
  return latLngBounds(
    points.map(([lon, lat]) => toLatLng([lon, Math.max(-MERCATOR_MAX_LAT, Math.min(MERCATOR_MAX_LAT, lat))])),
  );
}

export const FIT_OPTIONS = { padding: [24, 24] as [number, number], maxZoom: 9 };

/**
 * The rings' bounds grown to take in every marked place as well; the marks' own bounds when there are no rings.
 *
 * @example
 * withMarks(ringsBounds([[36.23, 49.99]], 300_000), [{ id: 'm1', label: 'Moscow', lonLat: [37.62, 55.76] }]);
 */
export function withMarks(rings: LatLngBounds | null, marks: readonly Mark[]): LatLngBounds | null {
  if (marks.length === 0) return rings;
  const points = marks.map(({ lonLat: [lon, lat] }) =>
    toLatLng([lon, Math.max(-MERCATOR_MAX_LAT, Math.min(MERCATOR_MAX_LAT, lat))]),
  );
  const bounds = latLngBounds(points);
  return rings ? bounds.extend(rings) : bounds;
}
