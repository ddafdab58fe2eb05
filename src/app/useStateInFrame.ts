// A state that pointer events set (the system highlighted by the pointer), rendered once an animation frame, in
// that frame: the pointer leaving one ring and coming onto a system's row in the list are two events of one
// frame, and render once, with the last value, before the frame is painted. React would render an update made in
// a pointer event after the frame (a frame late); rendered at once, each event rendered the whole app apart.
import { useCallback, useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * `[value, update]`: `update` takes the value (the one to be rendered, if any, else the one rendered) to the next,
 * and renders it in the next animation frame's callbacks, which run after the frame's input events and before
 * its paint.
 *
 * @example
 * const [highlightedId, update] = useStateInFrame<string | null>(null);
 * update(() => 'eram'); // rendered in this frame's callbacks, with the value the updates before them make
 */
export function useStateInFrame<T>(initial: T): [T, (next: (value: T) => T) => void] {
  const [value, setValue] = useState(initial);
  const rendered = useRef(value);
  rendered.current = value;
  const pending = useRef<{ value: T } | null>(null);
  const frame = useRef<number | null>(null);
  const update = useCallback((next: (value: T) => T) => {
    pending.current = { value: next(pending.current ? pending.current.value : rendered.current) };
    frame.current ??= requestAnimationFrame(() => {
      frame.current = null;
      const last = pending.current;
      pending.current = null;
      if (last) flushSync(() => setValue(last.value));
    });
  }, []);
  useEffect(
    () => () => {
      if (frame.current !== null) cancelAnimationFrame(frame.current);
    },
    [],
  );
  return [value, update];
}
