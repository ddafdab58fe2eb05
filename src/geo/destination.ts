// The point reached by travelling a distance along a geodesic from a start azimuth, on WGS84.
import { checkCenter, checkRangeM } from './checkRingInput';
import type { LonLat } from './types';
import { Geodesic, WGS84 } from './wgs84';

/**
 * The point `distanceM` metres from `start` along the geodesic that leaves it at `bearingDeg`
 * (clockwise from north). The longitude is normalised to [-180, 180].
 *
 * @example
 * destination([0, 0], 90, 111_319.49); // ≈ [1, 0]
 */
export function destination(start: LonLat, bearingDeg: number, distanceM: number): LonLat {
  checkCenter(start, 'start');
  checkRangeM(distanceM);
  if (!Number.isFinite(bearingDeg))
    throw new RangeError(`bearing must be a finite number, got ${bearingDeg}`);
  const p = WGS84.Direct(start[1], start[0], bearingDeg, distanceM, Geodesic.LATITUDE | Geodesic.LONGITUDE);
  return [p.lon2 ?? Number.NaN, p.lat2 ?? Number.NaN];
}
