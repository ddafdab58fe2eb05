// The system highlighted as the pointer comes onto a system (its row in the list, its rings, its bar) or goes
// off one. One move of the pointer straight from a ring on the map onto another system's row brings its events
// in the order of the DOM's: the row's pointer events first (onto ERAM), the map's mouse events after (off the
// ring): going off a system takes its own highlight off, not the one the pointer has just brought elsewhere.

/** Told that the pointer came onto `systemId`, or went off `goingOff` (systemId null) or off every system. */
export type OnHighlight = (systemId: string | null, goingOff?: string) => void;

/**
 * The highlight after the pointer came onto `systemId` or went off `goingOff`, from `current`.
 *
 * @example
 * highlightOnPointer(null, 'eram'); // 'eram'
 * highlightOnPointer('eram', null, 'atacms'); // 'eram': off the ATACMS ring, already onto ERAM's row
 * highlightOnPointer('atacms', null, 'atacms'); // null
 */
export function highlightOnPointer(
  current: string | null,
  systemId: string | null,
  goingOff?: string,
): string | null {
  if (systemId === null && goingOff !== undefined && current !== goingOff) return current;
  return systemId;
}
