// A state that pointer events set (the system highlighted by the pointer), rendered once an animation frame, in
// that frame: the pointer leaving one ring and coming onto a system's row in the list are two events of one
// frame, and render once, with the last value, before the frame is painted. React would render an update made in
// a pointer event after the frame (a frame late); rendered at once, each event rendered the whole app apart.
import { useCallback, useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * `[value, update, setNow]`: `update` takes the value (the one to be rendered, if any, else the one rendered) to
 * the next, and renders it in the next animation frame's callbacks, which run after the frame's input events and
 * before its paint; `setNow` sets a value as React's own setter does, with the update of the moment (an undo, a
 * removal), dropping one waiting for its frame.
 *
 * @example
 * const [highlight, update, setNow] = useStateInFrame<string | null>(null);
 * update(() => 'eram'); // rendered in this frame's callbacks, with the value the updates before them make
 * setNow(null); // rendered with the other updates of this event
 */
export function useStateInFrame<T>(initial: T): [T, (next: (value: T) => T) => void, (value: T) => void] {
  const [value, setValue] = useState(initial);
  const rendered = useRef(value);
  rendered.current = value;
  const pending = useRef<{ value: T } | null>(null);
  const frame = useRef<number | null>(null);
  const mounted = useRef(false);
  const drop = useCallback(() => {
    if (frame.current !== null) cancelAnimationFrame(frame.current);
    frame.current = null;
    pending.current = null;
  }, []);
  const update = useCallback((next: (value: T) => T) => {
    if (!mounted.current) return;
    pending.current = { value: next(pending.current ? pending.current.value : rendered.current) };
    frame.current ??= requestAnimationFrame(() => {
      frame.current = null;
      const last = pending.current;
      pending.current = null;
      if (last && mounted.current) flushSync(() => setValue(last.value));
    });
  }, []);
  const setNow = useCallback(
    (next: T) => {
      drop();
      setValue(next);
    },
    [drop],
  );
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      drop();
    };
  }, [drop]);
  return [value, update, setNow];
}
