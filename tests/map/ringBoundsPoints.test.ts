// ringBoundsPoints: a ring round both poles is fitted by its latitudes alone, as its traced outline says,
// without tracing it; other rings by their traced outline.
import { describe, expect, it } from 'vitest';
import { distanceM, HALF_MERIDIAN_M, type LonLat, mapRing } from '../../src/geo';
import { ringBoundsPoints } from '../../src/map/ringBoundsPoints';

const POLES: LonLat[] = [
  [0, 90],
  [0, -90],
];

/** Launch points of the heaviest map, and a few far from them. */
const CENTERS: LonLat[] = [
  [-5, 35],
  [-4, 37.5],
  [20, 47.5],
  [45, 57.5],
  [178.4, -18.1],
  [-70.6, -33.4],
  [139.7, 35.7],
  [0, 0],
];

/** The box of a ring's traced outer outlines. */
function tracedBox(center: LonLat, rangeM: number) {
  const outer = mapRing(center, rangeM, 64).flatMap((poly) => poly[0] ?? []);
  const lons = outer.map(([lon]) => lon);
  const lats = outer.map(([, lat]) => lat);
  return {
    lonSpan: Math.max(...lons) - Math.min(...lons),
    south: Math.min(...lats),
    north: Math.max(...lats),
    outer,
  };
}

describe('ringBoundsPoints', () => {
  it('takes a ring round both poles as the band from pole to pole its traced outline spans', () => {
    for (const center of CENTERS) {
      const farPoleM = Math.max(...POLES.map((pole) => distanceM(center, pole)));
      for (const rangeM of [farPoleM + 1_000, 18_000_000, 19_500_000, 20_000_000, HALF_MERIDIAN_M]) {
        if (rangeM <= farPoleM) continue;
        const traced = tracedBox(center, rangeM);
        expect(traced.lonSpan).toBeGreaterThanOrEqual(360);
        expect(ringBoundsPoints(center, rangeM)).toEqual([
          [center[0], traced.south],
          [center[0], traced.north],
        ]);
        expect([traced.south, traced.north]).toEqual([-90, 90]);
      }
    }
  });

  it('takes a ring round no pole by its traced outline, and one round a pole by its latitudes', () => {
    expect(ringBoundsPoints([36.23, 49.99], 1_000_000)).toEqual(tracedBox([36.23, 49.99], 1_000_000).outer);
    // 9,000 km from Svalbard goes round the North Pole only
    const cap = tracedBox([15.6, 78.2], 9_000_000);
    expect(cap.lonSpan).toBeGreaterThanOrEqual(360);
    expect(ringBoundsPoints([15.6, 78.2], 9_000_000)).toEqual([
      [15.6, cap.south],
      [15.6, cap.north],
    ]);
    expect(cap.south).toBeGreaterThan(-90);
  });
});
