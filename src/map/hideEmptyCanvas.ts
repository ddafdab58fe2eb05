// A canvas renderer with no paths is made transparent (opacity 0): a canvas on the page has the compositor update
// its layer at every frame, whether or not anything was drawn on it (measured in Chromium: about 0.2 ms a frame
// for each of the map's canvases on a quiet machine, up to 0.5 ms on a busy one), and a transparent one costs
// none. It stays where it is, laid out and taking the pointer as before (nothing on it to hover or click).
// The rings canvas is empty while the map's only launch point is dragged (its rings are drawn by an SVG renderer
// of their own), while no system is ticked, and on a map with no launch point. Relies on Leaflet 1.9's Canvas
// renderer internals (Canvas.js: `_initPath` links a path into the list it draws, `_removePath` takes it out),
// as keepRingsStacked does; wrapRingsCanvas applies it.
import type { Canvas } from 'leaflet';
import { wrapRenderer } from './wrapRenderer';

interface Internals {
  _container?: HTMLElement;
  _drawFirst: unknown;
  _initPath(layer: unknown): void;
  _removePath(layer: unknown): void;
}

type Wrapped = '_initPath' | '_removePath';
const WRAPPED: readonly Wrapped[] = ['_initPath', '_removePath'];

/**
 * From now on, `renderer`'s canvas is shown while it has a path to draw and transparent while it has none; once
 * is enough. The last path taken out hides it in the same task, before Leaflet's redraw would have cleared it.
 *
 * @example
 * hideEmptyCanvas(paneCanvas(map, 'rings')); // its last path removed: the canvas is transparent
 */
export function hideEmptyCanvas(renderer: Canvas): void {
  const wrapping = wrapRenderer<Internals, Wrapped>(renderer, 'hideEmptyCanvas', WRAPPED);
  if (!wrapping) return;
  const { r, original } = wrapping;
  r._initPath = function initPathShown(this: Internals, layer: unknown) {
    original._initPath.call(this, layer);
    showIfDrawn(this);
  };
  r._removePath = function removePathShown(this: Internals, layer: unknown) {
    original._removePath.call(this, layer);
    showIfDrawn(this);
  };
  showIfDrawn(r);
}

/** Whether `renderer` has a path to draw (Leaflet's list of them is not empty). */
export function canvasHasPaths(renderer: Canvas): boolean {
  return (renderer as unknown as Internals)._drawFirst != null;
}

function showIfDrawn(r: Internals): void {
  const style = r._container?.style;
  if (!style) return;
  const opacity = r._drawFirst ? '' : '0';
  if (style.opacity !== opacity) style.opacity = opacity;
}
