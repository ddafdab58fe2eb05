// Packed rings traced on a canvas: the one loop over their points that the basemap's outlines (OutlinesPath) and
// the rings (RingPath) draw with.
import type { Point } from 'leaflet';
import type { PackedRings, UnitToLayer } from './packedRingsOnCanvas';
import { boxReaches, ringLayerBox } from './ringLayerBox';

/**
 * Adds the rings that reach into `view` to the canvas's current path (a ring wholly outside changes none of
 * its pixels, even-odd or non-zero fill alike), merging points that round to the same pixel. Says whether
 * any was added.
 *
 * @example
 * ctx.beginPath();
 * if (traceRings(ctx, rings, { scale, origin }, renderer._bounds, true)) renderer._fillStroke(ctx, layer);
 */
export function traceRings(
  ctx: CanvasRenderingContext2D,
  { coordinates, lengths, boxes }: PackedRings,
  { scale, origin, shift = 0, grid = 1 }: UnitToLayer,
  view: { min: Point; max: Point },
  closed: boolean,
): boolean {
  const ox = origin.x;
  const oy = origin.y;
  const fine = scale * grid;
  let traced = false;
  const box = { left: 0, top: 0, right: 0, bottom: 0 };
  for (let r = 0, p = 0; r < lengths.length; r++) {
    const length = lengths[r] as number;
    if (!boxReaches(ringLayerBox(boxes, r, scale, origin, shift, box), view)) {
      p += 2 * length;
      continue;
    }
    traced = true;
    let lastX = Number.NaN;
    let lastY = Number.NaN;
    for (let i = 0; i < length; i++, p += 2) {
      const x = Math.round(fine * ((coordinates[p] as number) + shift)) / grid - ox;
      const y = Math.round(fine * (coordinates[p + 1] as number)) / grid - oy;
      if (i === 0) ctx.moveTo(x, y);
      else if (x !== lastX || y !== lastY) ctx.lineTo(x, y);
      lastX = x;
      lastY = y;
    }
    if (closed) ctx.closePath();
  }
  return traced;
}
