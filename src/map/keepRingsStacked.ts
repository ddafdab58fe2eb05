// Keeps the rings canvas's paths stacked as a map opened with the same rings stacks them (largest ring first,
// launch point by launch point) while the layers stay and only some are added: a ticked system's rings, or a
// dropped launch point's, back from a renderer of their own. Leaflet's Canvas draws its paths in the order they
// were added (Canvas.js `_initPath`); each ring path carries its place in the stack (RingShape's `stack`), and
// the renderer's list is re-linked in that order before it draws. Relies on Leaflet 1.9's Canvas renderer
// internals, as slicedPainting does; wrapRingsCanvas applies it.
import type { Canvas } from 'leaflet';
import { wrapRenderer } from './wrapRenderer';

interface Order {
  layer: { stack?: number };
  prev: Order | null;
  next: Order | null;
}

interface Internals {
  _drawFirst: Order | null;
  _drawLast: Order | null;
  _redrawBounds: unknown;
  _redraw(): void;
}

/**
 * From now on, `renderer` puts its paths in the order of their `stack` (paths without one first, as they were)
 * whenever it draws, and draws all of its canvas when one moved; once is enough. Each draw checks the order in
 * one pass over the paths: a layer added (or made again) anywhere, at any time, is drawn in its place.
 *
 * @example
 * keepRingsStacked(paneCanvas(map, 'rings'));
 */
export function keepRingsStacked(renderer: Canvas): void {
  const wrapping = wrapRenderer<Internals, '_redraw'>(renderer, 'keepRingsStacked', ['_redraw']);
  if (!wrapping) return;
  const { r, original } = wrapping;
  const redraw = original._redraw;
  r._redraw = function redrawStacked(this: Internals) {
    // paths that overlap may now stack otherwise anywhere on the canvas: all of it is drawn again
    if (restack(this)) this._redrawBounds = null;
    redraw.call(this);
  };
}

/** Whether the renderer's paths are in the order of their stack (paths without one first). */
export function inStackOrder(renderer: Canvas): boolean {
  let last = Number.NEGATIVE_INFINITY;
  for (let order = (renderer as unknown as Internals)._drawFirst; order; order = order.next) {
    const stack = order.layer.stack ?? Number.NEGATIVE_INFINITY;
    if (stack < last) return false;
    last = stack;
  }
  return true;
}

/** Re-links the renderer's list of paths in the order of their stack; true when it was out of order. */
function restack(r: Internals): boolean {
  const orders: Order[] = [];
  let sorted = true;
  let last = Number.NEGATIVE_INFINITY;
  for (let order = r._drawFirst; order; order = order.next) {
    orders.push(order);
    const stack = order.layer.stack;
    if (stack === undefined) continue;
    if (stack < last) sorted = false;
    last = stack;
  }
  if (sorted) return false;
  const plain = orders.filter((o) => o.layer.stack === undefined);
  const stacked = orders.filter((o) => o.layer.stack !== undefined);
  stacked.sort((a, b) => (a.layer.stack as number) - (b.layer.stack as number));
  const all = [...plain, ...stacked];
  all.forEach((order, i) => {
    order.prev = all[i - 1] ?? null;
    order.next = all[i + 1] ?? null;
  });
  r._drawFirst = all[0] ?? null;
  r._drawLast = all[all.length - 1] ?? null;
  return true;
}
