// Linked highlighting without a DOM: a mouse hovers, touch and pen tap to toggle, the keyboard focuses and presses.
import { describe, expect, it } from 'vitest';
import { type BarEvent, highlightAfter } from '../../src/panels/chartHighlight';

// Plays events on bars in order, as the chart would, and returns the highlight after each.
function play(steps: [BarEvent, string][], start: string | null = null): (string | null)[] {
  let current = start;
  return steps.map(([event, id]) => {
    const next = highlightAfter(event, id, current);
    if (next !== undefined) current = next;
    return current;
  });
}

const enter = (pointerType: string): BarEvent => ({ kind: 'pointerenter', pointerType });
const leave = (pointerType: string): BarEvent => ({ kind: 'pointerleave', pointerType });
const click = (pointerType: string): BarEvent => ({ kind: 'click', pointerType });
const key = (k: string): BarEvent => ({ kind: 'keydown', key: k });

describe('highlightAfter', () => {
  it('follows a mouse from bar to bar and clears when it leaves the chart', () => {
    expect(
      play([
        [enter('mouse'), 'a'],
        [leave('mouse'), 'a'],
        [enter('mouse'), 'b'],
        [leave('mouse'), 'b'],
      ]),
    ).toEqual(['a', null, 'b', null]);
  });

  it('does not let a mouse click undo the hover highlight', () => {
    expect(
      play([
        [enter('mouse'), 'a'],
        [{ kind: 'focus', fromPointer: true }, 'a'],
        [click('mouse'), 'a'],
      ]),
    ).toEqual(['a', 'a', 'a']);
  });

  it('toggles on a tap, and a tap on another bar moves the highlight', () => {
    // A tap: pointerenter, focus from the pointer, pointerleave after lifting, then click.
    const tap = (id: string): [BarEvent, string][] => [
      [enter('touch'), id],
      [{ kind: 'focus', fromPointer: true }, id],
      [leave('touch'), id],
      [click('touch'), id],
    ];
    expect(play(tap('a')).at(-1)).toBe('a');
    expect(play([...tap('a'), ...tap('a')]).at(-1)).toBeNull();
    expect(play([...tap('a'), [{ kind: 'blur' }, 'a'], ...tap('b')]).at(-1)).toBe('b');
    expect(play(tap('a'), 'b').at(-1)).toBe('a');
  });

  it('treats a pen and an unknown pointer (a screen reader click) as taps', () => {
    expect(
      play([
        [enter('pen'), 'a'],
        [click('pen'), 'a'],
      ]),
    ).toEqual([null, 'a']);
    expect(
      play([
        [click(''), 'a'],
        [click(''), 'a'],
      ]),
    ).toEqual(['a', null]);
  });

  it('highlights on keyboard focus and clears on blur', () => {
    expect(
      play([
        [{ kind: 'focus', fromPointer: false }, 'a'],
        [{ kind: 'blur' }, 'a'],
        [{ kind: 'focus', fromPointer: false }, 'b'],
      ]),
    ).toEqual(['a', null, 'b']);
  });

  it('toggles with Enter and Space, clears with Escape, ignores other keys', () => {
    expect(
      play([
        [key('Enter'), 'a'],
        [key(' '), 'a'],
        [key(' '), 'a'],
        [key('Tab'), 'a'],
        [key('Escape'), 'a'],
      ]),
    ).toEqual(['a', null, 'a', 'a', null]);
    expect(highlightAfter(key('Escape'), 'a', null)).toBeUndefined();
    expect(highlightAfter(key('Escape'), 'a', 'b')).toBeNull();
  });

  it("never clears another bar's highlight when leaving or blurring", () => {
    expect(highlightAfter(leave('mouse'), 'a', 'b')).toBeUndefined();
    expect(highlightAfter({ kind: 'blur' }, 'a', 'b')).toBeUndefined();
    expect(highlightAfter(leave('touch'), 'a', 'a')).toBeUndefined();
  });
});
