// The options of the app's map, the same whether the map is made before React mounts (firstMap) or by
// react-leaflet's MapContainer.
import type { MapOptions } from 'leaflet';

export const MAP_OPTIONS = {
  minZoom: 1,
  maxZoom: 12,
  preferCanvas: true,
  worldCopyJump: false,
  // every size change, the window's among them, is followed by ViewSync's ResizeObserver
  trackResize: false,
  attributionControl: true,
} satisfies MapOptions;
