import { describe, expect, it } from 'vitest';
import { framesLate } from './framesLate';

describe('framesLate', () => {
  const frame = 1000 / 60;

  it('counts an input shown by the first frame after it, its work done within the frame, as 0', () => {
    expect(framesLate([[5, frame, frame + 4]])).toEqual([0]);
  });

  it('counts an input shown by the frame already under way that handled it as 0', () => {
    expect(framesLate([[20, frame, frame + 10]])).toEqual([0]);
  });

  it('counts a frame whose work ran past one interval after its boundary as late, whatever its timestamp', () => {
    // the frame is stamped with the boundary it was due at, but the page got to it 15 ms late
    expect(framesLate([[5, frame, frame + 25]])).toEqual([1]);
  });

  it('counts each interval after the first boundary before the work on the frame that showed it was done', () => {
    expect(
      framesLate([
        [5, 2 * frame, 2 * frame + 4],
        [20, 4 * frame, 4 * frame + 4],
      ]),
    ).toEqual([1, 2]);
  });
});
