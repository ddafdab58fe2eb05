// Which system the chart highlights after a pointer, focus or key event on one bar. A mouse highlights by
// hovering; touch and pen have no dependable hover, so a tap toggles instead, and focus from a tap does nothing.

export type BarEvent =
  | { kind: 'pointerenter' | 'pointerleave'; pointerType: string }
  /** `pointerType` is that of the pointerdown before the click; '' when none came (a screen reader's click). */
  | { kind: 'click'; pointerType: string }
  /** `fromPointer`: the focus came with a pointerdown, not from the keyboard. */
  | { kind: 'focus'; fromPointer: boolean }
  | { kind: 'blur' }
  | { kind: 'keydown'; key: string };

/**
 * The highlighted id after `event` on the bar of `id`, or `undefined` to leave it as it is. Leaving a bar
 * clears only that bar's highlight, so moving between bars or from keyboard to mouse never drops another's.
 */
export function highlightAfter(
  event: BarEvent,
  id: string,
  current: string | null,
): string | null | undefined {
  const release = current === id ? null : undefined;
  const toggle = current === id ? null : id;
  switch (event.kind) {
    case 'pointerenter':
      return event.pointerType === 'mouse' ? id : undefined;
    case 'pointerleave':
      return event.pointerType === 'mouse' ? release : undefined;
    case 'click':
      // A mouse already highlighted on enter; toggling here would undo it.
      return event.pointerType === 'mouse' ? undefined : toggle;
    case 'focus':
      // A tap focuses before its click; highlighting here would make the click toggle it straight off.
      return event.fromPointer ? undefined : id;
    case 'blur':
      return release;
    case 'keydown':
      if (event.key === 'Enter' || event.key === ' ') return toggle;
      if (event.key === 'Escape') return current === null ? undefined : null;
      return undefined;
  }
}
