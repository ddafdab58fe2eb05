// Where the keyboard's focus is in a real Chromium page, as the accessibility tree names it, and how it shows:
// visible, with an outline at least 2 px wide whose colour contrasts with what it is drawn on.
import type { Page } from 'playwright-core';

/** The focused element as the accessibility tree names it, e.g. `- button "Export GeoJSON"`. */
export async function focused(page: Page): Promise<string> {
  const handle = await page.evaluateHandle(() => document.activeElement);
  const isBody = await handle.evaluate((el) => el === document.body || el === null);
  await handle.dispose();
  if (isBody) return '(nothing)';
  return (await page.locator('*:focus').ariaSnapshot()).split('\n')[0] as string;
}

/**
 * How the focus shows: the focused element matches :focus-visible, and it, or the label that stands for
 * it (a visually hidden radio button), draws an outline at least 2 px wide, inside the window, whose colour
 * contrasts at least 3:1 (WCAG 1.4.11) with what it is drawn on: the parent's background outside the
 * element, or inside it (a negative offset) the element's own background or an inset ring. A chart row
 * (SVG) strokes its hit area instead, and the map draws its ring inside itself, on an ::after layer.
 */
export async function focusRing(page: Page) {
  return page.evaluate(() => {
    type Rgba = [number, number, number, number];
    const parse = (css: string): Rgba | null => {
      const srgb = css.match(/color\(srgb ([^)]+)\)/);
      const rgb = css.match(/rgba?\(([^)]+)\)/);
      const found = srgb ?? rgb;
      if (!found) return null;
      const p = (found[1] as string)
        .split(/[\s,/]+/)
        .filter(Boolean)
        .map(Number);
      const scale = srgb ? 255 : 1;
      return [(p[0] ?? 0) * scale, (p[1] ?? 0) * scale, (p[2] ?? 0) * scale, p[3] ?? 1];
    };
    // the colour an element's background shows, its ancestors' composed under it
    const backgroundOf = (el: Element | null): Rgba => {
      const layers: Rgba[] = [];
      for (let at = el; at; at = at.parentElement) {
        const c = parse(getComputedStyle(at).backgroundColor);
        if (c && c[3] > 0) layers.push(c);
        if (c && c[3] >= 1) break;
      }
      return layers.reduceRight<Rgba>(
        (under, [r, g, b, a]) => [
          r * a + under[0] * (1 - a),
          g * a + under[1] * (1 - a),
          b * a + under[2] * (1 - a),
          1,
        ],
        [255, 255, 255, 1],
      );
    };
    const luminance = ([r, g, b]: Rgba) => {
      const [R, G, B] = [r, g, b].map((v) => {
        const c = v / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      }) as [number, number, number];
      return 0.2126 * R + 0.7152 * G + 0.0722 * B;
    };
    const contrast = (a: Rgba, b: Rgba) => {
      const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
      return (hi + 0.05) / (lo + 0.05);
    };

    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const inView = (box: DOMRect) =>
      box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < window.innerHeight;
    // a chart row (SVG, where outlines are not drawn) shows its focus by stroking its hit area
    const hit = el instanceof SVGElement ? el.querySelector('.hit') : null;
    if (hit) {
      const stroke = getComputedStyle(hit);
      return {
        focusVisible: el.matches(':focus-visible'),
        outline: stroke.stroke !== 'none' && Number.parseFloat(stroke.strokeWidth) >= 2,
        contrasts:
          contrast(
            parse(stroke.stroke) ?? [0, 0, 0, 0],
            backgroundOf(el.closest('svg')?.parentElement ?? null),
          ) >= 3,
        inView: inView(hit.getBoundingClientRect()),
      };
    }
    // the map draws its ring inside itself, as the border of a layer above its panes
    const layer = getComputedStyle(el, '::after');
    if (layer.content !== 'none' && layer.borderTopStyle !== 'none') {
      return {
        focusVisible: el.matches(':focus-visible'),
        outline: Number.parseFloat(layer.borderTopWidth) >= 2,
        contrasts: contrast(parse(layer.borderTopColor) ?? [0, 0, 0, 0], backgroundOf(el)) >= 3,
        inView: inView(el.getBoundingClientRect()),
      };
    }
    const hidden = Number.parseFloat(getComputedStyle(el).opacity) === 0;
    const shown = hidden ? (el.closest('label') ?? el) : el;
    const style = getComputedStyle(shown);
    const box = shown.getBoundingClientRect();
    const inset = style.boxShadow.includes('inset') ? parse(style.boxShadow) : null;
    const drawnOn =
      Number.parseFloat(style.outlineOffset) < 0
        ? (inset ?? backgroundOf(shown))
        : backgroundOf(shown.parentElement);
    const outlineColour = parse(style.outlineColor) ?? [0, 0, 0, 0];
    return {
      focusVisible: el.matches(':focus-visible'),
      outline: style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 2,
      contrasts: contrast(outlineColour, drawnOn) >= 3,
      inView: inView(box),
    };
  });
}

/** What `focusRing` reads of a focus that shows as it must. */
export const VISIBLE = { focusVisible: true, outline: true, contrasts: true, inView: true };
