// Which copies of the world the basemap draws for a view, and the credit its outlines carry: shared by the
// first drawing of the map and by the countries layer.
export const COUNTRIES_ATTRIBUTION = 'Basemap: <a href="https://www.naturalearthdata.com/">Natural Earth</a>';

/**
 * A copy (shift ±1 world) is drawn once the view (its west and east longitudes, as LatLngBounds gives them),
 * widened by half its width each way (LatLngBounds.pad(0.5)), reaches past ±180° towards it.
 */
export function copiesNeeded(view: { getWest(): number; getEast(): number }): number[] {
  const west = view.getWest();
  const east = view.getEast();
  const widening = Math.abs(west - east) * 0.5;
  return [0, ...(west - widening < -180 ? [-1] : []), ...(east + widening > 180 ? [1] : [])];
}
