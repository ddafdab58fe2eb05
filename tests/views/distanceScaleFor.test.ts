import { describe, expect, it } from 'vitest';
import { distanceGraticule, distanceScaleStep } from '../../src/views/distanceGraticule';
import { distanceScaleFor } from '../../src/views/distanceScaleFor';

const KHARKIV: [number, number] = [36.2304, 49.9935];

describe('distanceScaleStep', () => {
  it('gives the step and circle count distanceGraticule draws', () => {
    for (const reachM of [120_000, 3_000_000, 5_234_000, 12_000_000, 20_003_931])
      for (const unit of ['km', 'mi', 'nmi'] as const) {
        const g = distanceGraticule(KHARKIV, { reachM, unit, vertices: 8 });
        expect(distanceScaleStep(reachM, unit)).toEqual({ step: g.step, count: g.circles.length });
      }
  });
});

describe('distanceScaleFor', () => {
  it('reaches the view corners: 800 × 600 at zoom 3 is 2,000 km apart, in miles 1,000 mi', () => {
    const state = { center: KHARKIV, zoom: 3, offset: [0, 0] as [number, number] };
    // zoom 3: 2048 / 2π = 325.95 px per a metres, so the corners (500 px away) are 9,784 km = 6,080 mi out;
    // eight circles at most: 9,784 / 8 = 1,223 → 2,000 km; 6,080 / 8 = 760 → 1,000 mi
    const km = distanceScaleFor('km')(state, { width: 800, height: 600 });
    expect(km.circles.map((c) => c.label)).toEqual(['2,000 km', '4,000 km', '6,000 km', '8,000 km']);
    const mi = distanceScaleFor('mi')(state, { width: 800, height: 600 });
    expect(mi.circles.map((c) => c.label)).toEqual([
      '1,000 mi',
      '2,000 mi',
      '3,000 mi',
      '4,000 mi',
      '5,000 mi',
      '6,000 mi',
    ]);
  });

  it('keeps the same graticule while a small pan keeps its step and count, and makes a new one past it', () => {
    const scaleOf = distanceScaleFor('km');
    const size = { width: 800, height: 600 };
    const a = scaleOf({ center: KHARKIV, zoom: 5, offset: [0, 0] }, size);
    expect(scaleOf({ center: KHARKIV, zoom: 5, offset: [3, -2] }, size)).toBe(a);
    const b = scaleOf({ center: KHARKIV, zoom: 6, offset: [0, 0] }, size);
    expect(b).not.toBe(a);
    expect(b.step).toBeLessThan(a.step);
  });
});
