// The outer vertices of a reach area's source, in the frame the area is built in.
import type { AzimuthalFrame } from './auxiliaryFrame';
import type { ReachSource } from './reachSource';
import type { LonLat } from './types';

/**
 * The source's vertices on its convex hull in the frame (Andrew's monotone chain): their full circles are
 * pieces, and most of the source's inner detail lies well inside them.
 */
export function hullVertices(source: ReachSource, frame: AzimuthalFrame): LonLat[] {
  const all: LonLat[] = [...source.points];
  for (const line of source.lines) all.push(...line);
  for (const poly of source.polygons) for (const ring of poly) all.push(...ring);
  const pts = all.map((p) => ({ p, q: frame.project(p) })).sort((a, b) => a.q[0] - b.q[0] || a.q[1] - b.q[1]);
  if (pts.length < 3) return pts.map((x) => x.p);
  type Item = (typeof pts)[number];
  const cross = (o: Item, a: Item, b: Item) =>
    (a.q[0] - o.q[0]) * (b.q[1] - o.q[1]) - (a.q[1] - o.q[1]) * (b.q[0] - o.q[0]);
  const chain = (items: Item[]) => {
    const out: Item[] = [];
    for (const it of items) {
      while (out.length >= 2 && cross(out[out.length - 2] as Item, out[out.length - 1] as Item, it) <= 0)
        out.pop();
      out.push(it);
    }
    out.pop();
    return out;
  };
  return [...chain(pts), ...chain([...pts].reverse())].map((x) => x.p);
}
