// Waiting for the map to show the offline basemap after a switch from online tiles, which an image cannot take.

/** The next frame. */
export const nextFrame = () => new Promise<void>((done) => requestAnimationFrame(() => done()));
const OFFLINE_MAP_WAIT_MS = 5000;

/**
 * Resolves once the map shows the offline basemap: no online tile left and the countries drawn on the basemap
 * pane's canvas (they may still be loading), or after 5 s. Class names are Leaflet's and the app's pane name.
 */
export async function offlineMapDrawn(getMapContainer: () => HTMLElement | null | undefined): Promise<void> {
  const started = performance.now();
  while (performance.now() - started < OFFLINE_MAP_WAIT_MS) {
    await nextFrame();
    const map = getMapContainer();
    if (map && !map.querySelector('img.leaflet-tile') && map.querySelector('.leaflet-basemap-pane canvas'))
      break;
  }
  await nextFrame(); // and painted
}
