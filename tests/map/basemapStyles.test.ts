// The basemap's palettes: the names the globe and the distance map write as text (launch points, marked places)
// read at WCAG AA on their halo and on the land and sea of each theme, and a marked place's diamond stands out.
import { describe, expect, it } from 'vitest';
import { BASEMAP_PALETTES } from '../../src/map/basemapStyles';
import { contrastRatio, LABEL_CONTRAST, luminance } from '../../src/map/labelInk';

const rgb = (hex: string) =>
  [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
const contrast = (a: string, b: string) => contrastRatio(luminance(rgb(a)), luminance(rgb(b)));

describe('BASEMAP_PALETTES', () => {
  it.each(['light', 'dark'] as const)(
    "writes the %s map's launch point and marked place names at 4.5:1 on their halo, the land and the sea",
    (theme) => {
      const palette = BASEMAP_PALETTES[theme];
      for (const ink of [palette.pointLabel, palette.markLabel])
        for (const ground of [palette.labelHalo, palette.land, palette.sea])
          expect(contrast(ink, ground), `${ink} on ${ground}`).toBeGreaterThanOrEqual(LABEL_CONTRAST);
    },
  );

  it.each(['light', 'dark'] as const)(
    "draws the %s map's marked place at 3:1 on the land and the sea",
    (theme) => {
      const { markFill, land, sea } = BASEMAP_PALETTES[theme];
      // WCAG's non-text contrast, for a graphic that identifies something
      expect(contrast(markFill, land)).toBeGreaterThanOrEqual(3);
      expect(contrast(markFill, sea)).toBeGreaterThanOrEqual(3);
    },
  );
});
