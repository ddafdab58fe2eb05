// highlightOnPointer: the pointer coming onto a system highlights it; going off a place takes off that place's
// highlight only, whatever the order of the events of one move.
import { describe, expect, it } from 'vitest';
import { highlightOnPointer } from '../../src/scenario/highlightOnPointer';

const ring = (systemId: string) => ({ systemId, from: 'map' as const });
const row = (systemId: string) => ({ systemId, from: 'list' as const });

describe('highlightOnPointer', () => {
  it('highlights the system the pointer comes onto, whatever was highlighted', () => {
    expect(highlightOnPointer(null, 'eram', 'list')).toEqual(row('eram'));
    expect(highlightOnPointer(ring('atacms'), 'eram', 'list')).toEqual(row('eram'));
  });

  it('takes the highlight off where the pointer goes off', () => {
    expect(highlightOnPointer(ring('atacms'), null, 'map')).toBeNull();
    expect(highlightOnPointer(row('eram'), null, 'list')).toBeNull();
  });

  it('keeps the system the pointer came onto when the events of going off another place come after', () => {
    // one move from the ATACMS ring onto ERAM's row: the row's pointerover, then the map's mouseout
    const ontoRow = highlightOnPointer(ring('atacms'), 'eram', 'list');
    expect(highlightOnPointer(ontoRow, null, 'map')).toEqual(row('eram'));
  });

  it('keeps it too when the pointer goes from a ring onto the same system’s row or bar', () => {
    const ontoRow = highlightOnPointer(ring('atacms'), 'atacms', 'list');
    expect(highlightOnPointer(ontoRow, null, 'map')).toEqual(row('atacms'));
    const ontoBar = highlightOnPointer(ring('atacms'), 'atacms', 'chart');
    expect(highlightOnPointer(ontoBar, null, 'map')).toEqual({ systemId: 'atacms', from: 'chart' });
  });

  it('moves from ring to ring: off the one, onto the other', () => {
    expect(highlightOnPointer(highlightOnPointer(ring('atacms'), null, 'map'), 'eram', 'map')).toEqual(
      ring('eram'),
    );
  });

  it('clears any highlight when told so with no place (a key, an undo)', () => {
    expect(highlightOnPointer(row('eram'), null)).toBeNull();
    expect(highlightOnPointer(null, null, 'map')).toBeNull();
  });

  it('hands back the same highlight when nothing changed (no render)', () => {
    const now = row('eram');
    expect(highlightOnPointer(now, 'eram', 'list')).toBe(now);
  });
});
