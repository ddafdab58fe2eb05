// The map bounds that show every ring whole (clamped to Web Mercator's latitudes), for fitting the view.
import { type LatLngBounds, latLngBounds } from 'leaflet';
import { type LonLat, mapRing } from '../geo';
import { toLatLng } from './toLatLng';

const MERCATOR_MAX_LAT = 85;

export function ringsBounds(centers: LonLat[], maxRangeM: number): LatLngBounds | null {
  if (centers.length === 0) return null;
  const points = centers.flatMap((c) =>
    maxRangeM > 0 ? mapRing(c, maxRangeM, 64).flatMap((poly) => poly[0] ?? []) : [c],
  );
  return latLngBounds(
    points.map(([lon, lat]) => toLatLng([lon, Math.max(-MERCATOR_MAX_LAT, Math.min(MERCATOR_MAX_LAT, lat))])),
  );
}

export const FIT_OPTIONS = { padding: [24, 24] as [number, number], maxZoom: 9 };
