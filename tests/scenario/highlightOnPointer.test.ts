// highlightOnPointer: the pointer coming onto a system highlights it; going off one takes its own highlight off only.
import { describe, expect, it } from 'vitest';
import { highlightOnPointer } from '../../src/scenario/highlightOnPointer';

describe('highlightOnPointer', () => {
  it('highlights the system the pointer comes onto, whatever was highlighted', () => {
    expect(highlightOnPointer(null, 'eram')).toBe('eram');
    expect(highlightOnPointer('atacms', 'eram')).toBe('eram');
  });

  it('takes the highlight off the system the pointer goes off', () => {
    expect(highlightOnPointer('atacms', null, 'atacms')).toBeNull();
    expect(highlightOnPointer('atacms', null)).toBeNull();
  });

  it('keeps the system the pointer came onto when the events of going off another come after', () => {
    // one move from the ATACMS ring onto ERAM's row: the row's pointerover, then the map's mouseout
    const ontoRow = highlightOnPointer('atacms', 'eram');
    expect(highlightOnPointer(ontoRow, null, 'atacms')).toBe('eram');
  });

  it('leaves nothing highlighted going off a system that was not', () => {
    expect(highlightOnPointer(null, null, 'eram')).toBeNull();
  });
});
