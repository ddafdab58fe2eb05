// The system highlighted by the pointer (its row, its rings, its bar), kept outside the app's state: only what
// shows it (the map, the systems list, the chart) renders when it changes, not the whole app. A change made by
// pointer events is rendered once an animation frame, in that frame: the pointer leaving one ring and coming onto
// a system's row in the list are two events of one frame, and render once, with the last value, before the frame
// is painted. React would render an update made in a pointer event after the frame (a frame late); rendered at
// once, each event rendered apart.
import { flushSync } from 'react-dom';
import { type Highlight, highlightOnPointer, type OnHighlight } from '../scenario';

export interface HighlightStore {
  /** The highlight rendered now. */
  get: () => Highlight | null;
  /** Calls `listener` on each change rendered (useSyncExternalStore's subscribe); returns its removal. */
  subscribe: (listener: () => void) => () => void;
  /**
   * Told where the pointer or focus went (highlightOnPointer): the highlight it makes, from the one waiting for
   * its frame if any, is rendered in the next animation frame's callbacks, which run after the frame's input
   * events and before its paint.
   */
  point: OnHighlight;
  /** Sets it with the update of the moment (an undo, a removal), dropping one waiting for its frame. */
  setNow: (highlight: Highlight | null) => void;
  /** Drops a change waiting for its frame (the app unmounted). */
  cancel: () => void;
}

/**
 * A highlight store, nothing highlighted.
 *
 * @example
 * const store = highlightStore();
 * store.point('eram', 'list'); // rendered in this frame's callbacks, with the value the events before them make
 * store.setNow(null); // rendered with the other updates of this event
 */
export function highlightStore(): HighlightStore {
  let rendered: Highlight | null = null;
  let pending: { value: Highlight | null } | null = null;
  let frame: number | null = null;
  const listeners = new Set<() => void>();
  const set = (value: Highlight | null) => {
    if (value === rendered) return;
    rendered = value;
    for (const listener of [...listeners]) listener();
  };
  const cancel = () => {
    if (frame !== null) cancelAnimationFrame(frame);
    frame = null;
    pending = null;
  };
  return {
    get: () => rendered,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    point(systemId, from) {
      pending = { value: highlightOnPointer(pending ? pending.value : rendered, systemId, from) };
      frame ??= requestAnimationFrame(() => {
        frame = null;
        const last = pending;
        pending = null;
        if (last) flushSync(() => set(last.value));
      });
    },
    setNow(value) {
      cancel();
      set(value);
    },
    cancel,
  };
}
