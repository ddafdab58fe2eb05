// The page of the pane-canvas test: Leaflet, the app's map options and panes, and makePaneCanvas, bundled for a
// blank page in a real Chromium and handed to it on `window.paneCanvasPage`.
import { Map as LeafletMap, Polygon } from 'leaflet';
import { makePaneCanvas } from '../../src/map/drawNow';
import { MAP_OPTIONS } from '../../src/map/mapOptions';
import { mapPane } from '../../src/map/panes';

export const paneCanvasPage = { LeafletMap, Polygon, makePaneCanvas, MAP_OPTIONS, mapPane };

(window as unknown as { paneCanvasPage: typeof paneCanvasPage }).paneCanvasPage = paneCanvasPage;
