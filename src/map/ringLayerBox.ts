// A packed ring's box in layer pixels, and whether it reaches a view: what every drawing of packed rings asks
// before it walks a ring's points (canvas tracing, SVG path data, dashed strokes, hit tests). Free of
// Leaflet's values, so it runs anywhere.

interface Xy {
  x: number;
  y: number;
}

/** A box in layer pixels. */
export interface LayerBox {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * Writes ring `r`'s box (packed as minX, minY, maxX, maxY in unit Web Mercator) into `out` in layer pixels, for
 * `scale`, the pixel `origin` and the world copy `shift` (in world widths), and returns `out`: a loop over
 * thousands of rings reuses one box and allocates nothing.
 *
 * @example
 * const box = ringLayerBox(rings.boxes, r, scale, origin, 0, { left: 0, top: 0, right: 0, bottom: 0 });
 */
export function ringLayerBox(
  boxes: ArrayLike<number>,
  r: number,
  scale: number,
  origin: Xy,
  shift: number,
  out: LayerBox,
): LayerBox {
  out.left = scale * ((boxes[4 * r] as number) + shift) - origin.x;
  out.top = scale * (boxes[4 * r + 1] as number) - origin.y;
  out.right = scale * ((boxes[4 * r + 2] as number) + shift) - origin.x;
  out.bottom = scale * (boxes[4 * r + 3] as number) - origin.y;
  return out;
}

/**
 * Whether `box` reaches into `view` (touching counts).
 *
 * @example
 * boxReaches({ left: -20, top: 5, right: -10, bottom: 9 }, { min: { x: 0, y: 0 }, max: { x: 99, y: 99 } }); // false
 */
export function boxReaches(box: LayerBox, view: { min: Xy; max: Xy }): boolean {
  return !(
    box.right < view.min.x ||
    box.left > view.max.x ||
    box.bottom < view.min.y ||
    box.top > view.max.y
  );
}
