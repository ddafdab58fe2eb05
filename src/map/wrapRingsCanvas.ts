// The rings pane's canvas renderer, made to paint as the rings need, its wrappings in the one order that works:
// each goes over the ones before it, so its _redraw runs first and hands the redraw to them.
import type { Canvas } from 'leaflet';
import { drawAddedOnTop } from './drawAddedOnTop';
import { hideEmptyCanvas } from './hideEmptyCanvas';
import { keepRingsStacked } from './keepRingsStacked';
import { slicePainting } from './slicedPainting';

/**
 * From now on, the rings canvas paints a heavy redraw in slices, keeps its paths stacked, draws a new launch
 * point's rings over its picture and is transparent while it has no path; once is enough.
 *
 * @example
 * const main = paneCanvas(map, 'rings');
 * if (main) wrapRingsCanvas(main);
 */
export function wrapRingsCanvas(renderer: Canvas): void {
  // innermost: the redraw itself, at once or in slices, of the paths in the list's order
  slicePainting(renderer);
  // a ticked system's rings go among the others, as on a map opened with it, not on top (nor a dropped point's):
  // the list is put in stack order before the redraw goes through it
  keepRingsStacked(renderer);
  // outermost: a new launch point's rings, on top of the others, are drawn over them, the others not drawn
  // again; it needs the list in stack order and no slices under way, and else hands the redraw on
  drawAddedOnTop(renderer);
  // apart from the redraw: the canvas is transparent while it has no path to draw
  hideEmptyCanvas(renderer);
}
