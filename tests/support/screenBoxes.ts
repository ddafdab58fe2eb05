// Boxes read from the page (the edges getBoundingClientRect gives), and how much two of them cover each other:
// the browser tests' one measure of a label, name or marker standing clear of another.

/** A box on screen, by its edges in CSS pixels. */
export interface Edges {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The edges of a box given by its corner and size (Playwright's boundingBox, a DOMRect's x and y). */
export function edgesOf(box: { x: number; y: number; width: number; height: number }): Edges {
  return { left: box.x, top: box.y, right: box.x + box.width, bottom: box.y + box.height };
}

/**
 * Whether two boxes cover each other by more than `marginPx` across and down (0: by anything; touching edges
 * do not cover).
 *
 * @example
 * boxesOverlap({ left: 0, top: 0, right: 10, bottom: 10 }, { left: 9, top: 0, right: 20, bottom: 10 }); // true
 * boxesOverlap({ left: 0, top: 0, right: 10, bottom: 10 }, { left: 9, top: 0, right: 20, bottom: 10 }, 1); // false
 */
export function boxesOverlap(a: Edges, b: Edges, marginPx = 0): boolean {
  return (
    a.left < b.right - marginPx &&
    b.left < a.right - marginPx &&
    a.top < b.bottom - marginPx &&
    b.top < a.bottom - marginPx
  );
}

/** The area two boxes share, in square CSS pixels (0 where they are apart or only touch). */
export function overlapArea(a: Edges, b: Edges): number {
  const across = Math.min(a.right, b.right) - Math.max(a.left, b.left);
  const down = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  return across > 0 && down > 0 ? across * down : 0;
}
