// Leaflet's map over the map's first picture: this module, with Leaflet, is loaded once the picture is painted.
// Where the map cannot be made, the picture stays until App replaces the page and draws its own map.
import { drawFirstMap, makeCanvasesAhead, nextTask, takeFirstPicture } from '../map';

/**
 * Makes the first Leaflet map over the first picture in a task after the one that evaluated Leaflet (the two
 * together held the page past 50 ms), then its panes' canvases, each in a task of its own; resolves once the
 * map is made.
 */
export function takeOverPicture(): Promise<void> {
  return new Promise((done) =>
    nextTask(() => {
      const picture = takeFirstPicture();
      try {
        if (picture) {
          drawFirstMap(picture);
          makeCanvasesAhead();
        }
      } catch (error) {
        console.warn('The first map could not be drawn before the app:', error);
      }
      done();
    }),
  );
}
