// Which side of a probed place its name goes: the first of right, left, above and below where its box covers no
// launch point's name (a place picked from an in-reach list often lies by the launch point, whose name sits to its
// right), else where it covers the least. Pure: boxes in the map container's pixels.

export type ProbeLabelSide = 'right' | 'left' | 'top' | 'bottom';

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The label's offset from the probe's centre, in px (the tooltip's `offset`). */
export const PROBE_LABEL_GAP_PX = 8;
/** Leaflet's margin for a tooltip's arrow (`.leaflet-tooltip-left` and the others), beyond the offset. */
const TOOLTIP_ARROW_PX = 6;

const SIDES: readonly ProbeLabelSide[] = ['right', 'left', 'top', 'bottom'];

/** The label's box on `side` of the point `at`, for a label `width` × `height`, as Leaflet places it. */
export function probeLabelBox(
  at: { x: number; y: number },
  size: { width: number; height: number },
  side: ProbeLabelSide,
): Box {
  const { width, height } = size;
  const gap = PROBE_LABEL_GAP_PX + TOOLTIP_ARROW_PX;
  const [left, top] =
    side === 'right'
      ? [at.x + gap, at.y - height / 2]
      : side === 'left'
        ? [at.x - gap - width, at.y - height / 2]
        : side === 'top'
          ? [at.x - width / 2, at.y - gap - height]
          : [at.x - width / 2, at.y + gap];
  return { left, top, right: left + width, bottom: top + height };
}

/**
 * The side for the label, right first.
 *
 * @example
 * probeLabelSide({ x: 100, y: 100 }, { width: 60, height: 20 }, [{ left: 110, top: 90, right: 180, bottom: 110 }]);
 * // 'left': Odesa's name lies to the right
 */
export function probeLabelSide(
  at: { x: number; y: number },
  size: { width: number; height: number },
  names: readonly Box[],
): ProbeLabelSide {
  let best: ProbeLabelSide = 'right';
  let least = Number.POSITIVE_INFINITY;
  for (const side of SIDES) {
    const box = probeLabelBox(at, size, side);
    const covered = names.reduce((sum, name) => sum + overlap(box, name), 0);
    if (covered === 0) return side;
    if (covered < least) {
      least = covered;
      best = side;
    }
  }
  return best;
}

function overlap(a: Box, b: Box): number {
  const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
  const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  return w > 0 && h > 0 ? w * h : 0;
}
