// A position as people read it, used as the label of a site nobody named. Two decimals (about 1 km):
// enough to tell places apart on a map, not a survey.
import type { LonLat } from '../geo';

/**
 * Writes a position with hemispheres, latitude first.
 *
 * @example
 * formatLonLat([36.2304, 49.9935]); // '49.99°N 36.23°E'
 * formatLonLat([-74.006, -0.001]);  // '0.00°N 74.01°W'
 */
export function formatLonLat([lon, lat]: LonLat): string {
  return `${degrees(lat, 'N', 'S')} ${degrees(lon, 'E', 'W')}`;
}

function degrees(value: number, positive: string, negative: string): string {
  const text = Math.abs(value).toFixed(2);
  // A value that rounds to zero gets no southern or western sign.
  const hemisphere = value >= 0 || text === '0.00' ? positive : negative;
  return `${text}°${hemisphere}`;
}
