// Where the globe and the distance map write the names of launch points and marked places: to the right of the
// point, unless there the name would cover another point or a name written before it, and another side (left,
// above, below) is clearer. Launch points are named first, then marks. The same places on screen, in the PNG
// and in the SVG, which all take them from here.
import type { BBox } from 'rbush';

/** A point to name, in the frame's pixels: its symbol's half size and the name's width in its font. */
export interface NamedPoint {
  x: number;
  y: number;
  /** Half the width of the point's symbol, halo included (5 + 1 for a launch point's dot, 5 for a mark's diamond). */
  half: number;
  width: number;
}

/** Where a name is written: its left end and its baseline. */
export interface NamePlace {
  left: number;
  baseline: number;
}

/** The gap between a point's symbol and its name. */
const GAP_PX = 3;
/** A 13 px name's ink above its baseline (capitals and ascenders) and below it (descenders), halo included. */
const ABOVE_BASELINE_PX = 11;
const BELOW_BASELINE_PX = 4;

const SIDES = ['right', 'left', 'above', 'below'] as const;
type Side = (typeof SIDES)[number];

function placeOn(point: NamedPoint, side: Side): NamePlace {
  const { x, y, half, width } = point;
  const off = half + GAP_PX;
  switch (side) {
    case 'right':
      return { left: x + off, baseline: y + 4 };
    case 'left':
      return { left: x - off - width, baseline: y + 4 };
    case 'above':
      return { left: x - width / 2, baseline: y - off - BELOW_BASELINE_PX };
    case 'below':
      return { left: x - width / 2, baseline: y + off + ABOVE_BASELINE_PX };
  }
}

function nameBBox(place: NamePlace, width: number): BBox {
  return {
    minX: place.left,
    minY: place.baseline - ABOVE_BASELINE_PX,
    maxX: place.left + width,
    maxY: place.baseline + BELOW_BASELINE_PX,
  };
}

const symbolBBox = ({ x, y, half }: NamedPoint): BBox => ({
  minX: x - half,
  minY: y - half,
  maxX: x + half,
  maxY: y + half,
});

const overlaps = (a: BBox, b: BBox) =>
  a.minX < b.maxX && b.minX < a.maxX && a.minY < b.maxY && b.minY < a.maxY;

/**
 * The place of each point's name, in the order given (the first named first): of the right, the left, above and
 * below, the first that covers the fewest other points (each counting twice) and names placed before it.
 *
 * @example
 * pointNamePlaces([
 *   { x: 100, y: 100, half: 6, width: 40 },
 *   { x: 130, y: 100, half: 5, width: 50 },
 * ]); // the first name to the left of its point: to the right it would cover the second point
 */
export function pointNamePlaces(points: readonly NamedPoint[]): NamePlace[] {
  const symbols = points.map(symbolBBox);
  const placed: BBox[] = [];
  return points.map((point, i) => {
    let best: { place: NamePlace; box: BBox; cost: number } | null = null;
    for (const side of SIDES) {
      const place = placeOn(point, side);
      const box = nameBBox(place, point.width);
      let cost = 0;
      for (let k = 0; k < symbols.length; k++) if (k !== i && overlaps(box, symbols[k] as BBox)) cost += 2;
      for (const other of placed) if (overlaps(box, other)) cost += 1;
      if (!best || cost < best.cost) best = { place, box, cost };
      if (cost === 0) break;
    }
    const chosen = best as { place: NamePlace; box: BBox };
    if (point.width > 0) placed.push(chosen.box);
    return chosen.place;
  });
}
