// Which copies of the world the basemap draws for a view, and the credit its outlines carry: shared by the
// first drawing of the map and by the countries layer.
import type { LatLngBounds } from 'leaflet';

export const COUNTRIES_ATTRIBUTION = 'Basemap: <a href="https://www.naturalearthdata.com/">Natural Earth</a>';

/** A copy (shift ±1 world) is drawn once the view, widened by half its size each way, reaches past ±180° towards it. */
export function copiesNeeded(view: LatLngBounds): number[] {
  const padded = view.pad(0.5);
  return [0, ...(padded.getWest() < -180 ? [-1] : []), ...(padded.getEast() > 180 ? [1] : [])];
}
