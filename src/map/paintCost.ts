// What painting a path on a canvas costs, learnt as it is painted: the pixels a path covers in the view, and the
// milliseconds per pixel this browser has taken, so that a slice of painting (slicedPainting) fits its budget.

/** About what the browser rasterises in 50 ms on a slow machine without a GPU: the first guess of its speed. */
const SLICE_PIXELS = 30_000_000;
/** What a slice aims to take; the budget of pixels is learnt from the slices painted so far (pixelCost). */
const SLICE_MS = 40;

/** A box in layer pixels, as Leaflet's Bounds has it. */
export interface Box {
  min: { x: number; y: number };
  max: { x: number; y: number };
}

/** What a path on Leaflet's Canvas renderer keeps that its painting cost is read from (Path.js, Polyline.js). */
export interface PathLayer {
  _map: unknown;
  _pxBounds?: Box;
  options: { fill?: boolean; stroke?: boolean; weight?: number };
  _updatePath(): void;
}

/**
 * Milliseconds per canvas pixel that this browser has taken to paint and rasterise a slice, learnt as slices are
 * painted: the true cost depends on the machine, its load and the paths (a dashed outline costs more than its
 * box says), so a fixed budget made single slices of over half a second on a loaded machine.
 */
const pixelCost = { msPerPixel: 50 / SLICE_PIXELS };

/** Pixels a slice may paint to take about SLICE_MS, at the cost learnt so far. */
export function slicePixels(): number {
  return SLICE_MS / pixelCost.msPerPixel;
}

/** Learns from a slice that painted `pixels` in `ms`: the new cost weighs as much as all before it. */
export function learnPixelCost(ms: number, pixels: number): void {
  if (pixels <= 0 || !Number.isFinite(ms)) return;
  pixelCost.msPerPixel = (pixelCost.msPerPixel + ms / pixels) / 2;
}

/** Roughly the pixels a path costs to paint on a canvas showing `view`: its box's area there if filled. */
export function pixelsOf(layer: PathLayer, view: Box | undefined): number {
  const box = layer._pxBounds;
  if (!box) return 0;
  const x = Math.max(
    0,
    Math.min(box.max.x, view?.max.x ?? box.max.x) - Math.max(box.min.x, view?.min.x ?? box.min.x),
  );
  const y = Math.max(
    0,
    Math.min(box.max.y, view?.max.y ?? box.max.y) - Math.max(box.min.y, view?.min.y ?? box.min.y),
  );
  if (layer.options.fill) return x * y;
  // an outline: about its length times its width, a few times over for the anti-aliased edges
  return 8 * (x + y) * Math.max(1, layer.options.weight ?? 1);
}
