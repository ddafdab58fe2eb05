// Entry point: mounts the app.
import './leafletFlags';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { PanelBoundary } from './PanelBoundary';
import './app.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      {/* the last resort: whatever fails, the page shows what happened and keeps the scenario's link */}
      <PanelBoundary name="The page">
        <App />
      </PanelBoundary>
    </StrictMode>,
  );
}
