// What shows the highlight (the map, the systems list, the chart) reads it here, so that a highlight renders
// them alone: the elements around them are the same, and React leaves them be.
import { type ReactNode, useSyncExternalStore } from 'react';
import type { HighlightStore } from './highlightStore';

interface Props {
  highlights: HighlightStore;
  /** The systems shown: a highlight whose system went away (removed while hovered) highlights nothing. */
  shown: readonly { id: string }[];
  children: (highlightedId: string | null) => ReactNode;
}

/**
 * Renders `children` with the id of the system highlighted, again each time it changes.
 *
 * @example
 * <WithHighlight highlights={store} shown={shown}>{(id) => <SystemsPanel highlightedId={id} />}</WithHighlight>
 */
export function WithHighlight({ highlights, shown, children }: Props) {
  const highlight = useSyncExternalStore(highlights.subscribe, highlights.get, highlights.get);
  const id = highlight?.systemId ?? null;
  return children(id !== null && shown.some((e) => e.id === id) ? id : null);
}
