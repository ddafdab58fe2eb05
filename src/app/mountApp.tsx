// Mounts the app in the page's root; its own chunk, loaded once the first map is painted (see main.tsx).
import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { PanelBoundary } from './PanelBoundary';

/**
 * Renders the app into `root`. Behind a map already painted (`inSlices`), in slices (a transition), so the page
 * keeps answering and no long task follows the first paint; with nothing painted yet, at once.
 */
export function mountApp(root: HTMLElement, inSlices: boolean): void {
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
  if (inSlices) startTransition(render);
  else render();
}
