// Leaflet's map over the map's first picture: this module, with Leaflet, is loaded once the picture is painted.
// Where the map cannot be made, the picture stays until App replaces the page and draws its own map.
import { drawFirstLayers, makeCanvasesAhead, makeFirstMap, nextTask, takeFirstPicture } from '../map';

/**
 * Makes the first Leaflet map over the first picture, then draws its layers and takes the picture away, each in
 * a task of its own after the one that evaluated Leaflet (together they held the page past 50 ms), then its
 * panes' canvases, one per task; resolves once the map has its layers (or could not be made).
 */
export function takeOverPicture(): Promise<void> {
  return new Promise((done) =>
    nextTask(() => {
      const picture = takeFirstPicture();
      if (!picture) return done();
      let map: ReturnType<typeof makeFirstMap>;
      try {
        map = makeFirstMap(picture);
      } catch (error) {
        console.warn('The first map could not be drawn before the app:', error);
        return done();
      }
      nextTask(() => {
        try {
          drawFirstLayers(map, picture);
          makeCanvasesAhead();
        } catch (error) {
          console.warn('The first map could not be drawn before the app:', error);
          map.remove();
        }
        done();
      });
    }),
  );
}
