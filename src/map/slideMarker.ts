// A marker carried to a new place by a 2D transform from where Leaflet last laid it out, with its tooltip by as
// many pixels: what moves on every pointer move of a drag. Leaflet places a marker with `left`/`top` and a
// z-index from its height on the map (the app turns its 3D transforms off: a compositing layer per marker), so
// each move was a layout of the page and a new stacking order of its pane; a `translate` is neither, and makes
// no layer of its own. `settleMarker` hands the marker back to Leaflet's placing.
import { DomUtil, type LatLng, type LatLngExpression, latLng, type Marker, type Point, point } from 'leaflet';

interface MarkerInternals {
  _latlng: LatLng;
  _icon?: HTMLElement;
  _map?: { latLngToLayerPoint(at: LatLng): Point } | null;
}

interface TooltipInternals {
  _latlng?: LatLng;
  _container?: HTMLElement;
}

/** Where Leaflet laid `el` out (its `left`/`top`), read from its style: no layout. */
function laidAt(el: HTMLElement): Point {
  return point(Number.parseFloat(el.style.left) || 0, Number.parseFloat(el.style.top) || 0);
}

/** Shows `el` at `at` (layer pixels) by a translate from where it is laid out; Leaflet reads `at` back. */
function showAt(el: HTMLElement, at: Point): void {
  const by = at.subtract(laidAt(el));
  el.style.transform = by.x === 0 && by.y === 0 ? '' : `translate(${by.x}px, ${by.y}px)`;
  // where DomUtil.getPosition reads a placed element's position
  (el as HTMLElement & { _leaflet_pos?: Point })._leaflet_pos = at;
}

/**
 * Moves `marker` to `at` by a transform (no layout, its z-index kept), and its tooltip by as many pixels, where
 * Marker.setLatLng would lay both out again (the tooltip reading its size). The marker must be on a map.
 *
 * @example
 * slideMarker(marker, [50, 36]); // each move of a drag
 * settleMarker(marker); // on the drop
 */
export function slideMarker(marker: Marker, to: LatLngExpression): void {
  const internals = marker as unknown as MarkerInternals;
  const at = latLng(to);
  internals._latlng = at;
  const icon = internals._icon;
  const map = internals._map;
  if (!icon || !map) return;
  const before = DomUtil.getPosition(icon);
  // rounded as Marker._setPos rounds it
  const shown = map.latLngToLayerPoint(at).round();
  showAt(icon, shown);
  const tooltip = marker.getTooltip() as unknown as TooltipInternals | undefined;
  if (!tooltip?._container) return;
  // carried by the pixels the marker moved, from wherever it shows (Leaflet may have laid it out since)
  tooltip._latlng = at;
  showAt(tooltip._container, DomUtil.getPosition(tooltip._container).add(shown.subtract(before)));
}

/** Takes away what slideMarker did and has Leaflet lay the marker and its tooltip out where it is now. */
export function settleMarker(marker: Marker): void {
  const internals = marker as unknown as MarkerInternals;
  if (internals._icon) internals._icon.style.transform = '';
  const tooltip = marker.getTooltip() as unknown as TooltipInternals | undefined;
  if (tooltip?._container) tooltip._container.style.transform = '';
  marker.setLatLng(marker.getLatLng());
}
