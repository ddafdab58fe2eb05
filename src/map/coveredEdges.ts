// How much of the map's top and bottom edges is covered by boxes laid over it (an embed's legend): a fit
// leaves those bands free, so no ring is drawn under the legend. A box counts when it is marked
// `data-covers-map` and reaches within a few pixels of the map's top or bottom edge.
const COVERS_MAP_ATTRIBUTE = 'data-covers-map';

/** A box within this many px of an edge counts as lying on it (the attribution line sits under the legend). */
const EDGE_SLACK_PX = 40;
/** No edge band is taken as more than this share of the map's height, however tall the box over it. */
const MAX_SHARE = 0.4;

export interface CoveredEdges {
  top: number;
  bottom: number;
}

export interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/**
 * The bands of `map` covered at its top and at its bottom by `boxes` (px), each capped at 40 % of its height.
 *
 * @example
 * coveredEdges({ top: 0, bottom: 300, left: 0, right: 360 }, [{ top: 200, bottom: 280, left: 8, right: 350 }]);
 * // { top: 0, bottom: 100 }
 */
export function coveredEdges(map: Box, boxes: readonly Box[]): CoveredEdges {
  const height = map.bottom - map.top;
  let top = 0;
  let bottom = 0;
  for (const box of boxes) {
    const overlaps =
      box.right > map.left && box.left < map.right && box.bottom > map.top && box.top < map.bottom;
    if (!overlaps) continue;
    if (box.bottom >= map.bottom - EDGE_SLACK_PX) bottom = Math.max(bottom, map.bottom - box.top);
    else if (box.top <= map.top + EDGE_SLACK_PX) top = Math.max(top, box.bottom - map.top);
  }
  const cap = height * MAX_SHARE;
  return { top: Math.min(top, cap), bottom: Math.min(bottom, cap) };
}

/**
 * The bands of the map element covered by the page's `data-covers-map` boxes; nothing is measured when
 * there are none.
 *
 * @example
 * fitView(map, bounds, { ...FIT_OPTIONS, covered: coveredEdgesOf(map.getContainer()) });
 */
export function coveredEdgesOf(mapElement: HTMLElement): CoveredEdges {
  const covers = mapElement.ownerDocument.querySelectorAll(`[${COVERS_MAP_ATTRIBUTE}]`);
  if (covers.length === 0) return { top: 0, bottom: 0 };
  return coveredEdges(
    mapElement.getBoundingClientRect(),
    Array.from(covers, (element) => element.getBoundingClientRect()),
  );
}
