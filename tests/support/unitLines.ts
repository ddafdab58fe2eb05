// The lines of unit Web Mercator rings (src/map/unitRings.ts) back in Leaflet's [lat, lng], for tests that
// check a drawn ring's vertices against the geodesy: the inverse of the projection, exact to about 1e-12°
// (a latitude past the map's edge comes back on it, as the map draws it).
import type { LatLngTuple } from 'leaflet';
import type { UnitRings } from '../../src/map/unitRings';

/** Each line of `rings`, its points as [lat, lng]. */
export function unitLines({ coordinates, lengths }: UnitRings): LatLngTuple[][] {
  const lines: LatLngTuple[][] = [];
  let p = 0;
  for (const length of lengths) {
    const line: LatLngTuple[] = [];
    for (let i = 0; i < length; i++, p += 2) {
      const x = coordinates[p] as number;
      const y = coordinates[p + 1] as number;
      line.push([(Math.asin(Math.tanh(2 * Math.PI * (0.5 - y))) * 180) / Math.PI, (x - 0.5) * 360]);
    }
    lines.push(line);
  }
  return lines;
}
