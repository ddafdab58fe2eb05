// A launch marker's disc drawn on a canvas as the page draws it (pictureStillMarkers).
import { parseBoxShadow } from './parseBoxShadow';
import { type Box, type Ctx, isTransparent, withShadow } from './withShadow';

/**
 * A marker's disc as app.css draws it: its `::before`, round, with a border and a spread shadow (its halo).
 * Drawn once into a sprite for each look (`sprites`), which is then copied to each marker of that look.
 */
export function drawMarkerDisc(
  ctx: Ctx,
  el: HTMLElement,
  box: Box,
  sprites: Map<string, OffscreenCanvas | null>,
): void {
  const disc = getComputedStyle(el, '::before');
  if (disc.content === 'none' || disc.display === 'none') return;
  const inset = Number.parseFloat(disc.top) || 0;
  const radius = box.width / 2 - inset;
  const border = Number.parseFloat(disc.borderTopWidth) || 0;
  const shadows = parseBoxShadow(disc.boxShadow);
  const ratio = ctx.getTransform().a || 1;
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const drawDisc = (on: Ctx, x: number, y: number) => {
    for (const shadow of [...shadows].reverse()) {
      withShadow(on, shadow, () =>
        circle(on, x + shadow.x, y + shadow.y, radius + shadow.spread, shadow.color),
      );
    }
    circle(on, x, y, radius, disc.borderTopColor);
    circle(on, x, y, radius - border, disc.backgroundColor);
  };
  const key = [radius, border, disc.boxShadow, disc.borderTopColor, disc.backgroundColor, ratio].join('|');
  let sprite = sprites.get(key);
  if (sprite === undefined) {
    const reach = radius + Math.max(0, ...shadows.map((s) => s.spread + s.blur + Math.hypot(s.x, s.y)));
    // an even number of pixels, the disc at its centre: copied pixel for pixel onto a marker at whole pixels
    const side = 2 * Math.ceil(reach * ratio + 1);
    sprite = typeof OffscreenCanvas === 'function' ? new OffscreenCanvas(side, side) : null;
    const on = sprite?.getContext('2d');
    if (sprite && on) {
      on.scale(ratio, ratio);
      drawDisc(on, side / 2 / ratio, side / 2 / ratio);
    } else sprite = null;
    sprites.set(key, sprite);
  }
  if (!sprite) {
    drawDisc(ctx, cx, cy);
    return;
  }
  const half = sprite.width / 2 / ratio;
  ctx.drawImage(sprite, cx - half, cy - half, sprite.width / ratio, sprite.height / ratio);
}

function circle(ctx: Ctx, x: number, y: number, r: number, color: string): void {
  if (r <= 0 || isTransparent(color)) return;
  ctx.beginPath();
  ctx.arc(x, y, r, 0, 2 * Math.PI);
  ctx.fillStyle = color;
  ctx.fill();
}
