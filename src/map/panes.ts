// Fixed z-order of the map's layers, so a re-mounted layer never covers the rings (a react-leaflet layer
// re-mounted with a new key otherwise jumps above earlier ones), and the one function that makes a pane, for the
// first drawing (firstMap) and for React's (MapPane) alike, without React.
import type { Map as LeafletMap } from 'leaflet';

export const PANES = {
  basemap: { name: 'basemap', zIndex: 250 },
  rings: { name: 'rings', zIndex: 420 },
  labels: { name: 'labels', zIndex: 450 },
  marks: { name: 'marks', zIndex: 610 },
  markers: { name: 'launchMarkers', zIndex: 620 },
} as const;

/** The map's pane of that name, made with that z-index (and pointer events, when given) if it is not there. */
export function mapPane(
  map: LeafletMap,
  name: string,
  zIndex: number,
  pointerEvents?: 'none' | 'auto',
): HTMLElement {
  const existing = map.getPane(name);
  if (existing) return existing;
  const pane = map.createPane(name);
  pane.style.zIndex = String(zIndex);
  if (pointerEvents) pane.style.pointerEvents = pointerEvents;
  return pane;
}
