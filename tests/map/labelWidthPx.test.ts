import { describe, expect, it } from 'vitest';
import { labelWidthPx } from '../../src/map/labelWidthPx';

// Widths Chromium gave these labels on the map (12 px bold, Liberation Sans on Debian).
const DRAWN_PX: [string, number][] = [
  ['ATACMS · 300 km', 100.25],
  ['Fateh-110 · 300 km', 106.73],
  ['Tomahawk · 1,600 km', 121.84],
  ['ERAM · 460 km', 86.05],
];

describe('labelWidthPx', () => {
  it.each(DRAWN_PX)('is a little more than the drawn width of "%s" (%f px)', (text, drawnPx) => {
    expect(labelWidthPx(text)).toBeGreaterThanOrEqual(drawnPx);
    expect(labelWidthPx(text)).toBeLessThan(drawnPx * 1.15);
  });

  it('grows with the text, more for wide letters and full-width scripts than for narrow ones', () => {
    expect(labelWidthPx('')).toBe(0);
    expect(labelWidthPx('MMMM')).toBeGreaterThan(labelWidthPx('iiii') * 2);
    expect(labelWidthPx('Искандер')).toBeGreaterThan(labelWidthPx('Iskander') * 0.9);
    expect(labelWidthPx('東風-21')).toBeGreaterThan(labelWidthPx('DF-21'));
  });
});
