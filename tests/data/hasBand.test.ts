import { describe, expect, it } from 'vitest';
import { drawsBand, hasBand } from '../../src/data';

describe('hasBand / drawsBand', () => {
  it('finds a band only where both ends are given and the farther is farther', () => {
    expect(hasBand({ rangeMinKm: 240, rangeMaxKm: 460 })).toBe(true);
    expect(hasBand({ rangeMaxKm: 2500 })).toBe(false);
    expect(hasBand({ rangeMinKm: 300, rangeMaxKm: 300 })).toBe(false);
    expect(hasBand({ rangeMinKm: 460, rangeMaxKm: 240 })).toBe(false);
  });

  it('draws a band whose farther end is under half the equator (20,037.5 km), as the map, views and exports do', () => {
    expect(drawsBand({ rangeMinKm: 240, rangeMaxKm: 460 })).toBe(true);
    expect(drawsBand({ rangeMinKm: 15_000, rangeMaxKm: 20_037 })).toBe(true);
    expect(drawsBand({ rangeMinKm: 15_000, rangeMaxKm: 20_038 })).toBe(false);
    expect(drawsBand({ rangeMaxKm: 460 })).toBe(false);
  });
});
