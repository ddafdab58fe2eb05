// While one launch point is dragged, the others' markers and names are shown by a picture of them, and their
// elements are hidden (still laid out where they are) until the drop. Chromium paints and layerises the whole
// page again on every frame in which anything moved, so each element shown on the map costs every move of a drag
// its share: hiding the 49 other markers and names of a 50-point map took a move's main thread from 5.6 to 5.0 ms
// on this machine, and one image costs a frame next to nothing. The picture is drawn from the elements' laid-out
// boxes and computed styles (the marker's disc: its `::before`; the name: a box with its shadow, border, text and
// arrow), so it is the page's own look.
import { DomUtil, type Map as LeafletMap, point } from 'leaflet';
import { LEAVE_OUT_OF_PNG } from './leaveOutOfPng';
import { parseBoxShadow, type Shadow } from './parseBoxShadow';

/** The class that hides a pictured element (app.css). */
export const PICTURED_CLASS = 'still-pictured';

type Ctx = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Shows the elements of `pane` other than `moving` (and the canvas's) by a picture of them, until the returned
 * function is called; it is called by itself if the map moves or zooms meanwhile (the picture covers the view
 * only) or an element of the pane is taken away (it would stay in the picture).
 *
 * @example
 * const stop = pictureStillMarkers(map, map.getPane('launchMarkers')!, [dragged, draggedName]);
 * stop(); // on the drop
 */
export function pictureStillMarkers(
  map: LeafletMap,
  pane: HTMLElement,
  moving: readonly Element[],
): () => void {
  const still = [...pane.children].filter(
    (el): el is HTMLElement => el instanceof HTMLElement && !moving.includes(el),
  );
  if (still.length === 0) return () => undefined;
  const size = map.getSize();
  const ratio = window.devicePixelRatio || 1;
  const width = Math.round(size.x * ratio);
  const height = Math.round(size.y * ratio);
  const drawnOn =
    typeof OffscreenCanvas === 'function'
      ? new OffscreenCanvas(width, height)
      : document.createElement('canvas');
  drawnOn.width = width;
  drawnOn.height = height;
  const ctx = drawnOn.getContext('2d') as Ctx | null;
  if (!ctx) return () => undefined;
  ctx.scale(ratio, ratio);
  const origin = map.getContainer().getBoundingClientRect();
  const view: Box = { x: 0, y: 0, width: size.x, height: size.y };
  const sprites = new Map<string, OffscreenCanvas | null>();
  const metrics = new Map<string, { ascent: number; descent: number }>();
  for (const el of paintOrder(still)) {
    const rect = el.getBoundingClientRect();
    const box = {
      x: rect.left - origin.left,
      y: rect.top - origin.top,
      width: rect.width,
      height: rect.height,
    };
    if (box.width === 0 || !overlaps(grown(box, 20), view)) continue;
    const style = getComputedStyle(el);
    if (style.display === 'none' || style.visibility === 'hidden') continue;
    ctx.globalAlpha = Number.parseFloat(style.opacity) || 0;
    if (el.classList.contains('leaflet-tooltip')) drawName(ctx, el, box, style, metrics);
    else drawMarker(ctx, el, box, sprites);
  }
  const at = map.containerPointToLayerPoint(point(0, 0));

  // Shown as an image, not a canvas: a canvas is a compositing layer of its own, and all that the page paints
  // over it (the dragged point, its name and labels, the controls) would be made layers too
  const picture = new Image(size.x, size.y);
  picture.className = `still-markers ${LEAVE_OUT_OF_PNG}`;
  picture.alt = '';
  picture.decoding = 'async';
  let url = '';
  let stopped = false;
  const show = async () => {
    const blob =
      drawnOn instanceof HTMLCanvasElement
        ? await new Promise<Blob | null>((done) => drawnOn.toBlob(done))
        : await drawnOn.convertToBlob();
    if (stopped || !blob) return;
    url = URL.createObjectURL(blob);
    picture.src = url;
    await picture.decode();
    if (stopped) return;
    // the picture and the hiding of what it shows in one frame
    DomUtil.setPosition(picture, at);
    pane.prepend(picture);
    for (const el of still) el.classList.add(PICTURED_CLASS);
  };
  const stop = () => {
    if (stopped) return;
    stopped = true;
    map.off('movestart zoomstart resize', stop);
    watch.disconnect();
    for (const el of still) el.classList.remove(PICTURED_CLASS);
    picture.remove();
    if (url) URL.revokeObjectURL(url);
  };
  map.on('movestart zoomstart resize', stop);
  const watch = new MutationObserver((records) => {
    if (records.some((r) => [...r.removedNodes].some((n) => still.includes(n as HTMLElement)))) stop();
  });
  watch.observe(pane, { childList: true });
  // a picture that cannot be made leaves the elements as they are
  show().catch(stop);
  return stop;
}

/**
 * The elements in the order the page paints them inside their pane: negative z-indexes, then those without one
 * (the names) in document order, then positive ones (the markers, by their height on the map), ties in order.
 */
function paintOrder(elements: readonly HTMLElement[]): HTMLElement[] {
  const z = (el: HTMLElement) => {
    const value = Number.parseInt(el.style.zIndex, 10);
    return Number.isNaN(value) ? 0 : value;
  };
  return elements
    .map((el, i) => ({ el, i, z: z(el) }))
    .sort((a, b) => a.z - b.z || a.i - b.i)
    .map(({ el }) => el);
}

/**
 * A marker's disc as app.css draws it: its `::before`, round, with a border and a spread shadow (its halo).
 * Drawn once into a sprite for each look (`sprites`), which is then copied to each marker of that look.
 */
function drawMarker(ctx: Ctx, el: HTMLElement, box: Box, sprites: Map<string, OffscreenCanvas | null>): void {
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

/** A name as Leaflet's tooltip and app.css draw it: its shadow, its box and border, its arrow, its text. */
function drawName(
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

function circle(ctx: Ctx, x: number, y: number, r: number, color: string): void {
  if (r <= 0 || isTransparent(color)) return;
  ctx.beginPath();
  ctx.arc(x, y, r, 0, 2 * Math.PI);
  ctx.fillStyle = color;
  ctx.fill();
}

/** Draws `draw` with a shadow's blur (a CSS blur radius is the canvas's shadowBlur), offsets in `draw`. */
function withShadow(ctx: Ctx, shadow: Shadow, draw: () => void): void {
  if (isTransparent(shadow.color)) return;
  ctx.save();
  if (shadow.blur > 0) {
    // the shape drawn far off, its blurred shadow brought back where it belongs
    const off = 100_000;
    ctx.shadowColor = shadow.color;
    ctx.shadowBlur = shadow.blur * (ctx.getTransform().a || 1);
    ctx.shadowOffsetX = off * (ctx.getTransform().a || 1);
    ctx.translate(-off, 0);
  }
  draw();
  ctx.restore();
}

function isTransparent(color: string): boolean {
  return color === 'transparent' || /rgba\([^)]*,\s*0\)$/.test(color);
}

function grown(box: Box, by: number): Box {
  return { x: box.x - by, y: box.y - by, width: box.width + 2 * by, height: box.height + 2 * by };
}

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}
