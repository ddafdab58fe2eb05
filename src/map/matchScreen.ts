// An export's map set to the view of the map on screen ("Use the map as it is"), whatever the two sizes.
import type { Map as LeafletMap } from 'leaflet';
import { mapOfElement } from './mapOfElement';

/**
 * Centre and zoom of the map in `element`, the zoom changed so its view covers this map's size.
 *
 * @example
 * matchScreen(frameMap, document.querySelector('.range-map')); // the 1200 × 675 frame shows the screen's view
 */
export function matchScreen(map: LeafletMap, element: HTMLElement): void {
  const screen = mapOfElement(element);
  if (!screen) return;
  const from = screen.getSize();
  const to = map.getSize();
  const cover = Math.max(to.x / from.x, to.y / from.y);
  map.setView(screen.getCenter(), screen.getZoom() + Math.log2(cover), { animate: false });
}
