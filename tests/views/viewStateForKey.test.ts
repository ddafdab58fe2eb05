// viewStateForKey: the arrows move a view as a drag of 80 px would, + and − zoom it half a level, and other keys
// leave it alone.
import { describe, expect, it } from 'vitest';
import { dragState } from '../../src/views/dragState';
import type { ViewState } from '../../src/views/viewProjection';
import { viewStateForKey } from '../../src/views/viewStateForKey';

const STATE: ViewState = { center: [36.23, 49.99], zoom: 4, offset: [0, 0] };

describe('viewStateForKey', () => {
  it('turns the globe and pans the distance map a step for each arrow, as a drag the other way would', () => {
    expect(viewStateForKey(STATE, 'ArrowLeft', 'rotate')).toEqual(dragState(STATE, 80, 0, 'rotate'));
    expect(viewStateForKey(STATE, 'ArrowDown', 'pan')).toEqual(dragState(STATE, 0, -80, 'pan'));
  });

  it('zooms half a level with + or =, out with -, _ or −', () => {
    expect(viewStateForKey(STATE, '+', 'rotate')?.zoom).toBe(4.5);
    expect(viewStateForKey(STATE, '=', 'pan')?.zoom).toBe(4.5);
    for (const key of ['-', '_', '−']) expect(viewStateForKey(STATE, key, 'pan')?.zoom).toBe(3.5);
  });

  it('leaves the view alone for any other key', () => {
    expect(viewStateForKey(STATE, 'a', 'rotate')).toBeNull();
    expect(viewStateForKey(STATE, 'Enter', 'pan')).toBeNull();
  });
});
