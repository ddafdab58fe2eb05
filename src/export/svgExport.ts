// The framed map as a standalone SVG, composed as the PNG is (same layout, words and colours), with one named
// group per layer so a print desk can restyle it in Inkscape or Illustrator, text kept as <text>, and the scenario
// in its <metadata> so the file reopens as a live map. Pure: the map's shapes come in already projected.
import type { LonLat } from '../geo';
import type { FrameVectors as SvgMap, VectorPath as SvgMapPath, VectorText as SvgMapText } from '../map';
import { escapeXml } from './escapeXml';
import type { PngLayout, PngSwatchOp, PngTextOp } from './pngLayout';
import type { PngPalette } from './pngPaint';
import { type Box, svgNumber as n, type Point, svgPathData } from './svgPath';

// The frame map's drawing as map/ reads it back (frameVectors): one set of types for both sides.
export type { FrameVectors as SvgMap, VectorPath as SvgMapPath, VectorText as SvgMapText } from '../map';

export interface SvgExportInput {
  layout: PngLayout;
  palette: PngPalette;
  map: SvgMap;
  marks: readonly { label: string; lonLat: LonLat }[];
  /** The scenario as its file holds it (scenarioFile), kept in the SVG's metadata. */
  scenarioText: string;
  /** Pixels from the middle of a line of text in `font` (a canvas font) down to its baseline. */
  baselineBelowMiddle: (font: string) => number;
  /** The font family an SVG names for a CSS font stack (drawnFontFamily); the stack itself by default. */
  fontFamily?: (stack: string) => string;
  /** The drawing's width and height per pixel of `layout` (its viewBox); 1 by default. */
  scale?: number;
}

/** The element that holds the scenario in <metadata>; scenarioFromSvg reads it back. */
export const SVG_SCENARIO_ELEMENT = 'rr:scenario';
export const SVG_SCENARIO_NAMESPACE = 'urn:range-rings:scenario';

/** Points closer than this to the last one kept are not written: under a pixel at 1×, invisible at print size. */
const MIN_STEP_PX = 0.5;
/** Which group each pane of the map goes to; a pane not named here gets a group of its own name. */
const GROUP_OF_PANE: Record<string, string> = {
  basemap: 'basemap',
  launchAreas: 'launch-areas',
  areaReaches: 'rings',
  rings: 'rings',
  bands: 'bands',
};
/** Groups over the map, bottom to top; other panes' groups go between labels and marks. */
const MAP_GROUPS = ['basemap', 'launch-areas', 'rings', 'bands', 'place-names', 'labels'];
const TOP_GROUPS = ['marks', 'launch-points'];

const a = (value: string) => escapeXml(value);

function pathElement(path: SvgMapPath, box: Box): string {
  const pad = (path.stroke?.width ?? 0) + 2; // an edge along the cut stays outside the frame
  const d = svgPathData(
    path.lines,
    path.closed,
    { minX: box.minX - pad, minY: box.minY - pad, maxX: box.maxX + pad, maxY: box.maxY + pad },
    MIN_STEP_PX,
  );
  if (!d) return '';
  const { fill, stroke } = path;
  const parts = [`<path d="${d}"`];
  if (fill) {
    parts.push(` fill="${a(fill.color)}" fill-rule="evenodd"`);
    if (fill.opacity !== 1) parts.push(` fill-opacity="${fill.opacity}"`);
  } else parts.push(' fill="none"');
  if (stroke) {
    parts.push(` stroke="${a(stroke.color)}" stroke-width="${n(stroke.width)}"`);
    parts.push(' stroke-linecap="round" stroke-linejoin="round"');
    if (stroke.opacity !== 1) parts.push(` stroke-opacity="${stroke.opacity}"`);
    if (stroke.dash) parts.push(` stroke-dasharray="${a(stroke.dash)}"`);
  }
  return `${parts.join('')}/>`;
}

function textElement(t: SvgMapText, family: (stack: string) => string): string {
  const parts: string[] = [];
  if (t.box) {
    const { x, y, width, height, fill, stroke } = t.box;
    parts.push(
      `<rect x="${n(x)}" y="${n(y)}" width="${n(width)}" height="${n(height)}" rx="3" fill="${a(fill)}" stroke="${a(stroke)}"/>`,
    );
  }
  const halo = t.halo
    ? ` stroke="${a(t.halo)}" stroke-width="${n(t.layer === 'basemap' ? 2.5 : 3.5)}" stroke-linejoin="round" paint-order="stroke"`
    : '';
  const spacing = t.letterSpacing ? ` letter-spacing="${n(t.letterSpacing)}"` : '';
  parts.push(
    `<text x="${n(t.x)}" y="${n(t.baseline)}" text-anchor="middle" font-family="${a(family(t.fontFamily))}" font-size="${n(t.fontSize)}" font-weight="${a(t.fontWeight)}" fill="${a(t.color)}"${spacing}${halo}>${escapeXml(t.text)}</text>`,
  );
  return parts.join('');
}

/** Weight, size and family of a canvas font such as '700 18.00px system-ui, sans-serif'. */
function fontParts(font: string): { weight: string; size: string; family: string } {
  const m = /^(\S+)\s+([\d.]+)px\s+(.*)$/.exec(font);
  return m
    ? { weight: m[1] as string, size: n(Number(m[2])), family: m[3] as string }
    : { weight: '400', size: '16', family: font };
}

function layoutText(
  op: PngTextOp,
  palette: PngPalette,
  below: (font: string) => number,
  familyOf: (stack: string) => string,
): string {
  const { weight, size } = fontParts(op.font);
  const family = familyOf(fontParts(op.font).family);
  const fill = op.tone === 'text' ? palette.text : palette.muted;
  return `<text x="${n(op.x)}" y="${n(op.y + below(op.font))}" font-family="${a(family)}" font-size="${size}" font-weight="${a(weight)}" fill="${a(fill)}">${escapeXml(op.text)}</text>`;
}

function swatchElement(op: PngSwatchOp): string {
  // with a dash, a short patterned line as the PNG draws it (a band's key, or a system's outline pattern)
  if (op.dash) {
    return `<line x1="${n(op.x - op.radius)}" y1="${n(op.y)}" x2="${n(op.x + op.radius)}" y2="${n(op.y)}" stroke="${a(op.color)}" stroke-width="${n(op.lineWidth)}" stroke-dasharray="${a(
      op.dash
        .split(/[\s,]+/)
        .filter(Boolean)
        .join(' '),
    )}"/>`;
  }
  return `<circle cx="${n(op.x)}" cy="${n(op.y)}" r="${n(op.radius - op.lineWidth / 2)}" fill="none" stroke="${a(op.color)}" stroke-width="${n(op.lineWidth)}"/>`;
}

/** A launch point as the map draws it (app.css .launch-marker): a dark-rimmed white disc with a white halo. */
function launchPointElement([x, y]: Point): string {
  return `<circle cx="${n(x)}" cy="${n(y)}" r="11" fill="#fff"/><circle cx="${n(x)}" cy="${n(y)}" r="7.5" fill="#fff" stroke="#111" stroke-width="3"/>`;
}

function markElement(
  label: string,
  [x, y]: Point,
  family: string,
  name: { left: number; baseline: number; fontSize: number } = { left: x + 8, baseline: y + 4, fontSize: 12 },
): string {
  return (
    `<g><circle cx="${n(x)}" cy="${n(y)}" r="4.5" fill="#222" stroke="#fff" stroke-width="1.5"/>` +
    `<text x="${n(name.left)}" y="${n(name.baseline)}" font-family="${a(family)}" font-size="${n(name.fontSize)}" font-weight="600" fill="#222" stroke="#fff" stroke-width="3" stroke-linejoin="round" paint-order="stroke">${escapeXml(label)}</text></g>`
  );
}

function group(id: string, body: string[], attributes = ''): string {
  const head = `<g id="${a(id)}" inkscape:groupmode="layer" inkscape:label="${a(id)}"${attributes}`;
  return body.length ? `${head}>\n${body.join('\n')}\n</g>` : `${head}/>`;
}

/**
 * The SVG text of an export: `layout`'s size in px (times `scale`) with a viewBox of that size, the map area's
 * layers clipped to it.
 *
 * @example
 * const svg = svgExport({ layout, palette, map: frameMap.vectors(), marks: [], scenarioText, baselineBelowMiddle });
 * // '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="675" …'
 */
export function svgExport(input: SvgExportInput): string {
  const { layout, palette, map } = input;
  const area = layout.map;
  const box: Box = { minX: 0, minY: 0, maxX: area.width, maxY: area.height };
  const groups = new Map<string, string[]>(MAP_GROUPS.map((id) => [id, []]));
  const add = (id: string, element: string) => {
    if (!element) return;
    const list = groups.get(id) ?? [];
    list.push(element);
    groups.set(id, list);
  };
  add('basemap', `<rect width="${n(area.width)}" height="${n(area.height)}" fill="${a(map.background)}"/>`);
  for (const path of map.paths) add(GROUP_OF_PANE[path.layer] ?? path.layer, pathElement(path, box));
  const familyOf = input.fontFamily ?? ((stack: string) => stack);
  for (const text of map.texts)
    add(text.layer === 'basemap' ? 'place-names' : text.layer, textElement(text, familyOf));
  const family = familyOf(
    map.texts[0]?.fontFamily ?? fontParts(layout.ops[0]?.kind === 'text' ? layout.ops[0].font : '').family,
  );
  input.marks.forEach((mark, i) => {
    add('marks', markElement(mark.label, map.project(mark.lonLat), family, map.markNames?.[i] ?? undefined));
  });
  for (const point of map.launchPoints) add('launch-points', launchPointElement(point));

  const place = ` clip-path="url(#map-area)" transform="translate(${n(area.x)} ${n(area.y)})"`;
  const mapIds = [
    ...MAP_GROUPS,
    ...[...groups.keys()].filter((id) => !MAP_GROUPS.includes(id) && !TOP_GROUPS.includes(id)),
    ...TOP_GROUPS,
  ];
  const mapLayers = mapIds.map((id) => group(id, groups.get(id) ?? [], place));

  // the words around the map: above it the title, below it the legend's rows (a swatch on each) and the footer
  const title: string[] = [];
  const legend: string[] = [];
  const footer: string[] = [];
  const below = input.baselineBelowMiddle;
  const legendRows = new Set(layout.ops.filter((op) => op.kind === 'swatch').map((op) => op.y));
  for (const op of layout.ops) {
    if (op.kind === 'swatch') legend.push(swatchElement(op));
    else if (op.kind === 'text') {
      const element = layoutText(op, palette, below, familyOf);
      if (op.y < area.y) title.push(element);
      else if (legendRows.has(op.y)) legend.push(element);
      else footer.push(element);
    }
  }
  const scale = input.scale ?? 1;
  const heading = layout.ops.find((op): op is PngTextOp => op.kind === 'text' && op.y < area.y);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" width="${n(layout.width * scale)}" height="${n(layout.height * scale)}" viewBox="0 0 ${layout.width} ${layout.height}">`,
    `<title>${escapeXml(heading?.text ?? 'Range rings')}</title>`,
    `<metadata><${SVG_SCENARIO_ELEMENT} xmlns:rr="${SVG_SCENARIO_NAMESPACE}">${escapeXml(input.scenarioText)}</${SVG_SCENARIO_ELEMENT}></metadata>`,
    `<defs><clipPath id="map-area"><rect width="${n(area.width)}" height="${n(area.height)}"/></clipPath></defs>`,
    `<rect id="background" width="${layout.width}" height="${layout.height}" fill="${a(palette.background)}"/>`,
    ...mapLayers,
    group('legend', legend),
    group('title', title),
    group('footer', footer),
    '</svg>',
    '',
  ].join('\n');
}
