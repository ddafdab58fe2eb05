// Layout of an exported image with a fixed-width stand-in for measureText: sizes, the map's share, nothing
// drawn outside the image or over the map, and long content cut rather than lost silently.
import { describe, expect, it } from 'vitest';
import type { PngContent } from '../../src/export/pngContent';
import { layoutPng, type Measure, type PngTextOp, wrapText } from '../../src/export/pngLayout';

// about the width of a sans-serif character: 0.55 em
const measure: Measure = (text, font) => text.length * 0.55 * Number(/([\d.]+)px/.exec(font)?.[1] ?? 16);

const CONTENT: PngContent = {
  title: 'How far they reach',
  subtitle: 'As published, October 2025',
  legend: [
    { color: '#D55E00', name: 'Tomahawk', range: 'about 1,600 km', band: null },
    { color: '#0072B2', name: 'ERAM', range: 'about 460 km', band: 'published 240 km–460 km' },
  ],
  bandKey: { color: '#0072B2', dash: '4 4', text: 'dashed: published range band' },
  note: 'Rings show true distances; map scale varies with latitude',
  sources: 'Source: Associated Press, 2025-10-16 (Tomahawk, ERAM)',
  notes: ['Graphic: Zoë Ølsen', 'Basemap: Natural Earth'],
};

const texts = (ops: ReturnType<typeof layoutPng>['ops']) =>
  ops.filter((op): op is PngTextOp => op.kind === 'text');

describe('wrapText', () => {
  const eight: Measure = (t) => t.length * 8;
  it('wraps at spaces', () => {
    expect(wrapText('Rings are exact', 'f', 80, 2, eight)).toEqual(['Rings are', 'exact']);
  });
  it('ends the last line with an ellipsis when text is left over', () => {
    expect(wrapText('one two three four five six', 'f', 80, 2, eight)).toEqual(['one two', 'three…']);
  });
  it('never cuts a word in the middle when a long text runs out of lines', () => {
    const text =
      'Rings show how far each system reaches from the launch points, as published by their sources';
    for (const width of [90, 140, 200, 333]) {
      const lines = wrapText(text, 'f', width, 2, eight);
      const words = lines.join(' ').replace('…', '').split(' ');
      for (const word of words) expect(text.split(' ')).toContain(word);
      expect(lines.at(-1)).toMatch(/\S…$/);
      for (const line of lines) expect(eight(line, 'f')).toBeLessThanOrEqual(width);
    }
  });
  it('cuts a word wider than a line', () => {
    expect(wrapText('Supercalifragilistic', 'f', 80, 1, eight)).toEqual(['Supercali…']);
  });
});

describe('layoutPng', () => {
  for (const [width, height] of [
    [1200, 675],
    [1080, 1080],
    [2400, 1350],
  ] as const) {
    it(`keeps a ${width}×${height} preset's size, the map edge to edge over at least 60 % of it`, () => {
      const layout = layoutPng(CONTENT, { kind: 'preset', width, height }, measure);
      expect([layout.width, layout.height]).toEqual([width, height]);
      expect(layout.map.x).toBe(0);
      expect(layout.map.width).toBe(width);
      expect(layout.map.height).toBeGreaterThanOrEqual(height * 0.6);
      expect(layout.map.y + layout.map.height).toBeLessThan(height);
      for (const n of [layout.map.y, layout.map.height]) expect(Number.isInteger(n)).toBe(true);
    });
  }

  it('shrinks a long title to fit one line, down to a limit, then wraps it at whole words', () => {
    const sizeOf = (op: PngTextOp) => Number(/([\d.]+)px/.exec(op.font)?.[1]);
    const frame = { kind: 'preset', width: 1200, height: 675 } as const;
    const short = texts(layoutPng(CONTENT, frame, measure).ops)[0] as PngTextOp;
    const longer = 'How far they reach from Kharkiv, Kyiv, Odesa and Dnipro: the Tomahawk, ERAM and ATACMS';
    const shrunk = texts(layoutPng({ ...CONTENT, title: longer }, frame, measure).ops)[0] as PngTextOp;
    expect(shrunk.text).toBe(longer);
    expect(sizeOf(shrunk)).toBeLessThan(sizeOf(short));
    expect(measure(shrunk.text, shrunk.font)).toBeLessThanOrEqual(1200);
    const longest = `${longer} ranges as published by the Associated Press in October 2025`;
    const ops = texts(layoutPng({ ...CONTENT, title: longest }, frame, measure).ops);
    const titleLines = ops.filter((op) => op.font === ops[0]?.font && op.tone === 'text');
    expect(titleLines.length).toBeGreaterThan(1);
    expect(sizeOf(titleLines[0] as PngTextOp)).toBeCloseTo(sizeOf(short) * 0.7, 1);
    expect(titleLines.map((op) => op.text).join(' ')).toBe(longest);
  });

  it('grows the current view by the text bands and keeps the map its size', () => {
    const layout = layoutPng(CONTENT, { kind: 'view', width: 920, mapHeight: 734 }, measure);
    expect(layout.width).toBe(920);
    expect(layout.map).toEqual({ x: 0, y: layout.map.y, width: 920, height: 734 });
    expect(layout.height).toBeGreaterThan(734 + layout.map.y);
  });

  it('draws every text inside the image and off the map, title first', () => {
    for (const frame of [
      { kind: 'preset', width: 1200, height: 675 } as const,
      { kind: 'view', width: 420, mapHeight: 500 } as const,
    ]) {
      const layout = layoutPng(CONTENT, frame, measure);
      const ops = texts(layout.ops);
      expect(ops[0]?.text).toBe('How far they reach');
      for (const op of ops) {
        expect(op.x).toBeGreaterThanOrEqual(0);
        expect(op.x + measure(op.text, op.font)).toBeLessThanOrEqual(layout.width);
        expect(op.y).toBeGreaterThan(0);
        expect(op.y).toBeLessThan(layout.height);
        expect(op.y > layout.map.y && op.y < layout.map.y + layout.map.height).toBe(false);
      }
    }
  });

  it('says how many systems did not fit in the legend, and still leaves the map its share', () => {
    const many = {
      ...CONTENT,
      legend: Array.from({ length: 40 }, (_, i) => ({
        color: '#000000',
        name: `System with a long name ${i + 1}`,
        range: 'about 1,000 km',
        band: null,
      })),
    };
    const layout = layoutPng(many, { kind: 'preset', width: 1200, height: 675 }, measure);
    const shown = texts(layout.ops).filter((op) => op.text.startsWith('System with')).length;
    const more = texts(layout.ops).find((op) => /^\+ \d+ more$/.test(op.text));
    expect(more?.text).toBe(`+ ${40 - shown} more`);
    expect(
      (more as PngTextOp).x + measure((more as PngTextOp).text, (more as PngTextOp).font),
    ).toBeLessThanOrEqual(1200);
    expect(layout.map.height).toBeGreaterThanOrEqual(675 * 0.6);
  });

  it('keys the dashed band after the systems: a dashed line in the band colour and its meaning', () => {
    const layout = layoutPng(CONTENT, { kind: 'preset', width: 1200, height: 675 }, measure);
    const at = layout.ops.findIndex((op) => op.kind === 'text' && op.text === 'dashed: published range band');
    const swatch = layout.ops[at - 1];
    expect(swatch).toMatchObject({ kind: 'swatch', color: '#0072B2', dash: '4 4' });
    const eram = texts(layout.ops).find((op) => op.text === 'ERAM') as PngTextOp;
    expect(swatch?.y).toBeGreaterThanOrEqual(eram.y); // after the systems, on their row or below
    const without = layoutPng(
      { ...CONTENT, bandKey: null },
      { kind: 'preset', width: 1200, height: 675 },
      measure,
    );
    expect(texts(without.ops).some((op) => op.text.startsWith('dashed'))).toBe(false);
  });

  it('draws a patterned system as a dashed line swatch, a plain one as a ring', () => {
    const content = {
      ...CONTENT,
      legend: [{ ...CONTENT.legend[0], dash: '2 5' }, CONTENT.legend[1]],
    } as PngContent;
    const swatches = layoutPng(content, { kind: 'preset', width: 1200, height: 675 }, measure).ops.filter(
      (op) => op.kind === 'swatch',
    );
    expect(swatches.map((op) => op.dash)).toEqual(['2 5', undefined, '4 4']);
  });

  it('puts the note above the footer and wraps note and credit at whole words', () => {
    const note = 'Distances are measured along the ground from each launch point; figures are as published';
    const credit = 'Graphic: Zoë Ølsen and the whole graphics desk of a newspaper with a long name';
    const layout = layoutPng(
      { ...CONTENT, note, notes: [credit, 'Basemap: Natural Earth'] },
      { kind: 'view', width: 420, mapHeight: 300 },
      measure,
    );
    const noteFont = texts(layout.ops).find((op) => op.text.startsWith('Distances'))?.font;
    const lines = texts(layout.ops).filter((op) => op.font === noteFont);
    const order = lines.map((op) => op.text);
    const noteAt = order.findIndex((t) => t.startsWith('Distances'));
    const sourcesAt = order.findIndex((t) => t.startsWith('Source:'));
    const creditAt = order.findIndex((t) => t.startsWith('Graphic:'));
    expect(noteAt).toBeGreaterThan(-1);
    expect(noteAt).toBeLessThan(sourcesAt);
    expect(sourcesAt).toBeLessThan(creditAt);
    const wordsOf = (text: string) => text.split(' ');
    for (const op of lines) {
      for (const word of op.text.replace('…', '').split(' ')) {
        expect([
          ...wordsOf(note),
          ...wordsOf(credit),
          ...wordsOf(CONTENT.sources),
          'Basemap:',
          'Natural',
          'Earth',
        ]).toContain(word);
      }
    }
    expect(
      lines.filter((op) => wordsOf(note).includes(op.text.split(' ')[0] as string)).length,
    ).toBeGreaterThan(1);
  });
});
