// Packed rings (unit Web Mercator) as an SVG path's `d`, in layer pixels rounded as Leaflet rounds them: what a
// Polygon or Polyline on the SVG renderer would draw, without a LatLng or Point per vertex. A ring wholly
// outside the view is left out; one reaching absurdly far past it (a large ring at a high zoom) is clipped to
// the view (as Leaflet clips: Sutherland-Hodgman for a polygon, segment by segment for a line), so no
// coordinate overflows what a browser draws exactly. Free of Leaflet's values, so it runs anywhere.
import type { PackedRings } from './packedRingsOnCanvas';
import { boxReaches, ringLayerBox } from './ringLayerBox';

interface Xy {
  x: number;
  y: number;
}
type Box = { min: Xy; max: Xy };

/** Pixels past the view beyond which a ring is clipped rather than drawn whole. */
const UNCLIPPED_PX = 1 << 18;

/**
 * The `d` of the rings that reach into `view`: each a subpath, closed when `closed` (a polygon's rings, filled
 * even-odd or non-zero as the path's style says), else an open line. Empty when none reaches the view.
 *
 * @example
 * renderer._setPath(layer, ringsPathData(rings, { scale, origin }, renderer._bounds, true));
 */
export function ringsPathData(
  { coordinates, lengths, boxes }: PackedRings,
  { scale, origin }: { scale: number; origin: Xy },
  view: Box,
  closed: boolean,
): string {
  const ox = origin.x;
  const oy = origin.y;
  const parts: string[] = [];
  const box = { left: 0, top: 0, right: 0, bottom: 0 };
  for (let r = 0, p = 0; r < lengths.length; r++) {
    const length = lengths[r] as number;
    const start = p;
    p += 2 * length;
    if (length === 0 || !boxReaches(ringLayerBox(boxes, r, scale, origin, 0, box), view)) continue;
    const far =
      box.left < view.min.x - UNCLIPPED_PX ||
      box.top < view.min.y - UNCLIPPED_PX ||
      box.right > view.max.x + UNCLIPPED_PX ||
      box.bottom > view.max.y + UNCLIPPED_PX;
    if (far) {
      const points: Xy[] = [];
      for (let i = 0, q = start; i < length; i++, q += 2)
        points.push({
          x: Math.round(scale * (coordinates[q] as number)) - ox,
          y: Math.round(scale * (coordinates[q + 1] as number)) - oy,
        });
      parts.push(closed ? clippedPolygon(points, view) : clippedLine(points, view));
      continue;
    }
    // A point beyond one edge of the view, as are the last point kept and the next one, is left out: the
    // shortcut and the way round lie beyond that edge alike, so no pixel of the view changes (a ring wider than
    // the view is mostly such points, and the browser parses every one of them).
    const px = (q: number) => Math.round(scale * (coordinates[q] as number)) - ox;
    const py = (q: number) => Math.round(scale * (coordinates[q + 1] as number)) - oy;
    const outside = (x: number, y: number) =>
      (x < view.min.x ? 1 : x > view.max.x ? 2 : 0) | (y < view.min.y ? 4 : y > view.max.y ? 8 : 0);
    let d = '';
    let x = px(start);
    let y = py(start);
    let code = outside(x, y);
    let keptX = Number.NaN;
    let keptY = Number.NaN;
    let keptCode = 0;
    for (let i = 0, q = start; i < length; i++, q += 2) {
      const last = i === length - 1;
      const nextX = last ? 0 : px(q + 2);
      const nextY = last ? 0 : py(q + 2);
      const nextCode = last ? 0 : outside(nextX, nextY);
      const skipped = i > 0 && !last && (keptCode & code & nextCode) !== 0;
      if (i === 0) d += `M${x} ${y}`;
      else if (!skipped && (x !== keptX || y !== keptY)) d += `L${x} ${y}`;
      if (i === 0 || !skipped) {
        keptX = x;
        keptY = y;
        keptCode = code;
      }
      x = nextX;
      y = nextY;
      code = nextCode;
    }
    parts.push(closed ? `${d}z` : d);
  }
  return parts.join('');
}

const at = (p: Xy) => `${p.x} ${p.y}`;

/** Where segment a→b crosses the line x = v (axis 'x') or y = v, rounded to a pixel. */
function crossing(a: Xy, b: Xy, axis: 'x' | 'y', v: number): Xy {
  const t = (v - a[axis]) / (b[axis] - a[axis]);
  return axis === 'x'
    ? { x: v, y: Math.round(a.y + t * (b.y - a.y)) }
    : { x: Math.round(a.x + t * (b.x - a.x)), y: v };
}

/** A closed ring clipped to the box, edge by edge (Sutherland-Hodgman): inside the box, the same area. */
function clippedPolygon(points: Xy[], box: Box): string {
  const edges: [axis: 'x' | 'y', v: number, keep: (p: Xy) => boolean][] = [
    ['x', box.min.x, (p) => p.x >= box.min.x],
    ['y', box.max.y, (p) => p.y <= box.max.y],
    ['x', box.max.x, (p) => p.x <= box.max.x],
    ['y', box.min.y, (p) => p.y >= box.min.y],
  ];
  let ring = points;
  for (const [axis, v, keep] of edges) {
    const next: Xy[] = [];
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const a = ring[j] as Xy;
      const b = ring[i] as Xy;
      if (keep(b)) {
        if (!keep(a)) next.push(crossing(a, b, axis, v));
        next.push(b);
      } else if (keep(a)) next.push(crossing(a, b, axis, v));
    }
    ring = next;
  }
  return ring.length === 0 ? '' : `${ring.map((p, i) => `${i === 0 ? 'M' : 'L'}${at(p)}`).join('')}z`;
}

/** An open line clipped to the box segment by segment (Liang-Barsky); a line leaving the box ends a part. */
function clippedLine(points: Xy[], box: Box): string {
  let d = '';
  let open = false;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1] as Xy;
    const b = points[i] as Xy;
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    let t0 = 0;
    let t1 = 1;
    const sides: [number, number][] = [
      [-dx, a.x - box.min.x],
      [dx, box.max.x - a.x],
      [-dy, a.y - box.min.y],
      [dy, box.max.y - a.y],
    ];
    let inside = true;
    for (const [p, q] of sides) {
      if (p === 0) {
        if (q < 0) inside = false;
      } else if (p < 0) t0 = Math.max(t0, q / p);
      else t1 = Math.min(t1, q / p);
    }
    if (!inside || t0 > t1) {
      open = false;
      continue;
    }
    const from = { x: Math.round(a.x + t0 * dx), y: Math.round(a.y + t0 * dy) };
    const to = { x: Math.round(a.x + t1 * dx), y: Math.round(a.y + t1 * dy) };
    if (!open || t0 > 0) d += `M${at(from)}`;
    d += `L${at(to)}`;
    open = t1 === 1;
  }
  return d;
}
