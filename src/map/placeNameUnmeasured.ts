// A launch point's name is a Leaflet tooltip to the right of its marker. Leaflet's Tooltip reads its own size
// (offsetWidth, offsetHeight) each time it is placed, to centre it on the marker: a forced layout of the whole
// page when a point is added, when its name changes, and for every name at each zoom. Placed here without
// reading it; `.site-label` centres itself with `translate: 0 -50%` (src/app/app.css), where Leaflet would
// have subtracted half the height it measured.
import { DomUtil, type Point, point, type Tooltip } from 'leaflet';

interface TooltipInternals {
  _container?: HTMLElement;
  _getAnchor(): Point;
  _setPosition(pos: Point): void;
}

/**
 * Makes `tooltip` (direction 'right') place itself without reading its size; a ref callback.
 *
 * @example
 * <Tooltip ref={placeNameUnmeasured} permanent direction="right" className="site-label">…</Tooltip>
 */
export function placeNameUnmeasured(tooltip: Tooltip | null): void {
  if (!tooltip) return;
  const internals = tooltip as unknown as TooltipInternals;
  internals._setPosition = (pos: Point) => {
    const container = internals._container;
    if (!container) return;
    DomUtil.addClass(container, 'leaflet-tooltip-right');
    const offset = point(tooltip.options.offset ?? [0, 0]);
    DomUtil.setPosition(container, pos.add(offset).add(internals._getAnchor()));
  };
}
