// Drawing a CSS shadow on a canvas, and the shapes shared by the pictures of a map's elements
// (pictureStillMarkers): a 2D context on the page or off it, a box in CSS pixels.
import type { Shadow } from './parseBoxShadow';

export type Ctx = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Draws `draw` with a shadow's blur (a CSS blur radius is the canvas's shadowBlur), offsets in `draw`: the shape
 * drawn far off, its blurred shadow brought back where it belongs.
 *
 * @example
 * withShadow(ctx, { color: 'rgba(0, 0, 0, 0.4)', x: 0, y: 1, blur: 3, spread: 0 }, () => ctx.fillRect(10, 10, 40, 20));
 */
export function withShadow(ctx: Ctx, shadow: Shadow, draw: () => void): void {
  if (isTransparent(shadow.color)) return;
  ctx.save();
  if (shadow.blur > 0) {
    const off = 100_000;
    ctx.shadowColor = shadow.color;
    ctx.shadowBlur = shadow.blur * (ctx.getTransform().a || 1);
    ctx.shadowOffsetX = off * (ctx.getTransform().a || 1);
    ctx.translate(-off, 0);
  }
  draw();
  ctx.restore();
}

/** A computed colour that draws nothing. */
export function isTransparent(color: string): boolean {
  return color === 'transparent' || /rgba\([^)]*,\s*0\)$/.test(color);
}
