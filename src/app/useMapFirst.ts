// A change the map shows first: from the change until the frame that shows it on the map is painted, the
// panels keep what they rendered before (useHeldElement hands React the same elements, so it leaves them
// alone), then follow in a transition. Adding a launch point is drawn on the map in its own frame; the panel's
// new row, the in-reach list and the text summary come a frame later. Ticking a system or choosing a unit holds
// the panel's lists only: the box or the radio clicked shows as clicked in the map's frame. A new name for a
// launch point or a mark holds the lists that show it elsewhere (the in-reach lists, the summary, the
// exports), not the list where it was typed, which shows it in the map's frame.
import { type ReactElement, startTransition, useCallback, useEffect, useRef, useState } from 'react';
import { afterPaint } from './afterPaint';

/**
 * What a change holds until its frame is painted: the whole side panel, its lists only, or the lists but
 * those of the launch points and marks (null: nothing).
 */
export type Held = 'panel' | 'lists' | 'names' | null;

/** What a change made through `mapFirst` may hold. */
export type Hold = Exclude<Held, null>;

export interface MapFirst {
  /** What is held, from a change made through `mapFirst` until its frame is painted. */
  held: Held;
  /** Makes the change (state updates) with the panels held until the map's frame is painted. */
  mapFirst: (change: () => void, hold?: Hold) => void;
}

export function useMapFirst(): MapFirst {
  const [held, setHeld] = useState<Held>(null);
  const mapFirst = useCallback((change: () => void, hold: Hold = 'panel') => {
    setHeld(hold);
    change();
    afterPaint(() => startTransition(() => setHeld(null)));
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
