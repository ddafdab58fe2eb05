import { describe, expect, it } from 'vitest';
import { BASEMAP_PALETTES } from '../../src/map/basemapStyles';
import { contrastRatio, LABEL_CONTRAST, labelInk, luminance } from '../../src/map/labelInk';
import { systemColor } from '../../src/map/systemColor';

const rgb = (hex: string) =>
  [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
const contrast = (a: string, b: string) => contrastRatio(luminance(rgb(a)), luminance(rgb(b)));
const PALETTE = Array.from({ length: 7 }, (_, i) => systemColor(i));

describe('labelInk', () => {
  it.each(['light', 'dark'] as const)(
    'makes every ring colour read at 4.5:1 on the %s land and sea',
    (theme) => {
      const { land, sea } = BASEMAP_PALETTES[theme];
      for (const color of PALETTE) {
        const ink = labelInk(color, theme);
        expect(contrast(ink, land), `${color} on land`).toBeGreaterThanOrEqual(LABEL_CONTRAST);
        expect(contrast(ink, sea), `${color} on sea`).toBeGreaterThanOrEqual(LABEL_CONTRAST);
      }
    },
  );

  it('keeps the hue: darker on the light map, lighter on the dark one, unchanged when readable', () => {
    expect(labelInk('#E69F00', 'light')).toBe('#7f5700');
    expect(labelInk('#D55E00', 'dark')).toBe('#dd7e33');
    expect(labelInk('#E69F00', 'dark')).toBe('#e69f00');
    expect(labelInk('#000000', 'light')).toBe('#000000');
    expect(labelInk('#000000', 'dark')).toBe('#999999');
    for (const color of PALETTE) {
      const [r, g, b] = rgb(color);
      const [lr, lg, lb] = rgb(labelInk(color, 'light'));
      expect(lr <= r && lg <= g && lb <= b).toBe(true);
      // the same proportions: mixed with black only
      if (r > 0 && b > 0) expect(lr / r).toBeCloseTo(lb / b, 1);
    }
  });

  it('leaves a colour it cannot read alone', () => {
    expect(labelInk('tomato', 'light')).toBe('tomato');
  });
});
