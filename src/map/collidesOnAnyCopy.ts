// Whether a label's box meets something already placed, on the world copy it is on or on the one a world west
// or east of it: Web Mercator pixels wrap every `worldPx`, and a box near ±180° meets boxes across the seam.
import type { BBox } from 'rbush';

/**
 * @example
 * collidesOnAnyCopy(taken, box, 256 * 2 ** zoom); // true: a label 360° east of this one is in the way
 */
export function collidesOnAnyCopy(
  taken: { collides(box: BBox): boolean },
  box: BBox,
  worldPx: number,
): boolean {
  return (
    taken.collides(box) || taken.collides(shifted(box, -worldPx)) || taken.collides(shifted(box, worldPx))
  );
}

function shifted(box: BBox, dx: number): BBox {
  return { minX: box.minX + dx, minY: box.minY, maxX: box.maxX + dx, maxY: box.maxY };
}
