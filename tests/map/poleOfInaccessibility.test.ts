import { describe, expect, it } from 'vitest';
import { poleOfInaccessibility, signedDistance } from '../../src/map/poleOfInaccessibility';

describe('poleOfInaccessibility', () => {
  it('finds the centre of a square, half its side from every edge', () => {
    const { point, distance } = poleOfInaccessibility(
      [
        [
          [0, 0],
          [4, 0],
          [4, 4],
          [0, 4],
          [0, 0],
        ],
      ],
      0.001,
    );
    expect(point[0]).toBeCloseTo(2, 2);
    expect(point[1]).toBeCloseTo(2, 2);
    expect(distance).toBeCloseTo(2, 2);
  });

  it('stays in the wide arm of an L, where its bounding-box centre would be on the edge', () => {
    // Arms 10 long: horizontal one 4 thick, vertical one 2 thick; the bbox centre (5, 5) is outside.
    const l = [
      [
        [0, 0],
        [10, 0],
        [10, 4],
        [2, 4],
        [2, 10],
        [0, 10],
        [0, 0],
      ] as [number, number][],
    ];
    expect(signedDistance(5, 5, l)).toBeLessThan(0);
    const { point, distance } = poleOfInaccessibility(l, 0.001);
    expect(point[1]).toBeCloseTo(2, 2);
    expect(distance).toBeCloseTo(2, 2);
  });

  it('keeps out of a hole', () => {
    const outer: [number, number][] = [
      [0, 0],
      [10, 0],
      [10, 10],
      [0, 10],
      [0, 0],
    ];
    const hole: [number, number][] = [
      [3, 3],
      [7, 3],
      [7, 7],
      [3, 7],
      [3, 3],
    ];
    const { point, distance } = poleOfInaccessibility([outer, hole], 0.001);
    expect(signedDistance(point[0], point[1], [outer, hole])).toBeGreaterThan(0);
    // The best spots lie on the diagonals, at (t, t) as far from the edges (t) as from the hole's corner
    // (√2·(3 − t)): t = 3√2 / (1 + √2).
    expect(distance).toBeCloseTo((3 * Math.SQRT2) / (1 + Math.SQRT2), 2);
  });
});
