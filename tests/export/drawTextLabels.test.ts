// The halos of a ring label as the browser computes them (`text-shadow`), read for drawing on a canvas. The
// drawing itself is compared with the screen in tests/browser/pngExport.test.ts.
import { describe, expect, it } from 'vitest';
import { parseTextShadow } from '../../src/export/drawTextLabels';

describe('parseTextShadow', () => {
  it('reads the light theme halo of a ring label, three shadows in order', () => {
    expect(
      parseTextShadow(
        'rgb(255, 255, 255) 0px 0px 3px, rgb(255, 255, 255) 0px 0px 3px, rgb(255, 255, 255) 0px 0px 2px',
      ),
    ).toEqual([
      { color: 'rgb(255, 255, 255)', x: 0, y: 0, blur: 3 },
      { color: 'rgb(255, 255, 255)', x: 0, y: 0, blur: 3 },
      { color: 'rgb(255, 255, 255)', x: 0, y: 0, blur: 2 },
    ]);
  });

  it('keeps a colour with commas whole, and reads offsets, negative ones too', () => {
    expect(parseTextShadow('rgba(0, 0, 0, 0.5) -1px 2.5px 4px')).toEqual([
      { color: 'rgba(0, 0, 0, 0.5)', x: -1, y: 2.5, blur: 4 },
    ]);
  });

  it('reads a shadow with no blur, and none as no shadow', () => {
    expect(parseTextShadow('rgb(1, 2, 3) 1px 1px 0px')).toEqual([
      { color: 'rgb(1, 2, 3)', x: 1, y: 1, blur: 0 },
    ]);
    expect(parseTextShadow('none')).toEqual([]);
  });
});
