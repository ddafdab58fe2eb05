// Pruning a reach area's pieces that lie inside the circles around the source's hull: far from a country,
// only its outer parts shape the area.
import type { FramePoint } from './auxiliaryFrame';

/**
 * A test for "this piece lies inside the circles of the hull vertices", in the frame: each side of the
 * piece's outline (cut into steps where no one disc holds it whole) lies within `limitM` of one of the
 * hull vertices that are themselves within `limitM` of the outline's middle. Those discs share that
 * middle point, so their union has no hole, and an outline inside it holds its whole piece inside too.
 * The frame never shortens a length (the ellipsoid's curvature is positive, so its geodesics spread no
 * faster than straight lines, and the auxiliary sphere's metric is at least the ellipsoid's), so a frame
 * distance under the limit is a true one; the margin in the limit covers the circles' chords.
 */
export function discCover(
  hull: FramePoint[],
  limitM: number,
  stepM: number,
): (ring: FramePoint[]) => boolean {
  if (limitM <= 0 || hull.length === 0) return () => false;
  const limit2 = limitM * limitM;
  const within = (x: number, y: number, h: FramePoint) => (x - h[0]) ** 2 + (y - h[1]) ** 2 < limit2;
  return (ring) => {
    let mx = 0;
    let my = 0;
    for (const q of ring) {
      mx += q[0] / ring.length;
      my += q[1] / ring.length;
    }
    const discs = hull.filter((h) => within(mx, my, h));
    if (!discs.length) return false;
    let last = discs[0] as FramePoint;
    // a disc holds a straight side whole when it holds both its ends
    const holds = (ax: number, ay: number, bx: number, by: number) => {
      if (within(ax, ay, last) && within(bx, by, last)) return true;
      const h = discs.find((d) => within(ax, ay, d) && within(bx, by, d));
      if (h) last = h;
      return h !== undefined;
    };
    for (let i = 0; i < ring.length; i++) {
      const [ax, ay] = ring[i] as FramePoint;
      const [bx, by] = ring[(i + 1) % ring.length] as FramePoint;
      if (holds(ax, ay, bx, by)) continue;
      const n = Math.ceil(Math.hypot(bx - ax, by - ay) / stepM);
      for (let k = 0; k < n; k++) {
        const [x0, y0] = [ax + ((bx - ax) * k) / n, ay + ((by - ay) * k) / n];
        const [x1, y1] = [ax + ((bx - ax) * (k + 1)) / n, ay + ((by - ay) * (k + 1)) / n];
        if (!holds(x0, y0, x1, y1)) return false;
      }
    }
    return true;
  };
}
