// The rules every position in a scenario follows, shared by restore() and the URL reader so both give
// the same reasons: latitude within the poles, longitude wrapped into [-180, 180], zoom within tile levels.
import type { LonLat } from '../geo';
import { MAX_ZOOM, MIN_ZOOM } from './limits';
import type { MapView } from './types';

/**
 * Wraps a longitude into [-180, 180]; values already inside are kept as they are (so 180 stays 180).
 *
 * @example
 * normaliseLon(190);  // -170
 * normaliseLon(-180); // -180
 */
export function normaliseLon(lon: number): number {
  // `+ 0` turns -0 into 0, which JSON writes the same anyway.
  if (lon >= -180 && lon <= 180) return lon + 0;
  return ((((lon + 180) % 360) + 360) % 360) - 180 + 0;
}

/**
 * Longitudes read from outside (links, files, messages) are wrapped within one world either side, as a map
 * with world copies writes them (190 is -170); beyond that a number is an error, never a place: 1e308 would
 * otherwise wrap to 116°E.
 */
export const MAX_GIVEN_LON = 540;

export interface CheckLonLatOptions {
  /** Largest longitude (either sign) that is wrapped; beyond it the position is refused. Default: any. */
  maxAbsLon?: number;
}

/**
 * Checks a latitude and a longitude given in any form; a longitude outside [-180, 180] is wrapped, up to
 * `options.maxAbsLon`. Returns the position in GeoJSON order, or the reason it is not one.
 *
 * @example
 * checkLonLat(36.23, 49.99); // { lonLat: [36.23, 49.99] }
 * checkLonLat('x', 49.99);   // { reason: 'longitude is not a number' }
 * checkLonLat(30, 95);       // { reason: 'latitude 95 is not between -90 and 90' }
 * checkLonLat(1e308, 0, { maxAbsLon: 540 }); // { reason: 'longitude 1e+308 is not between -180 and 180' }
 */
export function checkLonLat(
  lon: unknown,
  lat: unknown,
  options: CheckLonLatOptions = {},
): { lonLat: LonLat } | { reason: string } {
  if (typeof lat !== 'number' || !Number.isFinite(lat)) return { reason: 'latitude is not a number' };
  if (typeof lon !== 'number' || !Number.isFinite(lon)) return { reason: 'longitude is not a number' };
  if (lat < -90 || lat > 90) return { reason: `latitude ${lat} is not between -90 and 90` };
  if (Math.abs(lon) > (options.maxAbsLon ?? Number.POSITIVE_INFINITY)) {
    return { reason: `longitude ${lon} is not between -180 and 180` };
  }
  return { lonLat: [normaliseLon(lon), lat + 0] };
}

/**
 * Checks a map view: its centre as `checkLonLat` does, and a zoom level from 0 to 18.
 *
 * @example
 * checkView(36.23, 49.99, 6);  // { view: { center: [36.23, 49.99], zoom: 6 } }
 * checkView(36.23, 49.99, 20); // { reason: 'zoom 20 is not between 0 and 18' }
 */
export function checkView(
  lon: unknown,
  lat: unknown,
  zoom: unknown,
  options: CheckLonLatOptions = {},
): { view: MapView } | { reason: string } {
  const center = checkLonLat(lon, lat, options);
  if ('reason' in center) return center;
  if (typeof zoom !== 'number' || !Number.isFinite(zoom)) return { reason: 'zoom is not a number' };
  if (zoom < MIN_ZOOM || zoom > MAX_ZOOM) {
    return { reason: `zoom ${zoom} is not between ${MIN_ZOOM} and ${MAX_ZOOM}` };
  }
  return { view: { center: center.lonLat, zoom: zoom + 0 } };
}
