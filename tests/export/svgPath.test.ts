// Path data for the SVG export: cut to the frame, thinned below half a pixel, rounded to 0.1 px.
import { describe, expect, it } from 'vitest';
import { clipLine, clipRing, type Point, svgNumber, svgPathData, thin } from '../../src/export/svgPath';

const BOX = { minX: 0, minY: 0, maxX: 10, maxY: 10 };

/** Twice the signed area of a ring (shoelace). */
const area2 = (ring: Point[]) =>
  ring.reduce((sum, [x, y], i) => {
    const [nx, ny] = ring[(i + 1) % ring.length] as Point;
    return sum + x * ny - nx * y;
  }, 0);

describe('svgNumber', () => {
  it('writes at most one decimal, never "-0"', () => {
    expect([svgNumber(12), svgNumber(1.26), svgNumber(-0.04), svgNumber(-3.45), svgNumber(1e-9)]).toEqual([
      '12',
      '1.3',
      '0',
      '-3.4',
      '0',
    ]);
  });
});

describe('clipRing', () => {
  it('keeps a ring inside the box as it is and drops one outside it', () => {
    const inside: Point[] = [
      [1, 1],
      [9, 1],
      [5, 8],
    ];
    expect(clipRing(inside, BOX)).toEqual(inside);
    expect(
      clipRing(
        [
          [20, 20],
          [30, 20],
          [25, 30],
        ],
        BOX,
      ),
    ).toEqual([]);
  });

  it('cuts a shape larger than the box down to the box itself', () => {
    const big: Point[] = [
      [-100, -100],
      [100, -100],
      [100, 100],
      [-100, 100],
    ];
    const cut = clipRing(big, BOX);
    expect(Math.abs(area2(cut)) / 2).toBeCloseTo(100, 9);
    for (const [x, y] of cut) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(10);
    }
  });

  it('keeps the part of a triangle across a corner, with its area', () => {
    const cut = clipRing(
      [
        [-10, 5],
        [5, 5],
        [5, -10],
      ],
      BOX,
    );
    // the part inside is the 5 × 5 square's lower-left triangle cut: x ≥ 0, y ≥ 0, below the hypotenuse
    expect(Math.abs(area2(cut)) / 2).toBeCloseTo(25, 9);
  });
});

describe('clipLine', () => {
  it('splits a line that leaves the box and comes back into runs', () => {
    const runs = clipLine(
      [
        [-5, 5],
        [5, 5],
        [15, 5],
        [15, 8],
        [5, 8],
      ],
      BOX,
    );
    expect(runs).toEqual([
      [
        [0, 5],
        [5, 5],
        [10, 5],
      ],
      [
        [10, 8],
        [5, 8],
      ],
    ]);
  });
});

describe('thin', () => {
  it('drops points closer than the step to the last kept, keeping both ends', () => {
    const points: Point[] = [
      [0, 0],
      [0.2, 0],
      [0.4, 0],
      [0.6, 0],
      [0.7, 0],
    ];
    expect(thin(points, 0.5)).toEqual([
      [0, 0],
      [0.6, 0],
      [0.7, 0],
    ]);
  });
});

describe('svgPathData', () => {
  it('writes closed rings with Z and open lines without, and nothing for what lies outside', () => {
    const square: Point[] = [
      [1, 1],
      [2.04, 1],
      [2.04, 2.96],
    ];
    expect(svgPathData([square], true, BOX, 0.5)).toBe('M1 1 2 1 2 3Z');
    expect(svgPathData([square], false, BOX, 0.5)).toBe('M1 1 2 1 2 3');
    expect(svgPathData([square.map(([x, y]) => [x + 50, y] as Point)], true, BOX, 0.5)).toBe('');
  });

  it('makes a dense world-sized ring a few hundred points at most in a 10 px box', () => {
    const ring: Point[] = Array.from({ length: 100_000 }, (_, i) => {
      const a = (2 * Math.PI * i) / 100_000;
      return [5 + 6 * Math.cos(a), 5 + 6 * Math.sin(a)];
    });
    const d = svgPathData([ring], true, BOX, 0.5);
    expect(d.split(' ').length / 2).toBeLessThan(200);
  });
});
