// A launch point's name (a Leaflet tooltip) drawn on a canvas as the page draws it (pictureStillMarkers).
import { parseBoxShadow } from './parseBoxShadow';
import { type Box, type Ctx, isTransparent, withShadow } from './withShadow';

/** A name as Leaflet's tooltip and app.css draw it: its shadow, its box and border, its arrow, its text. */
export function drawNameBox(
  ctx: Ctx,
  el: HTMLElement,
  box: Box,
  style: CSSStyleDeclaration,
  metrics: Map<string, { ascent: number; descent: number }>,
): void {
  const radius = Number.parseFloat(style.borderTopLeftRadius) || 0;
  const border = Number.parseFloat(style.borderTopWidth) || 0;
  for (const shadow of parseBoxShadow(style.boxShadow).reverse()) {
    const grownBy = shadow.spread;
    withShadow(ctx, shadow, () => {
      ctx.fillStyle = shadow.color;
      ctx.beginPath();
      ctx.roundRect(
        box.x + shadow.x - grownBy,
        box.y + shadow.y - grownBy,
        box.width + 2 * grownBy,
        box.height + 2 * grownBy,
        radius + grownBy,
      );
      ctx.fill();
    });
  }
  ctx.beginPath();
  ctx.roundRect(box.x, box.y, box.width, box.height, radius);
  ctx.fillStyle = style.borderTopColor;
  ctx.fill();
  ctx.beginPath();
  ctx.roundRect(
    box.x + border,
    box.y + border,
    box.width - 2 * border,
    box.height - 2 * border,
    Math.max(0, radius - border),
  );
  ctx.fillStyle = style.backgroundColor;
  ctx.fill();
  drawArrow(ctx, el, box, border);
  const padLeft = Number.parseFloat(style.paddingLeft) || 0;
  const padRight = Number.parseFloat(style.paddingRight) || 0;
  const padTop = Number.parseFloat(style.paddingTop) || 0;
  const lineHeight = box.height - 2 * border - padTop - (Number.parseFloat(style.paddingBottom) || 0);
  ctx.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
  const rtl = style.direction === 'rtl';
  ctx.direction = rtl ? 'rtl' : 'ltr';
  ctx.textAlign = rtl ? 'right' : 'left';
  ctx.textBaseline = 'alphabetic';
  let m = metrics.get(ctx.font);
  if (!m) {
    const measured = ctx.measureText('Hg');
    m = { ascent: measured.fontBoundingBoxAscent, descent: measured.fontBoundingBoxDescent };
    metrics.set(ctx.font, m);
  }
  const { ascent, descent } = m;
  // one line, the leading shared above and below, as the page lays it out
  const y = box.y + border + padTop + (lineHeight - ascent - descent) / 2 + ascent;
  const x = rtl ? box.x + box.width - border - padRight : box.x + border + padLeft;
  ctx.fillStyle = style.color;
  ctx.fillText(isolated(el), x, y);
}

/**
 * A tooltip's arrow: its `::before`, a box of no size whose one coloured border is a triangle (Leaflet's CSS),
 * placed as the page places it from the tooltip's padding box.
 */
function drawArrow(ctx: Ctx, el: HTMLElement, box: Box, border: number): void {
  const arrow = getComputedStyle(el, '::before');
  if (arrow.content === 'none' || arrow.display === 'none') return;
  const sides = ['Top', 'Right', 'Bottom', 'Left'] as const;
  const colored = sides.find(
    (side) => !isTransparent(arrow.getPropertyValue(`border-${side.toLowerCase()}-color`)),
  );
  if (!colored) return;
  const w = Number.parseFloat(arrow.borderTopWidth) || 0;
  // the arrow's 2w × 2w box, at its offsets from the padding box (left/top, or right/bottom), plus its margins
  const padding = {
    x: box.x + border,
    y: box.y + border,
    width: box.width - 2 * border,
    height: box.height - 2 * border,
  };
  const px = (value: string, of: number) =>
    value.endsWith('%') ? (Number.parseFloat(value) / 100) * of : Number.parseFloat(value);
  // from the near side's offset and margin where it has one (left, top), else from the far side's
  const place = (
    start: number,
    size: number,
    near: string,
    far: string,
    marginNear: string,
    marginFar: string,
  ) =>
    near !== 'auto'
      ? start + px(near, size) + (Number.parseFloat(marginNear) || 0)
      : start + size - px(far, size) - (Number.parseFloat(marginFar) || 0) - 2 * w;
  const left = place(padding.x, padding.width, arrow.left, arrow.right, arrow.marginLeft, arrow.marginRight);
  const top = place(padding.y, padding.height, arrow.top, arrow.bottom, arrow.marginTop, arrow.marginBottom);
  const cx = left + w;
  const cy = top + w;
  const corners: Record<(typeof sides)[number], [number, number][]> = {
    Top: [
      [left, top],
      [left + 2 * w, top],
      [cx, cy],
    ],
    Bottom: [
      [left, top + 2 * w],
      [left + 2 * w, top + 2 * w],
      [cx, cy],
    ],
    Left: [
      [left, top],
      [left, top + 2 * w],
      [cx, cy],
    ],
    Right: [
      [left + 2 * w, top],
      [left + 2 * w, top + 2 * w],
      [cx, cy],
    ],
  };
  ctx.beginPath();
  for (const [x, y] of corners[colored]) ctx.lineTo(x, y);
  ctx.closePath();
  ctx.fillStyle = arrow.getPropertyValue(`border-${colored.toLowerCase()}-color`);
  ctx.fill();
}

/** The element's text as the page reads it: a <bdi> inside it isolated (first strong isolate … pop). */
function isolated(el: HTMLElement): string {
  let text = '';
  for (const node of el.childNodes) {
    if (node instanceof HTMLElement && node.localName === 'bdi')
      text += `\u2068${node.textContent ?? ''}\u2069`;
    else text += node.textContent ?? '';
  }
  return text;
}
