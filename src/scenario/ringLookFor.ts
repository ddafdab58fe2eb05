// How a highlight changes one system's rings: the highlighted system's are emphasised and every other's dimmed.
// One rule for every view of the scenario (map, moving point, launch areas, globe and distance map).

/** The opacity of a dimmed system's labels, on the map and in the views. */
export const DIMMED_LABEL_OPACITY = 0.35;

export interface RingLook {
  emphasised: boolean;
  dimmed: boolean;
}

/**
 * The look of a system's rings while `highlightedId` is highlighted (null: none): emphasised when it is the
 * system's, dimmed when it is another's.
 *
 * @example
 * ringLookFor('atacms', 'hawk'); // { emphasised: false, dimmed: true }
 */
export function ringLookFor(systemId: string, highlightedId: string | null): RingLook {
  return {
    emphasised: highlightedId === systemId,
    dimmed: highlightedId !== null && highlightedId !== systemId,
  };
}
