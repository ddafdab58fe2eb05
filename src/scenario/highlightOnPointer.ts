// The system highlighted as the pointer (or the keyboard's focus) comes onto a system, from the map (its rings),
// the list of systems (its row) or the chart (its bar), or goes off one. One move of the pointer straight from a
// ring on the map onto a row brings its events in the DOM's order: the row's pointer events first (onto it), the
// map's mouse events after (off the ring). Going off takes off the highlight of the place it went off only, not one
// the pointer has just brought from elsewhere, be it another system or the same.

/** Where a highlight came from. */
export type HighlightSource = 'map' | 'list' | 'chart';

/** The system highlighted and where from (none: set otherwise, e.g. a key). */
export interface Highlight {
  systemId: string;
  from?: HighlightSource;
}

/**
 * Told that the pointer or focus came onto `systemId` from `from`; with `systemId` null and `from` given, that it
 * went off what `from` highlighted; with `systemId` null alone, that nothing is highlighted any more.
 */
export type OnHighlight = (systemId: string | null, from?: HighlightSource) => void;

/**
 * The highlight after the pointer or focus came onto a system or went off one, from `current` (the same object
 * when nothing changed).
 *
 * @example
 * const eram = highlightOnPointer(null, 'eram', 'list'); // { systemId: 'eram', from: 'list' }
 * highlightOnPointer(eram, null, 'map'); // eram: off a ring, already onto a row
 * highlightOnPointer(eram, null, 'list'); // null
 */
export function highlightOnPointer(
  current: Highlight | null,
  systemId: string | null,
  from?: HighlightSource,
): Highlight | null {
  if (systemId === null) return from !== undefined && current && current.from !== from ? current : null;
  if (current && current.systemId === systemId && current.from === from) return current;
  return from === undefined ? { systemId } : { systemId, from };
}
