// Strokes a dashed outline of packed rings only where it comes near the view. A canvas lays out every dash of
// a path before it clips them (Chromium took 25 ms for a dotted line 125,000 pixels long, mostly outside the
// canvas, against 1 ms solid): the outline of a ring of 18,000–20,000 km, stretched across the map's poles
// and world copies, cost ten times a ring of a few thousand kilometres, far more than its box in the view says.
// Each run of segments that comes near the view is stroked on its own, from a fixed point of the ring before it
// (ANCHOR_EVERY), its dashes started where they stand along the whole ring (lineDashOffset). The canvas adds up
// a path's length in single precision: along a whole outline of 100,000 pixels and more its dashes drifted by
// up to a few pixels from where the ring's length puts them, as a run's do not.
import type { Point } from 'leaflet';
import type { PackedRings, UnitToLayer } from './packedRingsOnCanvas';
import { boxReaches, ringLayerBox } from './ringLayerBox';

/**
 * A run starts at one of every this many of a ring's points (its anchors), the last before the run's first
 * segment near the view: the canvas places the run's dashes from there, so a pan, which moves the view's
 * edges, leaves the dashes where they were.
 */
export const ANCHOR_EVERY = 16;

/**
 * Strokes each run of `rings`' segments that comes within `marginPx` of `view` (`stroke()` strokes the
 * canvas's current path with the outline's style), in the same pixels traceRings draws them at. Says
 * whether any was stroked.
 *
 * @example
 * strokeDashedInView(ctx, rings, { scale, origin }, renderer._bounds, 10 * weight, () =>
 *   renderer._fillStroke(ctx, layer));
 */
export function strokeDashedInView(
  ctx: CanvasRenderingContext2D,
  { coordinates, lengths, boxes }: PackedRings,
  { scale, origin, grid = 1 }: UnitToLayer,
  view: { min: Point; max: Point },
  marginPx: number,
  stroke: () => void,
): boolean {
  const ox = origin.x;
  const oy = origin.y;
  const fine = scale * grid;
  const minX = view.min.x - marginPx;
  const minY = view.min.y - marginPx;
  const maxX = view.max.x + marginPx;
  const maxY = view.max.y + marginPx;
  const offsetBefore = ctx.lineDashOffset;
  let stroked = false;
  const box = { left: 0, top: 0, right: 0, bottom: 0 };
  try {
    for (let r = 0, p = 0; r < lengths.length; r++) {
      const length = lengths[r] as number;
      const start = p;
      p += 2 * length;
      if (!boxReaches(ringLayerBox(boxes, r, scale, origin, 0, box), view)) continue;
      // the length along the ring so far; the points since the last anchor, and the length there
      let along = 0;
      let open = false;
      let lastX = Math.round(fine * (coordinates[start] as number)) / grid - ox;
      let lastY = Math.round(fine * (coordinates[start + 1] as number)) / grid - oy;
      let since: number[] = [lastX, lastY];
      let anchorAlong = 0;
      let points = 1;
      for (let i = 1, q = start + 2; i < length; i++, q += 2) {
        const x = Math.round(fine * (coordinates[q] as number)) / grid - ox;
        const y = Math.round(fine * (coordinates[q + 1] as number)) / grid - oy;
        if (x === lastX && y === lastY) continue;
        const near =
          Math.max(x, lastX) >= minX &&
          Math.min(x, lastX) <= maxX &&
          Math.max(y, lastY) >= minY &&
          Math.min(y, lastY) <= maxY;
        if (near && !open) {
          // from the anchor before it: where a run starts does not move with the view
          ctx.beginPath();
          ctx.moveTo(since[0] as number, since[1] as number);
          for (let k = 2; k < since.length; k += 2) ctx.lineTo(since[k] as number, since[k + 1] as number);
          ctx.lineDashOffset = offsetBefore + anchorAlong;
          open = true;
        } else if (!near && open) {
          stroke();
          stroked = true;
          open = false;
        }
        if (open) ctx.lineTo(x, y);
        along += Math.hypot(x - lastX, y - lastY);
        lastX = x;
        lastY = y;
        if (points++ % ANCHOR_EVERY === 0) {
          since = [x, y];
          anchorAlong = along;
        } else since.push(x, y);
      }
      if (open) {
        stroke();
        stroked = true;
      }
    }
  } finally {
    ctx.lineDashOffset = offsetBefore;
  }
  return stroked;
}
