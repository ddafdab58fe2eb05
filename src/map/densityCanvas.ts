// A canvas renderer drawn at a chosen pixel density, so an exported map's line work is drawn at the image's own
// resolution rather than enlarged from the screen. Leaflet's Canvas sizes its canvas at 2× on any screen above 1×
// and 1× otherwise (Canvas.js `_update`); this one takes the density from its options and can change it later.
import { Canvas, DomUtil, type Map as LeafletMap, Renderer, type RendererOptions } from 'leaflet';

interface DensityOptions extends RendererOptions {
  /** Canvas pixels per CSS pixel. */
  pixelRatio: number;
  /** Leaflet's padding while drawn at the screen's density (1×). */
  screenPadding?: number;
}

/** Leaflet internals this renderer reads; names as in Leaflet 1.9's Renderer.js and Canvas.js. */
interface CanvasInternals {
  options: DensityOptions;
  _map: (LeafletMap & { _animatingZoom?: boolean }) | null;
  _bounds?: { min: { x: number; y: number }; getSize(): { x: number; y: number } };
  _container: HTMLCanvasElement;
  _ctx: CanvasRenderingContext2D;
  _redraw(): void;
  _redrawBounds: unknown;
  _postponeUpdatePaths?: boolean;
  _layers: Record<string, { _project(): void }>;
  _center: unknown;
  _zoom: number;
  _update(): void;
  _updateTransform(center: unknown, zoom: number): void;
  _updatePaths(): void;
  _onMoveEnd(): void;
  fire(type: string): void;
}

// Leaflet's typings give extended classes no constructor arguments; the options pass to Canvas's initialize.
const DensityCanvas = Canvas.extend({
  _update(this: CanvasInternals) {
    if (this._map?._animatingZoom && this._bounds) return;
    (Renderer.prototype as unknown as { _update(): void })._update.call(this);
    const bounds = this._bounds;
    if (!bounds) return;
    const size = bounds.getSize();
    const ratio = this.options.pixelRatio;
    const container = this._container;
    DomUtil.setPosition(container, bounds.min as never);
    // setting the size clears the canvas and its transform
    container.width = Math.round(ratio * size.x);
    container.height = Math.round(ratio * size.y);
    container.style.width = `${size.x}px`;
    container.style.height = `${size.y}px`;
    this._ctx.scale(ratio, ratio);
    this._ctx.translate(-bounds.min.x, -bounds.min.y);
    this.fire('update');
  },

  getEvents(this: CanvasInternals) {
    const canvas = Canvas.prototype as unknown as { getEvents(): Record<string, unknown> };
    const events = canvas.getEvents.call(this);
    return { ...events, moveend: this._onMoveEnd };
  },

  /** Sizes and clears the canvases after a move, but not in a reset: its viewreset does that again at once. */
  _onMoveEnd(this: CanvasInternals) {
    if (!this._postponeUpdatePaths) this._update();
  },

  // A view reset (every setView without animation, as a frame is fitted) fires viewprereset, zoomend, moveend and
  // viewreset in that order. Leaflet's Canvas projects every path at zoomend and again at viewreset, and clips
  // each path in the viewreset twice (in the path's own reset, then for the whole renderer): on a 1:50m basemap
  // each is tens of milliseconds. Here a reset projects and clips each path once; the result is the same.
  _onZoomEnd(this: CanvasInternals) {
    if (this._postponeUpdatePaths) return; // the viewreset that follows projects every path
    for (const layer of Object.values(this._layers)) layer._project();
  },

  _reset(this: CanvasInternals) {
    if (!this._postponeUpdatePaths) {
      (Canvas.prototype as unknown as { _reset(): void })._reset.call(this);
      return;
    }
    this._update();
    this._updateTransform(this._center, this._zoom);
    for (const layer of Object.values(this._layers)) layer._project();
    this._postponeUpdatePaths = false;
    this._updatePaths(); // clips every path and redraws
  },
});

/** The map's pane renderers and its default one, as Leaflet keeps them (Map `_paneRenderers`, `_renderer`). */
function renderersOf(map: LeafletMap): CanvasInternals[] {
  const internals = map as unknown as { _paneRenderers?: Record<string, unknown>; _renderer?: unknown };
  return [...Object.values(internals._paneRenderers ?? {}), internals._renderer].filter(
    (r): r is CanvasInternals => r instanceof DensityCanvas,
  );
}

/**
 * Makes every canvas renderer the map creates from now on a density canvas at `pixelRatio`. Call it before any
 * vector layer is added (Leaflet creates a pane's renderer when its first path is added, in `_createRenderer`).
 *
 * @example
 * adoptDensityCanvas(map, 1); // then setMapPixelRatio(map, 3) before a capture
 */
export function adoptDensityCanvas(map: LeafletMap, pixelRatio: number): void {
  const internals = map as unknown as { _createRenderer(options?: RendererOptions): unknown };
  internals._createRenderer = (options?: RendererOptions) =>
    new (DensityCanvas as unknown as new (options: DensityOptions) => unknown)({ ...options, pixelRatio });
}

/**
 * Redraws the map's density canvases at `pixelRatio`, at once.
 *
 * @example
 * setMapPixelRatio(map, 3); // a 2 px ring is now 6 canvas pixels wide
 */
export function setMapPixelRatio(map: LeafletMap, pixelRatio: number): void {
  for (const renderer of renderersOf(map)) {
    if (renderer.options.pixelRatio === pixelRatio) continue;
    renderer.options.pixelRatio = pixelRatio;
    // Above 1× the canvas is drawn for a capture of the view: no margin beyond it (Leaflet draws 10 % more on
    // every side for panning), which would be drawn and copied for nothing.
    renderer.options.screenPadding ??= renderer.options.padding ?? 0.1;
    renderer.options.padding = pixelRatio === 1 ? renderer.options.screenPadding : 0;
    // a pane's renderer stays known to the map after its last layer went; it takes the density when added again
    if (!renderer._map) continue;
    (renderer as unknown as { _update(): void })._update();
    renderer._redrawBounds = null; // a pending partial redraw would leave the rest blank
    renderer._redraw();
  }
}
