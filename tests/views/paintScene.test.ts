// paintScene on a recording canvas: the globe and the distance map write launch point and marked place names,
// and draw a marked place's diamond, in the theme's colours (dark on the light map, light on the dark one); a
// highlight fades the other systems' ring labels as it fades their rings, and a launch area's reach with them.
import { geoPath } from 'd3';
import { describe, expect, it } from 'vitest';
import type { LonLat } from '../../src/geo';
import { BASEMAP_PALETTES } from '../../src/map/basemapStyles';
import { DIMMED_LABEL_OPACITY } from '../../src/scenario';
import { d3Winding } from '../../src/views/d3Winding';
import { paintScene } from '../../src/views/paintScene';
import { globeProjection } from '../../src/views/viewProjection';
import { type ViewSystem, viewScene } from '../../src/views/viewScene';
import { WORLD_110M } from '../../src/views/worldCountries';

const ODESA: LonLat = [30.72, 46.48];
const KHERSON: LonLat = [32.61, 46.64];
const SIZE = { width: 800, height: 600 };

/** A 2D context that records the text it is asked to fill and the fills made, each with its fill style. */
function recordingContext() {
  const texts: { text: string; color: unknown; alpha: number; x: number; y: number; align: unknown }[] = [];
  const fills: unknown[] = [];
  const strokes: { color: unknown; width: unknown; alpha: number; dash: number[] }[] = [];
  const state: Record<string | symbol, unknown> = { dash: [] };
  const context = new Proxy(state, {
    get(target, key) {
      if (key === 'fillText')
        return (text: string, x: number, y: number) =>
          texts.push({
            text,
            x,
            y,
            align: target.textAlign,
            color: target.fillStyle,
            alpha: (target.globalAlpha as number | undefined) ?? 1,
          });
      if (key === 'fill') return () => fills.push(target.fillStyle);
      if (key === 'setLineDash') return (dash: number[]) => (target.dash = dash);
      if (key === 'stroke')
        return () =>
          strokes.push({
            color: target.strokeStyle,
            width: target.lineWidth,
            alpha: (target.globalAlpha as number | undefined) ?? 1,
            dash: target.dash as number[],
          });
      if (key === 'measureText') return (text: string) => ({ width: text.length * 7 });
      if (key in target) return target[key];
      return () => undefined;
    },
    set(target, key, value) {
      target[key] = value;
      return true;
    },
  }) as unknown as CanvasRenderingContext2D;
  return { context, texts, fills, strokes };
}

const ATACMS = { systemId: 'atacms', name: 'ATACMS', rangeKm: 300, color: '#009E73' };
const ERAM = { systemId: 'eram', name: 'ERAM', rangeKm: 460, color: '#0072B2' };

// a launch area's reach: a square about Crimea, as the core gives one (its outline's one run, its label)
const SQUARE: LonLat[] = [
  [32, 44],
  [36, 44],
  [36, 47],
  [32, 47],
  [32, 44],
];
const REACH = {
  systemId: 'atacms',
  color: ATACMS.color,
  area: d3Winding({ type: 'Polygon', coordinates: [SQUARE] }),
  outlines: [SQUARE],
  label: 'ATACMS from Crimea, 300 km',
  labelColor: ATACMS.color,
};

function painted(
  theme: 'light' | 'dark',
  highlightedId: string | null = null,
  marks = [{ label: 'Kherson', lonLat: KHERSON }],
  systems: ViewSystem[] = [ATACMS, ERAM],
) {
  const scene = viewScene({
    sites: [{ label: 'Odesa', lonLat: ODESA }],
    marks,
    systems,
    reaches: [REACH],
    probe: null,
    highlightedId,
    zoom: 5,
    labelOf: (s) => s.name,
    labelColorOf: (c) => c,
    basemap: {
      palette: BASEMAP_PALETTES[theme],
      graticule: { type: 'MultiLineString', coordinates: [] },
      ...WORLD_110M,
    },
  });
  const { context, texts, fills, strokes } = recordingContext();
  const projection = globeProjection({ center: ODESA, zoom: 5, offset: [0, 0] }, SIZE);
  paintScene(context, geoPath(projection, context), scene, SIZE);
  return { texts, fills, strokes };
}

describe('paintScene', () => {
  it.each(['light', 'dark'] as const)("writes the names in the %s theme's colours", (theme) => {
    const palette = BASEMAP_PALETTES[theme];
    const { texts, fills } = painted(theme);
    expect(texts.find((t) => t.text === 'Odesa')?.color).toBe(palette.pointLabel);
    expect(texts.find((t) => t.text === 'Kherson')?.color).toBe(palette.markLabel);
    expect(fills).toContain(palette.markFill);
  });

  it('writes them light on the dark map and dark on the light one', () => {
    const light = painted('light').texts.find((t) => t.text === 'Odesa')?.color;
    const dark = painted('dark').texts.find((t) => t.text === 'Odesa')?.color;
    expect(light).toBe('#1d1d1f');
    expect(dark).not.toBe(light);
  });

  it("fades the other systems' ring labels while one is highlighted, as their rings, and no name", () => {
    const alphaOf = (texts: { text: string; alpha: number }[], text: string) =>
      texts.find((t) => t.text === text)?.alpha;
    const plain = painted('light').texts;
    expect([alphaOf(plain, 'ATACMS'), alphaOf(plain, 'ERAM')]).toEqual([1, 1]);
    const eram = painted('light', 'eram').texts;
    expect(alphaOf(eram, 'ERAM')).toBe(1);
    expect(alphaOf(eram, 'ATACMS')).toBe(DIMMED_LABEL_OPACITY);
    expect(alphaOf(eram, 'Odesa')).toBe(1);
    expect(alphaOf(eram, 'Kherson')).toBe(1);
  });

  it('writes the names of a launch point and marked places near it clear of one another', () => {
    // Odesa, Kherson and Mykolaiv, 100–150 km apart: at this zoom all three names to the right met
    const marks = [
      { label: 'Kherson', lonLat: KHERSON },
      { label: 'Mykolaiv', lonLat: [31.99, 46.97] as LonLat },
    ];
    const { texts } = painted('light', null, marks);
    const boxes = ['Odesa', 'Kherson', 'Mykolaiv'].map((name) => {
      const t = texts.find((x) => x.text === name);
      expect(t?.align).toBe('left');
      const { x, y } = t as { x: number; y: number };
      return { minX: x, maxX: x + name.length * 7, minY: y - 11, maxY: y + 4 };
    });
    for (const [i, a] of boxes.entries())
      for (const b of boxes.slice(i + 1))
        expect(a.minX < b.maxX && b.minX < a.maxX && a.minY < b.maxY && b.minY < a.maxY).toBe(false);
  });

  it("dims a launch area's reach, its outline and its label, while another system is highlighted", () => {
    // a reach is stroked before the rings: the first ATACMS stroke wider than a band's edge is its outline
    const reachStroke = (strokes: { color: unknown; width: unknown; alpha: number }[]) =>
      strokes.filter((s) => s.color === ATACMS.color && s.width !== 1);
    const labelAlpha = (texts: { text: string; alpha: number }[]) =>
      texts.find((t) => t.text === REACH.label)?.alpha;
    const plain = painted('light', null, [], [{ ...ATACMS, dash: '8 4' }, ERAM]);
    expect(labelAlpha(plain.texts)).toBe(1);
    expect(reachStroke(plain.strokes)[0]).toMatchObject({ width: 2, alpha: 1, dash: [8, 4] });
    const eram = painted('light', 'eram', [], [{ ...ATACMS, dash: '8 4' }, ERAM]);
    expect(labelAlpha(eram.texts)).toBe(DIMMED_LABEL_OPACITY);
    expect(reachStroke(eram.strokes)[0]).toMatchObject({ width: 2, alpha: 0.35 });
    const atacms = painted('light', 'atacms', [], [{ ...ATACMS, dash: '8 4' }, ERAM]);
    expect(labelAlpha(atacms.texts)).toBe(1);
    expect(reachStroke(atacms.strokes)[0]).toMatchObject({ width: 4, alpha: 1 });
  });
});
