// Places the texts of an exported image around the map, in CSS pixels: title band above, legend and notes below,
// the map edge to edge between. Pure: text widths come from a measure function (Canvas 2D measureText).
import type { PngContent } from './pngContent';

export type Measure = (text: string, font: string) => number;

export interface PngTextOp {
  kind: 'text';
  text: string;
  font: string;
  tone: 'text' | 'muted';
  x: number;
  /** The middle of the line (textBaseline 'middle'). */
  y: number;
}

export interface PngSwatchOp {
  kind: 'swatch';
  color: string;
  /**
   * Centre and radius of the ring-shaped swatch, and its stroke width. With a `dash`, the swatch is instead a
   * horizontal line from x − radius to x + radius, as the app's legend draws a patterned line.
   */
  x: number;
  y: number;
  radius: number;
  lineWidth: number;
  /** The outline's pattern, an SVG dash array in CSS pixels (a system's cue, or a band's dashes). */
  dash?: string;
}

export interface PngLayout {
  width: number;
  height: number;
  map: { x: number; y: number; width: number; height: number };
  ops: (PngTextOp | PngSwatchOp)[];
}

/** The whole image's size for a preset, or for 'view' its width and the map's height (the bands add to it). */
export type PngFrame =
  | { kind: 'preset'; width: number; height: number }
  | { kind: 'view'; width: number; mapHeight: number };

export const PNG_FONT_FAMILY = 'system-ui, -apple-system, "Segoe UI", Roboto, "Liberation Sans", sans-serif';
const ELLIPSIS = '…';
const MIN_UNIT = 10;
/** A preset keeps at least this share of its height for the map, shrinking the text first. */
const MIN_MAP_SHARE = 0.6;

const font = (weight: number, px: number) => `${weight} ${px.toFixed(2)}px ${PNG_FONT_FAMILY}`;

/** The longest start of `text` that fits `maxWidth` with an ellipsis after it. */
function truncate(text: string, fontSpec: string, maxWidth: number, measure: Measure): string {
  if (measure(text, fontSpec) <= maxWidth) return text;
  let cut = text.length;
  while (cut > 0 && measure(`${text.slice(0, cut).trimEnd()}${ELLIPSIS}`, fontSpec) > maxWidth) cut--;
  return cut > 0 ? `${text.slice(0, cut).trimEnd()}${ELLIPSIS}` : '';
}

/** A line that is followed by more text: it ends with an ellipsis after its last whole word that leaves room. */
function endAtWord(line: string, fontSpec: string, maxWidth: number, measure: Measure): string {
  const words = line.split(' ');
  while (words.length > 1 && measure(`${words.join(' ')}${ELLIPSIS}`, fontSpec) > maxWidth) words.pop();
  const kept = `${words.join(' ')}${ELLIPSIS}`;
  // one word that leaves no room for the ellipsis: only then is a word cut
  return measure(kept, fontSpec) <= maxWidth ? kept : truncate(kept, fontSpec, maxWidth, measure);
}

/**
 * Greedy word wrap to at most `maxLines` lines, breaking at spaces only; when text is left over, the last line
 * ends with an ellipsis after a whole word. Only a single word wider than a line is cut.
 *
 * @example
 * wrapText('Rings are exact', '16px sans-serif', 80, 2, (t) => t.length * 8); // ['Rings are', 'exact']
 * wrapText('one two three four five six', 'f', 80, 2, (t) => t.length * 8); // ['one two', 'three…']
 */
export function wrapText(
  text: string,
  fontSpec: string,
  maxWidth: number,
  maxLines: number,
  measure: Measure,
): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  let i = 0;
  while (i < words.length && lines.length < maxLines) {
    const word = words[i] as string;
    const candidate = line ? `${line} ${word}` : word;
    if (measure(candidate, fontSpec) <= maxWidth) {
      line = candidate;
      i++;
    } else if (line) {
      lines.push(line);
      line = '';
    } else {
      // a single word wider than the line: cut it
      lines.push(truncate(word, fontSpec, maxWidth, measure));
      i++;
    }
  }
  if (line) lines.push(line); // a line is only open while fewer than maxLines are done
  if (i < words.length && lines.length > 0) {
    const last = lines.length - 1;
    lines[last] = endAtWord(lines[last] as string, fontSpec, maxWidth, measure);
  }
  return lines;
}

/** Text size unit (CSS px) for a frame: follows the frame's size, so a print image is not a tiny caption. */
function baseUnit(frame: PngFrame): number {
  if (frame.kind === 'view') return Math.min(18, Math.max(13, frame.width / 60));
  return Math.max(12, Math.min(frame.width, frame.height * (16 / 9)) / 64);
}

/** A long title shrinks to at most this share of its size to stay on one line, then wraps. */
const TITLE_MIN_SHARE = 0.7;

/** The title's font size: the full size, else the size that fits it on one line, down to 70 % of it. */
function fitTitleSize(title: string, size: number, width: number, measure: Measure): number {
  const full = measure(title, font(700, size));
  if (full <= width) return size;
  return Math.max(size * TITLE_MIN_SHARE, ((size * width) / full) * 0.99);
}

interface Bands {
  top: number;
  bottom: number;
  /** Ops with y relative to their band's top. */
  topOps: PngLayout['ops'];
  bottomOps: PngLayout['ops'];
}

function layoutBands(content: PngContent, width: number, u: number, measure: Measure): Bands {
  const pad = Math.round(u);
  const inner = width - 2 * pad;
  const topOps: PngLayout['ops'] = [];
  const bottomOps: PngLayout['ops'] = [];

  // Title band
  let y = pad;
  const lines = (
    text: string,
    spec: string,
    size: number,
    lh: number,
    max: number,
    tone: PngTextOp['tone'],
  ) => {
    for (const line of wrapText(text, spec, inner, max, measure)) {
      topOps.push({ kind: 'text', text: line, font: spec, tone, x: pad, y: y + (size * lh) / 2 });
      y += size * lh;
    }
  };
  const titleSize = fitTitleSize(content.title, u * 1.5, inner, measure);
  lines(content.title, font(700, titleSize), titleSize, 1.2, 3, 'text');
  if (content.subtitle) {
    y += u * 0.15;
    lines(content.subtitle, font(400, u), u, 1.3, 2, 'muted');
  }
  const top = Math.round(y + u * 0.6);

  // Legend: items flow in rows, each a ring swatch, the name in bold, the range and the band
  y = Math.round(u * 0.6);
  const legendSize = u * 0.92;
  const legendLh = legendSize * 1.45;
  const nameFont = font(700, legendSize);
  const rangeFont = font(400, legendSize);
  const radius = legendSize * 0.42;
  const gap = legendSize * 0.35;
  const itemGap = legendSize * 1.3;
  let x = pad;
  let rows = 0;
  const MAX_ROWS = 4;
  // where each item placed on the current row starts, to take items back for the "+ N more" note
  let rowItems: { x: number; ops: number }[] = [];
  // a patterned line needs more length than a ring to show its pattern (the app's legend: 20 px at stroke 3)
  const lineHalf = legendSize * 0.75;
  const lineWidth = Math.max(2, legendSize * 0.18);
  const swatchOf = (color: string, dash: string | undefined, x0: number, cy: number) =>
    dash
      ? {
          op: { kind: 'swatch', color, x: x0 + lineHalf, y: cy, radius: lineHalf, lineWidth, dash } as const,
          w: lineHalf * 2,
        }
      : {
          op: { kind: 'swatch', color, x: x0 + radius, y: cy, radius, lineWidth: radius * 0.55 } as const,
          w: radius * 2,
        };
  let truncated = false;
  for (const [index, item] of content.legend.entries()) {
    const range = item.band ? `${item.range} · ${item.band}` : item.range;
    const rangeWidth = measure(range, rangeFont);
    let name = item.name;
    const swatchWidth = item.dash ? lineHalf * 2 : radius * 2;
    const fixed = swatchWidth + gap + gap + rangeWidth;
    if (fixed + measure(name, nameFont) > inner) name = truncate(name, nameFont, inner - fixed, measure);
    const itemWidth = fixed + measure(name, nameFont);
    if (rows === 0 || (x > pad && x + itemWidth > pad + inner)) {
      if (rows === MAX_ROWS) {
        // Never drop a system silently: say how many are left out, taking items back until that fits.
        let left = content.legend.length - index;
        const moreText = () => `+ ${left} more`;
        while (x + measure(moreText(), rangeFont) > pad + inner && rowItems.length > 0) {
          const last = rowItems.pop() as { x: number; ops: number };
          bottomOps.length = last.ops;
          x = last.x;
          left++;
        }
        const cy = y + legendLh / 2;
        const text = truncate(moreText(), rangeFont, pad + inner - x, measure);
        bottomOps.push({ kind: 'text', text, font: rangeFont, tone: 'muted', x, y: cy });
        truncated = true;
        break;
      }
      if (rows > 0) y += legendLh;
      rows++;
      x = pad;
      rowItems = [];
    }
    rowItems.push({ x, ops: bottomOps.length });
    const cy = y + legendLh / 2;
    bottomOps.push(swatchOf(item.color, item.dash, x, cy).op);
    const nameX = x + swatchWidth + gap;
    bottomOps.push({ kind: 'text', text: name, font: nameFont, tone: 'text', x: nameX, y: cy });
    const rangeX = nameX + measure(name, nameFont) + gap;
    bottomOps.push({ kind: 'text', text: range, font: rangeFont, tone: 'muted', x: rangeX, y: cy });
    x += itemWidth + itemGap;
  }
  // What the dashed outline means, after the systems (on their last row when it fits), even past the rows' limit
  if (content.bandKey && rows > 0 && !truncated) {
    const key = content.bandKey;
    const keyWidth = lineHalf * 2 + gap + measure(key.text, rangeFont);
    if (x > pad && x + keyWidth > pad + inner) {
      y += legendLh;
      x = pad;
    }
    const cy = y + legendLh / 2;
    const swatch = swatchOf(key.color, key.dash, x, cy);
    bottomOps.push(swatch.op);
    const text = truncate(key.text, rangeFont, pad + inner - (x + swatch.w + gap), measure);
    bottomOps.push({ kind: 'text', text, font: rangeFont, tone: 'muted', x: x + swatch.w + gap, y: cy });
  }
  if (rows > 0) y += legendLh + u * 0.25;

  // The note above the footer, then the footer: sources, credit and attribution, small and muted. Each
  // wraps at whole words.
  const noteSize = u * 0.74;
  const noteFont = font(400, noteSize);
  const noteLh = noteSize * 1.35;
  const footer: (readonly [string, number, PngTextOp['tone']])[] = [
    [content.note, 2, 'text'],
    [content.sources, 3, 'muted'],
    ...content.notes.map((n) => [n, 2, 'muted'] as const),
  ];
  for (const [text, max, tone] of footer) {
    if (!text) continue;
    for (const line of wrapText(text, noteFont, inner, max, measure)) {
      bottomOps.push({ kind: 'text', text: line, font: noteFont, tone, x: pad, y: y + noteLh / 2 });
      y += noteLh;
    }
  }
  const bottom = Math.round(y + pad * 0.8);
  return { top, bottom, topOps, bottomOps };
}

/**
 * Where the title, legend, notes and map go in an exported image, in whole CSS pixels. A preset keeps its size:
 * text shrinks (to a floor) until the map has at least 60 % of the height. 'view' keeps the map's size and
 * grows the image by the bands.
 *
 * @example
 * layoutPng(content, { kind: 'preset', width: 1200, height: 675 }, measure).map;
 * // { x: 0, y: 64, width: 1200, height: 499 } for a title, one system, a source and the two notes
 */
export function layoutPng(content: PngContent, frame: PngFrame, measure: Measure): PngLayout {
  let u = baseUnit(frame);
  let bands = layoutBands(content, frame.width, u, measure);
  if (frame.kind === 'preset') {
    while (frame.height - bands.top - bands.bottom < frame.height * MIN_MAP_SHARE && u > MIN_UNIT) {
      u = Math.max(MIN_UNIT, u * 0.9);
      bands = layoutBands(content, frame.width, u, measure);
    }
  }
  const mapHeight =
    frame.kind === 'view' ? frame.mapHeight : Math.max(1, frame.height - bands.top - bands.bottom);
  const height = frame.kind === 'view' ? bands.top + mapHeight + bands.bottom : frame.height;
  const below = bands.top + mapHeight;
  return {
    width: frame.width,
    height,
    map: { x: 0, y: bands.top, width: frame.width, height: mapHeight },
    ops: [...bands.topOps, ...bands.bottomOps.map((op) => ({ ...op, y: op.y + below }))],
  };
}
