// The colour a ring label is written in: the ring's own hue, darkened on the light map or lightened on the
// dark one until the text reaches WCAG AA contrast (4.5:1) against every ground of that map, its halo aside.
import type { Theme } from '../scenario';
import { BASEMAP_PALETTES } from './basemapStyles';

/** WCAG AA for text under 18.66 px bold: ring labels are 12 px. */
export const LABEL_CONTRAST = 4.5;

/**
 * A shade of `color` (#rrggbb) readable on the basemap of `theme`: mixed towards black (light) or white
 * (dark) in 5 % steps until its contrast with the map's land and sea reaches 4.5:1; unchanged if it does.
 *
 * @example
 * labelInk('#0072B2', 'light') // '#0072b2', dark enough already
 * labelInk('#E69F00', 'light') // '#8a5f00'-like: the same amber, darker
 */
export function labelInk(color: string, theme: Theme): string {
  const rgb = parseHex(color);
  if (!rgb) return color;
  const { land, sea } = BASEMAP_PALETTES[theme];
  const grounds = [land, sea].map((c) => luminance(parseHex(c) as Rgb));
  const toward = theme === 'light' ? 0 : 255;
  for (let step = 0; step <= 20; step++) {
    const t = step / 20;
    const mixed = rgb.map((v) => Math.round(v + (toward - v) * t)) as Rgb;
    const lum = luminance(mixed);
    if (grounds.every((g) => contrastRatio(lum, g) >= LABEL_CONTRAST)) return toHex(mixed);
  }
  return theme === 'light' ? '#000000' : '#ffffff';
}

type Rgb = [number, number, number];

function parseHex(color: string): Rgb | null {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
  return m ? ([1, 2, 3].map((i) => Number.parseInt(m[i] as string, 16)) as Rgb) : null;
}

function toHex(rgb: Rgb): string {
  return `#${rgb.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}

/** Relative luminance, WCAG 2 definition. */
export function luminance([r, g, b]: Rgb): number {
  const [lr, lg, lb] = [r, g, b].map((v) => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as Rgb;
  return 0.2126 * lr + 0.7152 * lg + 0.0722 * lb;
}

/** Contrast ratio of two relative luminances, 1 to 21. */
export function contrastRatio(a: number, b: number): number {
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}
