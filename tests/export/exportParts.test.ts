// The small pieces of the exports: XML escaping, colours, source text, rounding and joining parts.
import { describe, expect, it } from 'vitest';
import { escapeXml } from '../../src/export/escapeXml';
import { hexColor, kmlColor } from '../../src/export/exportColor';
import { roundCoordinate, roundGeometry } from '../../src/export/roundGeometry';
import { sourceText } from '../../src/export/sourceText';

describe('escapeXml', () => {
  it('escapes markup characters and keeps other text, emoji included', () => {
    expect(escapeXml(`<b>R&D "X" 'y'</b> Київ 🚀`)).toBe(
      '&lt;b&gt;R&amp;D &quot;X&quot; &apos;y&apos;&lt;/b&gt; Київ 🚀',
    );
    expect(escapeXml('&amp;')).toBe('&amp;amp;');
  });

  it('drops what XML 1.0 cannot hold, keeps tabs and line breaks', () => {
    expect(escapeXml('a\u0000b\u0007c\u001fd\ud800e\udc00f\uffffg')).toBe('abcdefg');
    expect(escapeXml('a\tb\nc\rd')).toBe('a\tb\nc\rd');
  });
});

describe('colours', () => {
  it('normalises CSS hex colours, grey for anything else', () => {
    expect(hexColor('#D55E00')).toBe('#d55e00');
    expect(hexColor('#0aF')).toBe('#00aaff');
    expect(hexColor('')).toBe('#555555');
    expect(hexColor('rgb(0,0,0)')).toBe('#555555');
  });

  it('writes KML colours alpha first, then blue, green, red', () => {
    expect(kmlColor('#D55E00', 1)).toBe('ff005ed5');
    expect(kmlColor('#0072B2', 0.2)).toBe('33b27200');
    expect(kmlColor('#000000', 0)).toBe('00000000');
    expect(kmlColor('#ffffff', 7)).toBe('ffffffff');
  });
});

describe('sourceText', () => {
  it('joins publisher, title, date and address of the first source', () => {
    expect(
      sourceText([
        {
          publisher: 'AP',
          title: 'Report',
          date: '2025-10-16',
          url: 'https://example.org/a',
          figure: '1,600 km',
        },
        { publisher: 'Other' },
      ]),
    ).toBe('AP, Report, 2025-10-16, https://example.org/a');
  });

  it('says a custom system source once, and nothing when there is none', () => {
    expect(sourceText([{ publisher: 'IISS 2025', title: 'IISS 2025' }])).toBe('IISS 2025');
    expect(sourceText([])).toBe('');
    expect(sourceText([{}])).toBe('');
  });
});

describe('roundGeometry', () => {
  it('rounds to 7 decimals, never -0', () => {
    expect(roundCoordinate(36.23040004)).toBe(36.2304);
    expect(roundCoordinate(-0.00000001)).toBe(0);
    expect(Object.is(roundCoordinate(-0.00000001), 0)).toBe(true);
  });

  it('drops neighbours made equal by rounding and keeps rings closed', () => {
    const rounded = roundGeometry({
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [1e-9, 0],
          [1, 0],
          [1, 1],
          [0, 1e-9],
        ],
      ],
    });
    expect(rounded).toStrictEqual({
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [1, 0],
          [1, 1],
          [0, 0],
        ],
      ],
    });
  });

  it('drops parts that rounding shrinks to nothing', () => {
    const tiny = [
      [
        [5, 5],
        [5 + 1e-9, 5],
        [5, 5 + 1e-9],
        [5, 5],
      ],
    ];
    const square = [
      [
        [0, 0],
        [1, 0],
        [1, 1],
        [0, 0],
      ],
    ];
    expect(roundGeometry({ type: 'MultiPolygon', coordinates: [square, tiny] })).toStrictEqual({
      type: 'Polygon',
      coordinates: square,
    });
  });
});
