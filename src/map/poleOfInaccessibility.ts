// The point inside a planar polygon farthest from its edges (its pole of inaccessibility), for placing a
// label; planar only (callers project first), and found to within `precision`, not exactly.

export type PlanarRing = ReadonlyArray<readonly [number, number]>;

export interface InteriorPoint {
  point: [number, number];
  /** Distance from `point` to the nearest edge, in the polygon's units. */
  distance: number;
}

interface Cell {
  x: number;
  y: number;
  half: number;
  distance: number;
  /** The best distance any point of this cell could reach. */
  potential: number;
}

// A cap on the cells examined keeps a pathological outline from costing seconds; country outlines need far fewer.
const MAX_CELLS = 20_000;

/**
 * Splits square cells best-first, from the one whose points could lie farthest from the edges, and drops cells that
 * cannot beat the best point found by more than `precision`. `rings[0]` is the exterior, the rest are holes;
 * either winding works.
 */
export function poleOfInaccessibility(rings: PlanarRing[], precision: number): InteriorPoint {
  const outer = rings[0] ?? [];
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of outer) {
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, x);
    maxY = Math.max(maxY, y);
  }
  const size = Math.min(maxX - minX, maxY - minY);
  if (!(size > 0)) return { point: [minX || 0, minY || 0], distance: 0 };

  const cell = (x: number, y: number, half: number): Cell => {
    const distance = signedDistance(x, y, rings);
    return { x, y, half, distance, potential: distance + half * Math.SQRT2 };
  };
  const queue = new CellQueue();
  for (let x = minX; x < maxX; x += size) {
    for (let y = minY; y < maxY; y += size) queue.push(cell(x + size / 2, y + size / 2, size / 2));
  }
  let best = cell((minX + maxX) / 2, (minY + maxY) / 2, 0);
  let examined = 0;
  for (let c = queue.pop(); c && examined < MAX_CELLS; c = queue.pop(), examined++) {
    if (c.distance > best.distance) best = c;
    // The queue is ordered by potential: no later cell can do better either.
    if (c.potential - best.distance <= precision) break;
    const h = c.half / 2;
    queue.push(cell(c.x - h, c.y - h, h));
    queue.push(cell(c.x + h, c.y - h, h));
    queue.push(cell(c.x - h, c.y + h, h));
    queue.push(cell(c.x + h, c.y + h, h));
  }
  return { point: [best.x, best.y], distance: best.distance };
}

/** A binary max-heap of cells by potential. */
class CellQueue {
  private readonly cells: Cell[] = [];

  push(c: Cell): void {
    const a = this.cells;
    a.push(c);
    let i = a.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if ((a[parent] as Cell).potential >= c.potential) break;
      a[i] = a[parent] as Cell;
      i = parent;
    }
    a[i] = c;
  }

  pop(): Cell | undefined {
    const a = this.cells;
    const top = a[0];
    const last = a.pop();
    if (a.length === 0 || !last) return top;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= a.length) break;
      const right = left + 1;
      const child =
        right < a.length && (a[right] as Cell).potential > (a[left] as Cell).potential ? right : left;
      if ((a[child] as Cell).potential <= last.potential) break;
      a[i] = a[child] as Cell;
      i = child;
    }
    a[i] = last;
    return top;
  }
}

/** Distance to the nearest edge: positive inside the polygon (even–odd rule), negative outside. */
export function signedDistance(x: number, y: number, rings: PlanarRing[]): number {
  let inside = false;
  let minSq = Infinity;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [ax, ay] = ring[i] as readonly [number, number];
      const [bx, by] = ring[j] as readonly [number, number];
      if (ay > y !== by > y && x < ((bx - ax) * (y - ay)) / (by - ay) + ax) inside = !inside;
      minSq = Math.min(minSq, segmentDistanceSq(x, y, ax, ay, bx, by));
    }
  }
  return (inside ? 1 : -1) * Math.sqrt(minSq);
}

function segmentDistanceSq(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const lengthSq = dx * dx + dy * dy;
  const t = lengthSq > 0 ? Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / lengthSq)) : 0;
  const ex = ax + t * dx - px;
  const ey = ay + t * dy - py;
  return ex * ex + ey * ey;
}
