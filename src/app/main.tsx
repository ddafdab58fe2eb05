// Entry point: draws the first picture of the map and its rings (firstRings), then, once its frame is painted,
// loads Leaflet, whose map takes the picture over (takeOverPicture), then the app's chunk, and mounts the app
// around that map; where there is no first picture (or drawing it failed), the app loads at once and draws the
// map itself.
import './leafletFlags';
// The page's style sheets come with the entry, so the page drawn before the app mounts (pageShell, the first
// map) is laid out by the very rules of App's page, none waiting for the app's chunk; in the order the cascade
// had when the entry imported the app itself (the later wins among equals).
import '../embed/embedDialog.css';
import '../embed/embed.css';
import '../export/pngExport.css';
import '../map/areas.css';
import '../map/basemap.css';
import '../map/marks.css';
import 'leaflet/dist/leaflet.css';
import './leafletFlags.css';
import './osmConsent.css';
import './app.css';
import '../map/adoptedMap.css';
import { drawFirstRings } from './firstRings';

/** How long the app waits for the first map's frame at most (a hidden tab paints none). */
const MOUNT_WAIT_MS = 250;

/** Resolves just after the next frame is painted (or after `waitMs`, if no frame comes). */
function nextFramePainted(waitMs: number): Promise<void> {
  return new Promise((painted) => {
    requestAnimationFrame(() => {
      // a message is handled after the frame's rendering, unlike a callback of the frame itself
      const channel = new MessageChannel();
      channel.port1.onmessage = () => painted();
      channel.port2.postMessage(null);
    });
    setTimeout(painted, waitMs);
  });
}

const root = document.getElementById('root');
if (root) {
  let drawn = false;
  try {
    drawn = drawFirstRings(root);
  } catch (error) {
    // the app draws the map itself, and reports what failed if it fails again
    console.warn('The first map could not be drawn before the app:', error);
  }
  const painted = drawn ? nextFramePainted(MOUNT_WAIT_MS) : Promise.resolve();
  // Asked for once the first frame is painted: fetched, compiled and evaluated while the first picture was
  // drawn, Leaflet, React and the app took the machine's cores from it (on 2 cores its rings were painted 9–14 ms
  // later). Leaflet's map, React and the app are evaluated in tasks of their own, not one long one.
  void painted
    .then(() =>
      drawn ? import('./takeOverPicture').then(({ takeOverPicture }) => takeOverPicture()) : undefined,
    )
    .then(() => import('react-dom/client'))
    .then(() => import('./mountApp'))
    .then(({ mountApp }) => mountApp(root, drawn));
}
