// OpenStreetMap's standard tiles, fetched only when the user picked the online basemap. When they cannot be
// reached, the tiles are hidden, the owner is told to draw the offline map, and a notice says so, until a tile loads.
import type { TileLayer } from 'leaflet';
import { useEffect, useRef, useState } from 'react';
import { useMap } from 'react-leaflet';
import { PANES } from './panes';
import { scaledTileLayer } from './scaledTileLayer';

const OSM_URL = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
const OSM_ATTRIBUTION = '© <a href="https://www.openstreetmap.org/copyright">OpenStreetMap contributors</a>';
export const UNREACHABLE_NOTICE = 'The online basemap could not be reached; showing the offline map instead.';
/** One failed tile can be a server hiccup; three in a row with none loading between is no connection. */
const ERRORS_BEFORE_FALLBACK = 3;

interface Props {
  onNotice?: ((message: string | null) => void) | undefined;
  /** True while the tiles cannot be reached (the owner then draws the offline map), false once they can. */
  onUnreachable: (unreachable: boolean) => void;
}

export function OnlineTiles({ onNotice, onUnreachable }: Props) {
  const map = useMap();
  const [unreachable, setUnreachable] = useState(() => navigator.onLine === false);
  const layerRef = useRef<TileLayer | null>(null);
  const attributionHidden = useRef(false);
  const report = useRef({ onNotice, onUnreachable });
  report.current = { onNotice, onUnreachable };

  useEffect(
    function fetchTiles() {
      const layer = scaledTileLayer(OSM_URL, {
        pane: PANES.basemap.name,
        attribution: OSM_ATTRIBUTION,
        // OSM sends CORS headers: anonymous requests keep the canvas readable for the PNG export.
        crossOrigin: 'anonymous',
        maxZoom: 19,
      });
      let errorsInARow = 0;
      const onTileError = () => {
        errorsInARow += 1;
        if (errorsInARow >= ERRORS_BEFORE_FALLBACK) setUnreachable(true);
      };
      const onTileLoad = () => {
        errorsInARow = 0;
        setUnreachable(false);
      };
      const onOffline = () => setUnreachable(true);
      // Leaflet never retries a failed tile by itself; with the connection back, ask for them all again.
      const onOnline = () => layer.redraw();
      layer.on({ tileerror: onTileError, tileload: onTileLoad }).addTo(map);
      window.addEventListener('offline', onOffline);
      window.addEventListener('online', onOnline);
      layerRef.current = layer;
      attributionHidden.current = false;
      return () => {
        window.removeEventListener('offline', onOffline);
        window.removeEventListener('online', onOnline);
        // removed before its listeners are cleared: Leaflet unsubscribes the layer from the map's events in a
        // 'remove' listener of the layer's own, which off() would drop, leaving it to answer the map's next zoom
        layer.remove();
        layer.off();
        layerRef.current = null;
      };
    },
    [map],
  );

  useEffect(
    function hideTilesWhileUnreachable() {
      const layer = layerRef.current;
      if (!layer) return;
      // Hidden, not removed: the layer keeps requesting tiles as the map moves, and the first one that loads
      // brings the online map back. Its credit goes while nothing of OpenStreetMap's is shown.
      layer.setOpacity(unreachable ? 0 : 1);
      if (unreachable !== attributionHidden.current) {
        if (unreachable) map.attributionControl?.removeAttribution(OSM_ATTRIBUTION);
        else map.attributionControl?.addAttribution(OSM_ATTRIBUTION);
        attributionHidden.current = unreachable;
      }
    },
    [map, unreachable],
  );

  useEffect(
    function reportUnreachable() {
      if (!unreachable) return;
      report.current.onNotice?.(UNREACHABLE_NOTICE);
      report.current.onUnreachable(true);
      return () => {
        report.current.onNotice?.(null);
        report.current.onUnreachable(false);
      };
    },
    [unreachable],
  );

  return null;
}
