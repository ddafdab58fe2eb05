// A change the map shows first: from the change until the frame that shows it on the map is painted, the
// panels keep what they rendered before (useHeldElement hands React the same elements, so it leaves them
// alone), then follow in a transition. Adding a launch point is drawn on the map in its own frame; the panel's
// new row, the in-reach list and the text summary come a frame later.
import { type ReactElement, startTransition, useCallback, useEffect, useRef, useState } from 'react';
import { afterPaint } from './afterPaint';

export interface MapFirst {
  /** True from a change made through `mapFirst` until its frame is painted. */
  held: boolean;
  /** Makes the change (state updates) with the panels held until the map's frame is painted. */
  mapFirst: (change: () => void) => void;
}

export function useMapFirst(): MapFirst {
  const [held, setHeld] = useState(false);
  const mapFirst = useCallback((change: () => void) => {
    setHeld(true);
    change();
    afterPaint(() => startTransition(() => setHeld(false)));
  }, []);
  return { held, mapFirst };
}

/**
 * `element`, or while `held`, the element rendered before: the same element makes React skip that subtree
 * (its own state updates still render it).
 *
 * @example
 * const panel = useHeldElement(held, <SidePanel scenario={scenario} />);
 */
export function useHeldElement(held: boolean, element: ReactElement): ReactElement {
  const shown = useRef(element);
  const result = held ? shown.current : element;
  useEffect(function rememberShownElement() {
    shown.current = result;
  });
  return result;
}
