// canvasPixelRatio: the density a renderer draws at, read off its options (a density canvas's), else 1.
import { describe, expect, it } from 'vitest';
import { canvasPixelRatio } from '../../src/map/canvasPixelRatio';

describe('canvasPixelRatio', () => {
  it('reads a density canvas’s pixel ratio, and 1 for any other renderer', () => {
    expect(canvasPixelRatio({ options: { pixelRatio: 3 } })).toBe(3);
    // Leaflet's Canvas keeps no pixel ratio in its options
    expect(canvasPixelRatio({ options: { padding: 0.1, tolerance: 0 } })).toBe(1);
    expect(canvasPixelRatio({ options: { pixelRatio: 0 } })).toBe(1);
    expect(canvasPixelRatio({ options: { pixelRatio: '2' } })).toBe(1);
    expect(canvasPixelRatio(undefined)).toBe(1);
  });
});
