// Draws a map's text labels (ring labels: one line of text in its colour, with a blurred halo) on a canvas where
// they stand on the page, from their laid-out boxes and computed styles: the heaviest map's thousands of labels
// cost modern-screenshot a clone of every element with its styles (about 0.36 s in one task); drawn here, a
// measure and a few fills each. Stops at one line of text with text-shadow halos: a label with any other
// decoration is not one of these (see textLabelsOnly).

/** Where the labels' image is taken from: the captured part on the page, and its scale. */
export interface LabelShot {
  /** The captured part of the page, in on-page pixels. */
  visible: DOMRect;
  /** On-page pixels per CSS pixel of the map (the dialog's preview is shown scaled). */
  shown: number;
  /** Image pixels per CSS pixel of the map. */
  scale: number;
}

/** Far enough off the image that a label drawn there for its halo alone is never seen. */
const OFF_IMAGE_PX = 100_000;
/** Unicode first strong isolate and pop directional isolate: a <bdi> in the canvas's text. */
const FSI = '\u2068';
const PDI = '\u2069';

interface Shadow {
  color: string;
  x: number;
  y: number;
  blur: number;
}

/**
 * Each label (`.ring-label`) drawn on `ctx` (an image of the captured part at `shot.scale`) at its box on the
 * page: its halos (CSS `text-shadow`, the first on top), then its text.
 *
 * @example
 * drawTextLabels(ctx, [...pane.querySelectorAll<HTMLElement>('.ring-label')], { visible, shown: 1, scale: 2 });
 */
export function drawTextLabels(
  ctx: CanvasRenderingContext2D,
  labels: readonly HTMLElement[],
  shot: LabelShot,
): void {
  const k = shot.scale / shot.shown; // image pixels per on-page pixel
  const { visible } = shot;
  const metrics = new Map<string, { ascent: number; descent: number }>();
  const shadows = new Map<string, Shadow[]>();
  ctx.save();
  ctx.setTransform(k, 0, 0, k, 0, 0);
  ctx.textAlign = 'left';
  ctx.textBaseline = 'alphabetic';
  for (const label of labels) {
    const box = label.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) continue;
    if (
      box.right < visible.left ||
      box.left > visible.right ||
      box.bottom < visible.top ||
      box.top > visible.bottom
    )
      continue;
    const style = getComputedStyle(label);
    if (style.visibility === 'hidden' || style.display === 'none') continue;
    const font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    let m = metrics.get(font);
    if (!m) {
      // measured at the map's own size, as the page lays the label out before the preview scales it
      ctx.font = font;
      const measured = ctx.measureText('Hg');
      m = { ascent: measured.fontBoundingBoxAscent, descent: measured.fontBoundingBoxDescent };
      metrics.set(font, m);
    }
    // the font at on-page pixels: the transform takes it to image pixels
    ctx.font = `${style.fontStyle} ${style.fontWeight} ${Number.parseFloat(style.fontSize) * shot.shown}px ${style.fontFamily}`;
    ctx.direction = style.direction === 'rtl' ? 'rtl' : 'ltr';
    // one line in its box, the leading shared above and below, as the page lays it out
    const lineHeight = box.height / shot.shown;
    const x = box.left - visible.left;
    const y = box.top - visible.top + ((lineHeight - m.ascent - m.descent) / 2 + m.ascent) * shot.shown;
    const text = labelText(label);
    let halo = shadows.get(style.textShadow);
    if (!halo) {
      halo = parseTextShadow(style.textShadow);
      shadows.set(style.textShadow, halo);
    }
    // the halos alone: the text drawn far off the image, its shadow brought back under the label
    for (const shadow of [...halo].reverse()) {
      ctx.shadowColor = shadow.color;
      ctx.shadowBlur = shadow.blur * shot.scale; // in image pixels, as the offsets: the transform does not apply
      ctx.shadowOffsetX = (OFF_IMAGE_PX + shadow.x * shot.shown) * k;
      ctx.shadowOffsetY = shadow.y * shot.scale;
      ctx.fillStyle = shadow.color;
      ctx.fillText(text, x - OFF_IMAGE_PX, y);
    }
    ctx.shadowColor = 'transparent';
    ctx.shadowBlur = 0;
    ctx.shadowOffsetX = 0;
    ctx.shadowOffsetY = 0;
    ctx.fillStyle = style.color;
    ctx.fillText(text, x, y);
  }
  ctx.restore();
}

/** The label's text as the page reads it: a <bdi> inside it isolated as it is on the page. */
function labelText(label: HTMLElement): string {
  let text = '';
  for (const node of label.childNodes) {
    if (node instanceof HTMLElement && node.localName === 'bdi')
      text += `${FSI}${node.textContent ?? ''}${PDI}`;
    else text += node.textContent ?? '';
  }
  return text;
}

/**
 * The shadows of a computed `text-shadow` ("rgb(255, 255, 255) 0px 0px 3px, …"; "none": none), in CSS pixels.
 *
 * @example
 * parseTextShadow('rgb(0, 0, 0) 1px 2px 3px'); // [{ color: 'rgb(0, 0, 0)', x: 1, y: 2, blur: 3 }]
 */
export function parseTextShadow(value: string): Shadow[] {
  if (!value || value === 'none') return [];
  const shadows: Shadow[] = [];
  // commas inside a colour's parentheses do not part shadows
  for (const part of value.split(/,(?![^(]*\))/)) {
    const color = part.match(/(rgba?|hsla?|lab|lch|oklab|oklch|color)\([^)]*\)|#[0-9a-f]+|\b[a-z]+\b/i)?.[0];
    const lengths = [...part.replace(color ?? '', '').matchAll(/-?[\d.]+(?:px)?/g)].map((l) =>
      Number.parseFloat(l[0]),
    );
    shadows.push({
      color: color ?? 'currentcolor',
      x: lengths[0] ?? 0,
      y: lengths[1] ?? 0,
      blur: lengths[2] ?? 0,
    });
  }
  return shadows;
}
