// A launch point's name is a Leaflet tooltip beside its marker. Leaflet's Tooltip reads its own size
// (offsetWidth, offsetHeight) each time it is placed, to put it beside the marker: a forced layout of the whole
// page when a point is added, when its name changes, and for every name at each zoom. Placed here without
// reading it: the part of the shift that depends on the name's size is CSS (`translate` by a share of its own
// size, per side, on `.site-label`, src/app/app.css), the rest is Leaflet's own arithmetic.
import { DomUtil, type Map as LeafletMap, type Point, point, type Tooltip } from 'leaflet';

interface TooltipInternals {
  _map?: LeafletMap;
  _container?: HTMLElement;
  _getAnchor(): Point;
  _setPosition(pos: Point): void;
}

const SIDES = ['right', 'left', 'top', 'bottom', 'center'] as const;

/**
 * Makes `tooltip` place itself without reading its size (before it is bound; a null is let be).
 *
 * @example
 * placeNameUnmeasured(tooltip);
 * marker.bindTooltip(tooltip);
 */
export function placeNameUnmeasured(tooltip: Tooltip | null): void {
  if (!tooltip) return;
  const internals = tooltip as unknown as TooltipInternals;
  internals._setPosition = (pos: Point) => {
    const container = internals._container;
    const map = internals._map;
    if (!container || !map) return;
    const offset = point(tooltip.options.offset ?? [0, 0]);
    const anchor = internals._getAnchor();
    let side = tooltip.options.direction ?? 'auto';
    let mirrored = 0;
    if (side === 'auto') {
      const left = map.layerPointToContainerPoint(pos).x >= map.latLngToContainerPoint(map.getCenter()).x;
      side = left ? 'left' : 'right';
      // Leaflet mirrors the offset to the left side
      if (left) mirrored = (offset.x + anchor.x) * 2;
    }
    for (const s of SIDES) DomUtil.removeClass(container, `leaflet-tooltip-${s}`);
    DomUtil.addClass(container, `leaflet-tooltip-${side}`);
    DomUtil.setPosition(container, pos.add(offset).add(anchor).subtract(point(mirrored, 0)));
  };
}
