// A marker carried to a new place by a 2D transform from where Leaflet last laid it out, with its tooltip by as
// many pixels: what moves on every pointer move of a drag. Leaflet places a marker with `left`/`top` and a
// z-index from its height on the map (the app turns its 3D transforms off: a compositing layer per marker), so
// each move was a layout of the page and a new stacking order of its pane; a `translate` is neither, and makes
// no layer of its own. `settleMarker` hands the marker back to Leaflet's placing.
import { type LatLng, type LatLngExpression, latLng, type Marker, type Point, point } from 'leaflet';

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

function slide(el: HTMLElement, by: Point): void {
  el.style.transform = by.x === 0 && by.y === 0 ? '' : `translate(${by.x}px, ${by.y}px)`;
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
  // rounded as Marker._setPos rounds it
  const shown = map.latLngToLayerPoint(at).round();
  const by = shown.subtract(laidAt(icon));
  slide(icon, by);
  // Leaflet reads a placed element's position from here (DomUtil.getPosition)
  (icon as HTMLElement & { _leaflet_pos?: Point })._leaflet_pos = shown;
  const tooltip = marker.getTooltip() as unknown as TooltipInternals | undefined;
  if (!tooltip?._container) return;
  // laid out with the marker, so carried by the same pixels
  tooltip._latlng = at;
  slide(tooltip._container, by);
}

/** Takes away what slideMarker did and has Leaflet lay the marker and its tooltip out where it is now. */
export function settleMarker(marker: Marker): void {
  const internals = marker as unknown as MarkerInternals;
  if (internals._icon) internals._icon.style.transform = '';
  const tooltip = marker.getTooltip() as unknown as TooltipInternals | undefined;
  if (tooltip?._container) tooltip._container.style.transform = '';
  marker.setLatLng(marker.getLatLng());
}
