import { describe, expect, it } from 'vitest';
import type { LonLat } from '../../src/geo';
import { MERCATOR_MAX_LAT, mercatorRuns } from '../../src/map/mercatorRuns';

describe('mercatorRuns', () => {
  it('keeps a line that stays on the map as it is', () => {
    const line: LonLat[] = [
      [0, 10],
      [5, 20],
      [10, 10],
    ];
    expect(mercatorRuns([line])).toEqual([line]);
  });

  it('cuts a line where it leaves the top of the map and again where it comes back', () => {
    const runs = mercatorRuns([
      [
        [0, 80],
        [10, 90],
        [20, 88],
        [30, 80],
      ],
    ]);
    expect(runs).toHaveLength(2);
    const [first, second] = runs as [LonLat[], LonLat[]];
    expect(first[0]).toEqual([0, 80]);
    expect(first[1]?.[1]).toBe(MERCATOR_MAX_LAT);
    expect(first[1]?.[0]).toBeCloseTo((10 * (MERCATOR_MAX_LAT - 80)) / 10, 9);
    expect(second[0]?.[1]).toBe(MERCATOR_MAX_LAT);
    expect(second[1]).toEqual([30, 80]);
  });

  it('cuts at the bottom too, and drops what lies wholly beyond the edge', () => {
    expect(
      mercatorRuns([
        [
          [0, -86],
          [10, -89],
        ],
      ]),
    ).toEqual([]);
    const [run] = mercatorRuns([
      [
        [0, -80],
        [10, -90],
      ],
    ]);
    expect(run?.[1]?.[1]).toBe(-MERCATOR_MAX_LAT);
  });
});
