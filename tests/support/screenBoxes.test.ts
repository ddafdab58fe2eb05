import { describe, expect, it } from 'vitest';
import { boxesOverlap, edgesOf, overlapArea } from './screenBoxes';

const box = (left: number, top: number, right: number, bottom: number) => ({ left, top, right, bottom });

describe('screen boxes', () => {
  it('tells boxes that cover each other from boxes that touch or stand apart', () => {
    expect(boxesOverlap(box(0, 0, 10, 10), box(9, 0, 20, 10))).toBe(true);
    expect(boxesOverlap(box(0, 0, 10, 10), box(10, 0, 20, 10))).toBe(false);
    expect(boxesOverlap(box(0, 0, 10, 10), box(0, 12, 10, 20))).toBe(false);
    // by more than a margin only
    expect(boxesOverlap(box(0, 0, 10, 10), box(9, 0, 20, 10), 1)).toBe(false);
    expect(boxesOverlap(box(0, 0, 10, 10), box(8, 0, 20, 10), 1)).toBe(true);
  });

  it('measures the area two boxes share', () => {
    expect(overlapArea(box(0, 0, 10, 10), box(5, 5, 20, 20))).toBe(25);
    expect(overlapArea(box(0, 0, 10, 10), box(10, 0, 20, 10))).toBe(0);
    expect(overlapArea(box(0, 0, 10, 10), box(2, 2, 4, 4))).toBe(4);
  });

  it('reads the edges of a corner-and-size box', () => {
    expect(edgesOf({ x: 3, y: 4, width: 10, height: 5 })).toEqual(box(3, 4, 13, 9));
  });
});
