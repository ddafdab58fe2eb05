// The page of the first view's test: Leaflet (with the app's flags) and its first view, and the first picture's
// view computed without Leaflet, bundled for a blank page in a real Chromium and handed to it on
// `window.firstViewPage`.
import '../../src/app/leafletFlags';
import { Map as LeafletMap } from 'leaflet';
import { firstCenterZoom } from '../../src/map/firstCenterZoom';
import { firstView } from '../../src/map/firstView';
import { MAP_OPTIONS } from '../../src/map/mapOptions';
import { toWorldPixel, viewPixelOrigin } from '../../src/map/webMercatorPixels';
import { copiesNeeded } from '../../src/map/worldCopies';

export const firstViewPage = {
  LeafletMap,
  MAP_OPTIONS,
  firstView,
  firstCenterZoom,
  toWorldPixel,
  viewPixelOrigin,
  copiesNeeded,
};

(window as unknown as { firstViewPage: typeof firstViewPage }).firstViewPage = firstViewPage;
