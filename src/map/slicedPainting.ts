// Paints a canvas renderer's paths in slices when they are too many to paint in one task: the heaviest map's
// thousands of large, translucent rings took seconds of the browser's own rasterising at the end of a single
// task (CanvasRenderingContext2D::FinalizeFrame) on every redraw. Past a budget of pixels, the paths are drawn
// on a second canvas a slice per task, from the task after the one that asked for the redraw (each slice's
// pixels forced out within its task), and the picture is copied to the canvas on the page in one go when all
// are drawn; meanwhile the page keeps the picture it had, after a zoom rescaled to the new view (Leaflet clears
// the canvas when it sizes it anew). A light redraw (the default map, a dragged point) is painted at once, as
// Leaflet paints it.
// Relies on Leaflet 1.9's Canvas renderer internals (Canvas.js), as RingPath does; wrapRingsCanvas applies it.
import { Bounds, type Canvas, type Map as LeafletMap } from 'leaflet';
import { type MapStanding, mapStanding, sameStanding } from './mapStanding';
import { nextTask } from './nextTask';
import { type Box, learnPixelCost, type PathLayer, pixelsOf, slicePixels } from './paintCost';
import { ringsAllDrawn, ringsUnderWay } from './ringsSettled';
import { wrapRenderer } from './wrapRenderer';

interface Internals {
  _map: (LeafletMap & { _animatingZoom?: boolean }) | null;
  _container: HTMLCanvasElement;
  _ctx: CanvasRenderingContext2D;
  _bounds?: Box & { getSize(): { x: number; y: number } };
  _redrawBounds: Bounds | null;
  _redrawRequest: number | null;
  _drawFirst: { layer: PathLayer; next: Internals['_drawFirst'] } | null;
  _drawing: boolean;
  _redraw(): void;
  _update(): void;
  _clear(): void;
  _draw(): void;
  getEvents(): Record<string, unknown>;
}

/** The originals slicePainting calls: it replaces _update and getEvents, and _redraw without calling it. */
type Wrapped = '_update' | 'getEvents' | '_clear' | '_draw';
const WRAPPED: readonly Wrapped[] = ['_update', 'getEvents', '_clear', '_draw'];

interface View {
  min: { x: number; y: number };
  size: { x: number; y: number };
  origin: { x: number; y: number };
  scale: number;
}

/**
 * A slice stops handing paths to the canvas after this long, whatever their pixels: the garbage collector's
 * marking, done in steps as the paths allocate, once made one slice's drawing take 150 ms (its rasterising,
 * which the pixel budget is for, about 35 ms more). At least one path is drawn.
 */
const DRAWING_MS = 15;

/** Whether a renderer's slices are under way, by renderer (see paintsAtOnce). */
const underWay = new WeakMap<object, () => boolean>();

/**
 * From now on, `renderer` paints a heavy redraw in slices (see above); once is enough.
 *
 * @example
 * slicePainting(paneCanvas(map, 'rings'));
 */
export function slicePainting(renderer: Canvas): void {
  const wrapping = wrapRenderer<Internals, Wrapped>(renderer, 'slicePainting', WRAPPED);
  if (!wrapping) return;
  const { r, original } = wrapping;
  const { _clear: clear, _draw: draw, _update: update, getEvents: events } = original;
  let back: HTMLCanvasElement | null = null;
  let cancel: (() => void) | null = null;
  /** The region of the slices under way (null: all), so a redraw asked for meanwhile adds to it. */
  let under: { region: Bounds | null } | null = null;
  /** A heavy redraw is being started, in the task after the one that asked for it. */
  let startingNow = false;
  /**
   * The view the picture on the page stands for, whether it was painted in slices, and where the map stood
   * then (mapStanding).
   */
  let painted: { view: View; heavy: boolean; at: MapStanding } | null = null;
  underWay.set(renderer, () => under !== null);

  const viewNow = (): View | null => {
    const map = r._map;
    const b = r._bounds;
    if (!map || !b) return null;
    return {
      min: { x: b.min.x, y: b.min.y },
      size: b.getSize(),
      origin: map.getPixelOrigin(),
      scale: map.options.crs?.scale(map.getZoom()) ?? 256,
    };
  };

  r._update = function updateKeepingPicture(this: Internals) {
    if (this._map?._animatingZoom && this._bounds) return;
    const before = painted?.heavy ? painted.view : null;
    // Leaflet updates again at the moveend that follows a reset (a zoom click): the picture already stands
    // for this very view, and is kept as it is (not copied, cleared and rescaled again; its paths not updated)
    if (before && this._map && painted && sameStanding(painted.at, mapStanding(this._map))) return;
    let picture: HTMLCanvasElement | null = null;
    if (before && this._container.width > 0 && this._container.height > 0) {
      picture = document.createElement('canvas');
      picture.width = this._container.width;
      picture.height = this._container.height;
      picture.getContext('2d')?.drawImage(this._container, 0, 0);
    }
    update.call(this);
    const now = viewNow();
    if (!picture || !before || !now) return;
    // the picture as it was, rescaled to the new view: world pixels scale with the zoom
    const k = now.scale / before.scale;
    const x = (before.min.x + before.origin.x) * k - now.origin.x;
    const y = (before.min.y + before.origin.y) * k - now.origin.y;
    this._ctx.drawImage(picture, x, y, before.size.x * k, before.size.y * k);
    if (this._map) painted = { view: now, heavy: true, at: mapStanding(this._map) };
  };

  // Leaflet's Canvas listens to moveend with its own _update, taken when it is added to a map
  r.getEvents = function eventsWithOwnUpdate(this: Internals) {
    const all = events.call(this);
    if (all.moveend === update) all.moveend = this._update;
    return all;
  };
  if (r._map?.listens('moveend', update, r)) {
    r._map.off('moveend', update, r);
    r._map.on('moveend', r._update, r);
  }

  r._redraw = function redrawInSlices(this: Internals) {
    this._redrawRequest = null;
    const map = this._map;
    if (!map) return;
    const asked = this._redrawBounds;
    if (asked?.min && asked.max) {
      asked.min = asked.min.floor();
      asked.max = asked.max.ceil();
    }
    const region = under ? union(under.region, this._redrawBounds) : this._redrawBounds;
    cancel?.();
    cancel = null;
    const view = viewNow();
    const at = mapStanding(map);
    const layers: PathLayer[] = [];
    // canvas pixels per CSS pixel, squared: an export's map drawn at twice the density paints four times the pixels
    const density = (this._container.width / Math.max(1, view?.size.x ?? this._container.width)) ** 2;
    let pixels = 0;
    for (let order = this._drawFirst; order; order = order.next) {
      const layer = order.layer;
      if (region?.min && region.max && !(layer._pxBounds && intersects(layer._pxBounds, region as Box)))
        continue;
      layers.push(layer);
      pixels += density * pixelsOf(layer, this._bounds);
    }
    if (pixels <= 2 * slicePixels() || !view) {
      under = null;
      this._redrawBounds = region;
      clear.call(this);
      draw.call(this);
      this._redrawBounds = null;
      painted = view ? { view, heavy: false, at } : null;
      ringsAllDrawn(map, 'painting');
      return;
    }
    this._redrawBounds = null;
    under = { region };
    if (!startingNow) {
      // the first slice too in a task of its own: the task that asked for the redraw (a click's render and
      // effects, a zoom) is long enough already, and the page keeps its picture meanwhile; the redraw is
      // taken up there as it stands then (the view, the paths), with the region asked for since
      ringsUnderWay(map, 0, 'painting');
      cancel = nextTask(() => {
        under = null;
        this._redrawBounds = region;
        startingNow = true;
        try {
          this._redraw();
        } finally {
          startingNow = false;
        }
      });
      return;
    }
    const front = this._container;
    back ??= document.createElement('canvas');
    back.width = front.width;
    back.height = front.height;
    // read back at the end of every slice (below): a canvas made for reading keeps its pixels where they are
    // read, and the browser does not warn of its many reads
    const ctx = back.getContext('2d', { willReadFrequently: true });
    if (!ctx) return;
    ctx.setTransform(this._ctx.getTransform());
    ctx.save();
    // what is outside the region stays as it is on the page; the region is cleared and drawn anew
    if (region?.min && region.max) {
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.drawImage(front, 0, 0);
      ctx.setTransform(this._ctx.getTransform());
      const { x, y } = { x: region.max.x - region.min.x, y: region.max.y - region.min.y };
      ctx.clearRect(region.min.x, region.min.y, x, y);
      ctx.beginPath();
      ctx.rect(region.min.x, region.min.y, x, y);
      ctx.clip();
    } else {
      ctx.save();
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.clearRect(0, 0, back.width, back.height);
      ctx.restore();
    }
    let next = 0;
    const slice = () => {
      const pageCtx = this._ctx;
      this._ctx = ctx;
      this._drawing = true;
      const started = performance.now();
      const budget = slicePixels();
      let used = 0;
      try {
        while (next < layers.length && used < budget && performance.now() - started < DRAWING_MS) {
          const layer = layers[next++] as PathLayer;
          if (!layer._map) continue;
          layer._updatePath();
          used += density * pixelsOf(layer, this._bounds);
        }
      } finally {
        this._drawing = false;
        this._ctx = pageCtx;
      }
      // the browser rasterises a canvas's drawing when it is read: within this slice, not all in the last
      ctx.getImageData(0, 0, 1, 1);
      learnPixelCost(performance.now() - started, used);
      if (next < layers.length) {
        ringsUnderWay(map, next / layers.length, 'painting');
        cancel = nextTask(slice);
        return;
      }
      ctx.restore();
      cancel = null;
      under = null;
      const page = this._ctx;
      page.save();
      page.setTransform(1, 0, 0, 1, 0, 0);
      page.clearRect(0, 0, front.width, front.height);
      page.drawImage(back as HTMLCanvasElement, 0, 0);
      page.restore();
      painted = { view, heavy: true, at };
      ringsAllDrawn(map, 'painting');
    };
    ringsUnderWay(map, 0, 'painting');
    slice();
  };
}

/**
 * Whether `layers` may be painted on `renderer`'s canvas now, in one go, as a light redraw is: no slices are
 * under way (their picture will replace the canvas's) and the layers are within the budget of one task.
 *
 * @example
 * if (paintsAtOnce(renderer, added)) for (const layer of added) layer._updatePath();
 */
export function paintsAtOnce(renderer: Canvas, layers: readonly PathLayer[]): boolean {
  if (underWay.get(renderer)?.()) return false;
  const r = renderer as unknown as Internals;
  const view = r._bounds;
  const density = (r._container.width / Math.max(1, view?.getSize().x ?? r._container.width)) ** 2;
  let pixels = 0;
  for (const layer of layers) pixels += density * pixelsOf(layer, view);
  return pixels <= 2 * slicePixels();
}

function union(a: Bounds | null, b: Bounds | null): Bounds | null {
  if (!a?.min || !a.max || !b?.min || !b.max) return null;
  return new Bounds(
    [Math.min(a.min.x, b.min.x), Math.min(a.min.y, b.min.y)],
    [Math.max(a.max.x, b.max.x), Math.max(a.max.y, b.max.y)],
  );
}

function intersects(a: Box, b: Box): boolean {
  return a.min.x <= b.max.x && a.max.x >= b.min.x && a.min.y <= b.max.y && a.max.y >= b.min.y;
}
