import { describe, expect, it } from 'vitest';
import { framesLate } from './framesLate';

describe('framesLate', () => {
  const frame = 1000 / 60;

  it('counts a move shown in the first frame that begins after it as 0', () => {
    expect(framesLate([[5, frame]])).toEqual([0]);
  });

  it('counts a move shown in the frame already under way that handled it as 0', () => {
    expect(framesLate([[20, frame]])).toEqual([0]);
  });

  it('counts each frame boundary after the move before the frame that showed it, made or skipped', () => {
    expect(
      framesLate([
        [5, 2 * frame],
        [20, 4 * frame],
      ]),
    ).toEqual([1, 2]);
  });
});
