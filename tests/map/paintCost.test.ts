// paintCost: the pixels a path is reckoned to cost in the view, and the budget of a slice learnt from slices.
import { describe, expect, it } from 'vitest';
import { learnPixelCost, type PathLayer, pixelsOf, slicePixels } from '../../src/map/paintCost';

const path = (box: [number, number, number, number], options: PathLayer['options']): PathLayer => ({
  _map: null,
  _pxBounds: { min: { x: box[0], y: box[1] }, max: { x: box[2], y: box[3] } },
  options,
  _updatePath: () => {},
});
const VIEW = { min: { x: 0, y: 0 }, max: { x: 1000, y: 800 } };

describe('pixelsOf', () => {
  it('counts a filled path by the area of its box within the view', () => {
    expect(pixelsOf(path([100, 100, 300, 200], { fill: true }), VIEW)).toBe(200 * 100);
    // a ring larger than the view costs the view, not its box
    expect(pixelsOf(path([-5000, -5000, 5000, 5000], { fill: true }), VIEW)).toBe(1000 * 800);
    expect(pixelsOf(path([2000, 0, 3000, 100], { fill: true }), VIEW)).toBe(0);
  });

  it('counts an outline by its length and weight, far less than the area it encloses', () => {
    const outline = pixelsOf(path([100, 100, 300, 200], { fill: false, weight: 2 }), VIEW);
    expect(outline).toBe(8 * (200 + 100) * 2);
    expect(outline).toBeLessThan(200 * 100);
  });

  it('counts a path not yet projected as nothing', () => {
    expect(pixelsOf({ _map: null, options: { fill: true }, _updatePath: () => {} }, VIEW)).toBe(0);
  });
});

describe('slicePixels', () => {
  it('gives a slice fewer pixels after a slow slice, more after a fast one, and ignores an empty one', () => {
    const first = slicePixels();
    learnPixelCost(200, first);
    const slower = slicePixels();
    expect(slower).toBeLessThan(first);
    learnPixelCost(Number.NaN, first);
    learnPixelCost(10, 0);
    expect(slicePixels()).toBe(slower);
    learnPixelCost(1, first);
    expect(slicePixels()).toBeGreaterThan(slower);
  });
});
