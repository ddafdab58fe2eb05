// The box that shows every ring whole and every marked place, in latitudes and longitudes clamped to Web
// Mercator's, without Leaflet: the first picture's fit (firstCenterZoom) and Leaflet's (ringsBounds) alike.
import type { LonLat } from '../geo';
import type { Mark } from '../scenario';
import { MERCATOR_MAX_LAT } from './mercatorRuns';
import { ringBoundsPoints } from './ringBoundsPoints';

export interface LatLngBox {
  south: number;
  west: number;
  north: number;
  east: number;
}

/**
 * The box of every ring of `maxRangeM` around `centers` (see ringBoundsPoints) and of the marks; null when there
 * is neither.
 *
 * @example
 * ringsBox([[36.23, 49.99]], 300_000, []); // about { south: 47.29, west: 32.05, north: 52.69, east: 40.41 }
 */
export function ringsBox(
  centers: readonly LonLat[],
  maxRangeM: number,
  marks: readonly Mark[],
): LatLngBox | null {
  const points = [
    ...centers.flatMap((c) => (maxRangeM > 0 ? ringBoundsPoints(c, maxRangeM) : [c])),
    ...marks.map((m) => m.lonLat),
  ];
  if (points.length === 0) return null;
  const box = { south: Infinity, west: Infinity, north: -Infinity, east: -Infinity };
  for (const [lon, lat] of points) {
    const clamped = Math.max(-MERCATOR_MAX_LAT, Math.min(MERCATOR_MAX_LAT, lat));
    box.south = Math.min(box.south, clamped);
    box.north = Math.max(box.north, clamped);
    box.west = Math.min(box.west, lon);
    box.east = Math.max(box.east, lon);
  }
  return box;
}
