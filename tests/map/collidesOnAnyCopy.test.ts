import RBush, { type BBox } from 'rbush';
import { describe, expect, it } from 'vitest';
import { collidesOnAnyCopy } from '../../src/map/collidesOnAnyCopy';

describe('collidesOnAnyCopy', () => {
  it('finds a box across the seam, a world west or east, and nothing two worlds away', () => {
    const worldPx = 1024;
    const taken = new RBush<BBox>();
    taken.insert({ minX: 1010, minY: 100, maxX: 1030, maxY: 120 }); // across the seam, east of the world's edge
    const west = { minX: 0, minY: 105, maxX: 10, maxY: 115 }; // the same place one world west
    expect(collidesOnAnyCopy(taken, west, worldPx)).toBe(true);
    expect(collidesOnAnyCopy(taken, { ...west, minY: 130, maxY: 140 }, worldPx)).toBe(false);
    expect(collidesOnAnyCopy(taken, { minX: 2040, minY: 105, maxX: 2050, maxY: 115 }, worldPx)).toBe(true);
    expect(collidesOnAnyCopy(taken, { minX: 3060, minY: 105, maxX: 3070, maxY: 115 }, worldPx)).toBe(false);
  });
});
