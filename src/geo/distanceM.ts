// Geodesic distance on the WGS84 ellipsoid (GeographicLib inverse problem); exact to nanometres.
import { checkCenter } from './checkRingInput';
import type { LonLat } from './types';
import { Geodesic, WGS84 } from './wgs84';

/**
 * The shortest distance in metres between two points on the WGS84 ellipsoid.
 *
 * @example
 * distanceM([30.5234, 50.4501], [37.6173, 55.7558]); // Kyiv to Moscow: ≈ 756,000 m
 */
export function distanceM(a: LonLat, b: LonLat): number {
  checkCenter(a, 'a');
  checkCenter(b, 'b');
  return WGS84.Inverse(a[1], a[0], b[1], b[0], Geodesic.DISTANCE).s12 ?? Number.NaN;
}
