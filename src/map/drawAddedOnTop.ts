// A canvas renderer that, when all it was asked to draw since it last drew is paths added on top of its stack
// (a new launch point's rings: the last in the stack, see keepRingsStacked), draws those paths over the picture
// it shows, as Leaflet's Canvas would have drawn them last after clearing their box and drawing again every path
// under them: the same pixels, with the browser rasterising only the new paths. Anything else (a path removed,
// restyled, reshaped or put among the others, a new view) is drawn as before. Relies on Leaflet 1.9's Canvas
// renderer internals (Canvas.js), as keepRingsStacked and slicedPainting do; wrapRingsCanvas applies it.
import type { Canvas } from 'leaflet';
import { inStackOrder } from './keepRingsStacked';
import type { PathLayer } from './paintCost';
import { paintsAtOnce } from './slicedPainting';
import { wrapRenderer } from './wrapRenderer';

interface Layer extends PathLayer {
  _order?: Order;
}

interface Order {
  layer: Layer;
  next: Order | null;
}

interface Internals {
  _map: unknown;
  _ctx: CanvasRenderingContext2D;
  _drawFirst: Order | null;
  _redrawBounds: unknown;
  _redrawRequest: number | null;
  _drawing: boolean;
  _redraw(): void;
  _addPath(layer: Layer): void;
  _removePath(layer: Layer): void;
  _requestRedraw(layer: Layer): void;
  _updatePaths(): void;
}

type Wrapped = '_redraw' | '_addPath' | '_removePath' | '_requestRedraw' | '_updatePaths';
const WRAPPED: readonly Wrapped[] = ['_redraw', '_addPath', '_removePath', '_requestRedraw', '_updatePaths'];

/**
 * From now on, `renderer` draws paths added on top of its stack over its picture when nothing else changed;
 * once is enough. wrapRingsCanvas wraps it over keepRingsStacked and slicePainting.
 *
 * @example
 * drawAddedOnTop(renderer);
 */
export function drawAddedOnTop(renderer: Canvas): void {
  const wrapping = wrapRenderer<Internals, Wrapped>(renderer, 'drawAddedOnTop', WRAPPED);
  if (!wrapping) return;
  const { r, original } = wrapping;
  const {
    _redraw: redraw,
    _addPath: addPath,
    _removePath: removePath,
    _requestRedraw: requestRedraw,
  } = original;
  const { _updatePaths: updatePaths } = original;
  /** Every path a drawing was asked for since the last one, and those of them added. */
  const asked = new Set<Layer>();
  const added = new Set<Layer>();
  // Whether the canvas shows every path drawn before, and only those: not when a drawing was asked for before
  // now (not known path by path), a path was taken away (its pixels are still there: a path taken away and
  // added again would be drawn twice) or all of the canvas is to be drawn again (a new view, a new size).
  let known = r._redrawRequest === null || r._redrawRequest === undefined;

  r._addPath = function addPathNoted(this: Internals, layer: Layer) {
    added.add(layer);
    addPath.call(this, layer);
  };
  r._removePath = function removePathNoted(this: Internals, layer: Layer) {
    known = false;
    removePath.call(this, layer);
  };
  r._updatePaths = function updatePathsNoted(this: Internals) {
    known = false;
    updatePaths.call(this);
  };
  // Leaflet's Renderer listens to its own 'update' (a new view or size, which clears the canvas) with the
  // _updatePaths it had when added to the map
  renderer.on('update', () => {
    known = false;
  });
  r._requestRedraw = function requestRedrawNoted(this: Internals, layer: Layer) {
    asked.add(layer);
    requestRedraw.call(this, layer);
  };
  r._redraw = function redrawAddedOnTop(this: Internals) {
    const onTop = known && this._redrawBounds ? addedOnTop(this, asked, added) : null;
    asked.clear();
    added.clear();
    known = true;
    if (!onTop || !paintsAtOnce(renderer, onTop)) {
      redraw.call(this);
      return;
    }
    this._redrawRequest = null;
    this._redrawBounds = null;
    this._ctx.save();
    this._drawing = true;
    for (const layer of onTop) layer._updatePath();
    this._drawing = false;
    this._ctx.restore();
  };
}

/**
 * The paths asked for, in drawing order, when all of them were added, are still drawn, and are the last paths of
 * a list in stack order; else null.
 */
function addedOnTop(r: Internals, asked: Set<Layer>, added: Set<Layer>): Layer[] | null {
  if (asked.size === 0 || !r._map) return null;
  for (const layer of asked) if (!added.has(layer) || !layer._map || !layer._order) return null;
  if (!inStackOrder(r as unknown as Canvas)) return null;
  const tail: Layer[] = [];
  let inTail = false;
  for (let order = r._drawFirst; order; order = order.next) {
    const isAsked = asked.has(order.layer);
    if (inTail && !isAsked) return null; // a path that stays is drawn over one added
    inTail ||= isAsked;
    if (isAsked) tail.push(order.layer);
  }
  return tail;
}
