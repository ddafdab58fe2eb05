// Keeps the rings canvas's paths stacked as a map opened with the same rings stacks them (largest ring first,
// launch point by launch point) while the layers stay and only some are added: a ticked system's rings, or a
// dropped launch point's, back from a renderer of their own. Leaflet's Canvas draws its paths in the order they
// were added (Canvas.js `_initPath`); each ring path carries its place in the stack (RingShape's `stack`), and
// this re-links the renderer's list in that order. Relies on Leaflet 1.9's Canvas renderer internals, as
// slicedPainting does.
import { type Canvas, Util } from 'leaflet';

interface Order {
  layer: { stack?: number };
  prev: Order | null;
  next: Order | null;
}

interface Internals {
  _map: unknown;
  _drawFirst: Order | null;
  _drawLast: Order | null;
  _redrawBounds: unknown;
  _redrawRequest: number | null;
  _redraw(): void;
}

/**
 * Puts `renderer`'s paths in the order of their `stack` (paths without one first, as they were), and asks for
 * the whole canvas to be drawn again if any moved. True when they were out of order.
 *
 * @example
 * restackRings(paneCanvas(map, 'rings')); // then drawNow draws them in that order
 */
export function restackRings(renderer: Canvas): boolean {
  const r = renderer as unknown as Internals;
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
  // paths that overlap may now stack otherwise anywhere on the canvas: all of it is drawn again
  if (r._map) {
    r._redrawBounds = null;
    r._redrawRequest ??= Util.requestAnimFrame(r._redraw, r);
  }
  return true;
}
