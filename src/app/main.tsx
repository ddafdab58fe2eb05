// Entry point: draws the first map and its rings (firstRings), then mounts the app around it once that frame
// is painted; where there is no first map (or drawing it failed), the app mounts at once and draws the map.
import './leafletFlags';
import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { drawFirstRings } from './firstRings';
import { PanelBoundary } from './PanelBoundary';
import './app.css';

/** How long the app waits for the first map's frame at most (a hidden tab paints none). */
const MOUNT_WAIT_MS = 250;

function mountApp(root: HTMLElement, inSlices: boolean) {
  const app = createRoot(root);
  const render = () =>
    app.render(
      <StrictMode>
        {/* the last resort: whatever fails, the page shows what happened and keeps the scenario's link */}
        <PanelBoundary name="The page">
          <App />
        </PanelBoundary>
      </StrictMode>,
    );
  // Behind a map already painted, the app is rendered in slices (a transition), so the page keeps answering
  // and no long task follows the first paint; with nothing painted yet, at once.
  if (inSlices) startTransition(render);
  else render();
}

/** Runs `then` once, just after the next frame is painted (or after `waitMs`, if no frame comes). */
function afterNextFrame(then: () => void, waitMs: number) {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    then();
  };
  requestAnimationFrame(() => {
    // a message is handled after the frame's rendering, unlike a callback of the frame itself
    const channel = new MessageChannel();
    channel.port1.onmessage = once;
    channel.port2.postMessage(null);
  });
  setTimeout(once, waitMs);
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
  if (drawn) afterNextFrame(() => mountApp(root, true), MOUNT_WAIT_MS);
  else mountApp(root, false);
}
