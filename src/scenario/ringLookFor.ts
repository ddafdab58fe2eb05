// How a highlight changes one system's rings: the highlighted system's are emphasised and every other's dimmed.
// One rule for every view of the scenario (map, moving point, launch areas, globe and distance map).

/** The opacity of a dimmed system's labels, on the map and in the views. */
export const DIMMED_LABEL_OPACITY = 0.35;

export interface RingLook {
  emphasised: boolean;
  dimmed: boolean;
}

/** How a look is drawn: one set of numbers for the map's layers, the globe, the distance map and their SVG. */
export interface RingLookStyle {
  /** Opacity of a ring's or a reach's fill. */
  fillOpacity: number;
  /** Width of its outline, in CSS pixels. */
  outlineWidth: number;
  /** Opacity of its outline. */
  outlineOpacity: number;
  /** Opacity of a published band's fill, and of the band's dashed edges. */
  bandFillOpacity: number;
  bandEdgeOpacity: number;
}

/**
 * The numbers a look is drawn with: an emphasised ring is filled darker and outlined wider, a dimmed one fades.
 *
 * @example
 * ringLookStyle({ emphasised: false, dimmed: true }).outlineOpacity; // 0.35
 */
export function ringLookStyle({ emphasised, dimmed }: RingLook): RingLookStyle {
  return {
    fillOpacity: emphasised ? 0.16 : dimmed ? 0.03 : 0.07,
    outlineWidth: emphasised ? 4 : 2,
    outlineOpacity: dimmed ? 0.35 : 1,
    bandFillOpacity: dimmed ? 0.02 : 0.06,
    bandEdgeOpacity: dimmed ? 0.25 : 0.7,
  };
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
