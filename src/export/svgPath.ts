// Projected lines and rings as SVG path data, cut to a box and thinned to what the output can show: points closer
// than a fraction of a pixel to the last one kept are dropped, coordinates are rounded to 0.1 px. Pure.

export type Point = [x: number, y: number];

export interface Box {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

/** A number with at most one decimal, as short as it can be written ('12', '-0.5'). */
export function svgNumber(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return String(rounded === 0 ? 0 : rounded);
}

function boundsOf(points: readonly Point[]): Box {
  const box = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
  for (const [x, y] of points) {
    if (x < box.minX) box.minX = x;
    if (y < box.minY) box.minY = y;
    if (x > box.maxX) box.maxX = x;
    if (y > box.maxY) box.maxY = y;
  }
  return box;
}

const overlaps = (a: Box, b: Box) =>
  a.minX <= b.maxX && a.maxX >= b.minX && a.minY <= b.maxY && a.maxY >= b.minY;

type Edge = { inside: (p: Point) => boolean; cross: (a: Point, b: Point) => Point };

function edges(box: Box): Edge[] {
  const atX = (a: Point, b: Point, x: number): Point => [
    x,
    a[1] + ((b[1] - a[1]) * (x - a[0])) / (b[0] - a[0]),
  ];
  const atY = (a: Point, b: Point, y: number): Point => [
    a[0] + ((b[0] - a[0]) * (y - a[1])) / (b[1] - a[1]),
    y,
  ];
  return [
    { inside: (p) => p[0] >= box.minX, cross: (a, b) => atX(a, b, box.minX) },
    { inside: (p) => p[0] <= box.maxX, cross: (a, b) => atX(a, b, box.maxX) },
    { inside: (p) => p[1] >= box.minY, cross: (a, b) => atY(a, b, box.minY) },
    { inside: (p) => p[1] <= box.maxY, cross: (a, b) => atY(a, b, box.maxY) },
  ];
}

/**
 * A closed ring cut to `box` (Sutherland–Hodgman): the part of the shape inside it, with edges along the box
 * where the shape went past it. Empty when nothing is inside.
 *
 * @example
 * clipRing([[-10, 5], [5, 5], [5, -10]], { minX: 0, minY: 0, maxX: 10, maxY: 10 }); // [[0, 5], [5, 5], [5, 0], [0, 0]]…
 */
export function clipRing(ring: readonly Point[], box: Box): Point[] {
  const b = boundsOf(ring);
  if (!overlaps(b, box)) return [];
  if (b.minX >= box.minX && b.maxX <= box.maxX && b.minY >= box.minY && b.maxY <= box.maxY) return [...ring];
  let out: Point[] = [...ring];
  for (const edge of edges(box)) {
    const input = out;
    out = [];
    for (let i = 0; i < input.length; i++) {
      const current = input[i] as Point;
      const previous = input[(i + input.length - 1) % input.length] as Point;
      const inCurrent = edge.inside(current);
      if (inCurrent !== edge.inside(previous)) out.push(edge.cross(previous, current));
      if (inCurrent) out.push(current);
    }
    if (out.length === 0) return [];
  }
  return out;
}

/** The part of segment a→b inside `box` (Liang–Barsky), or null. */
function clipSegment(a: Point, b: Point, box: Box): [Point, Point] | null {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  let t0 = 0;
  let t1 = 1;
  const tests: [number, number][] = [
    [-dx, a[0] - box.minX],
    [dx, box.maxX - a[0]],
    [-dy, a[1] - box.minY],
    [dy, box.maxY - a[1]],
  ];
  for (const [p, q] of tests) {
    if (p === 0) {
      if (q < 0) return null;
      continue;
    }
    const t = q / p;
    if (p < 0) {
      if (t > t1) return null;
      if (t > t0) t0 = t;
    } else {
      if (t < t0) return null;
      if (t < t1) t1 = t;
    }
  }
  return [
    [a[0] + t0 * dx, a[1] + t0 * dy],
    [a[0] + t1 * dx, a[1] + t1 * dy],
  ];
}

/**
 * An open line cut to `box`: the runs of it that lie inside, each a line of its own.
 *
 * @example
 * clipLine([[-5, 5], [5, 5], [15, 5]], { minX: 0, minY: 0, maxX: 10, maxY: 10 }); // [[[0, 5], [5, 5], [10, 5]]]
 */
export function clipLine(line: readonly Point[], box: Box): Point[][] {
  if (line.length < 2 || !overlaps(boundsOf(line), box)) return [];
  const runs: Point[][] = [];
  let run: Point[] | null = null;
  for (let i = 1; i < line.length; i++) {
    const clipped = clipSegment(line[i - 1] as Point, line[i] as Point, box);
    if (!clipped) {
      run = null;
      continue;
    }
    const [from, to] = clipped;
    const last = run?.[run.length - 1];
    if (!run || !last || last[0] !== from[0] || last[1] !== from[1]) {
      run = [from];
      runs.push(run);
    }
    run.push(to);
  }
  return runs;
}

/** Drops every point closer than `minStepPx` to the last one kept; the last point always stays. */
export function thin(points: readonly Point[], minStepPx: number): Point[] {
  if (points.length <= 2) return [...points];
  const kept: Point[] = [points[0] as Point];
  const min2 = minStepPx * minStepPx;
  for (let i = 1; i < points.length - 1; i++) {
    const p = points[i] as Point;
    const last = kept[kept.length - 1] as Point;
    if ((p[0] - last[0]) ** 2 + (p[1] - last[1]) ** 2 >= min2) kept.push(p);
  }
  kept.push(points[points.length - 1] as Point);
  return kept;
}

/**
 * SVG path data for `lines`, cut to `box` and thinned to `minStepPx`: closed rings end with Z; '' when nothing
 * is left inside.
 *
 * @example
 * svgPathData([[[0, 0], [10, 0], [10, 10]]], true, { minX: -1, minY: -1, maxX: 20, maxY: 20 }, 0.5); // 'M0 0 10 0 10 10Z'
 */
export function svgPathData(lines: readonly Point[][], closed: boolean, box: Box, minStepPx: number): string {
  let d = '';
  const write = (points: Point[], close: boolean) => {
    const thinned = thin(points, minStepPx);
    if (thinned.length < (close ? 3 : 2)) return;
    d += `M${thinned.map(([x, y]) => `${svgNumber(x)} ${svgNumber(y)}`).join(' ')}${close ? 'Z' : ''}`;
  };
  for (const line of lines) {
    if (closed) write(clipRing(line, box), true);
    else for (const run of clipLine(line, box)) write(run, false);
  }
  return d;
}
