// Leaflet's map over the map's first picture: this module, with Leaflet, is loaded once the picture is painted.
// Where the map cannot be made, the picture stays until App replaces the page and draws its own map.
import { drawFirstMap, makeCanvasesAhead, takeFirstPicture } from '../map';

/** Makes the first Leaflet map over the first picture, then its panes' canvases, each in a task of its own. */
export function takeOverPicture(): void {
  const picture = takeFirstPicture();
  if (!picture) return;
  try {
    drawFirstMap(picture);
  } catch (error) {
    console.warn('The first map could not be drawn before the app:', error);
    return;
  }
  makeCanvasesAhead();
}
