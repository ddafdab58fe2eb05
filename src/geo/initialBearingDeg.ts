// Forward azimuth of the geodesic between two points on WGS84, in degrees clockwise from north.
import { checkCenter } from './checkRingInput';
import type { LonLat } from './types';
import { Geodesic, WGS84 } from './wgs84';

/**
 * The azimuth (degrees clockwise from north, in [0, 360)) at `from` of the shortest geodesic to `to`.
 *
 * @example
 * initialBearingDeg([0, 0], [0, 10]); // 0 (due north)
 */
export function initialBearingDeg(from: LonLat, to: LonLat): number {
  checkCenter(from, 'from');
  checkCenter(to, 'to');
  const azi = WGS84.Inverse(from[1], from[0], to[1], to[0], Geodesic.AZIMUTH).azi1 ?? Number.NaN;
  return (azi + 360) % 360;
}
