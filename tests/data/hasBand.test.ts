import { describe, expect, it } from 'vitest';
import { drawnReachKm, drawsBand, hasBand } from '../../src/data';

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

  it("reaches as far as is drawn: a drawn band's farther end, else the range (a figure only published frames nothing)", () => {
    expect(drawnReachKm({ rangeKm: 460, rangeMinKm: 240, rangeMaxKm: 480 })).toBe(480);
    expect(drawnReachKm({ rangeKm: 460, rangeMinKm: 240, rangeMaxKm: 460 })).toBe(460);
    expect(drawnReachKm({ rangeKm: 1600, rangeMaxKm: 2500 })).toBe(1600); // Tomahawk: one end only
    expect(drawnReachKm({ rangeKm: 15_000, rangeMinKm: 15_000, rangeMaxKm: 20_500 })).toBe(15_000); // not drawn
  });
});
