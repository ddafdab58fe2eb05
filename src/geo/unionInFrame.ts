// Unions polygons of an azimuthal-equidistant frame with Clipper2 (Angus Johnson's clipping library, in
// integer millimetres: exact and robust where float sweep lines fail), returning polygons with holes.
import { Clipper, ClipType, FillRule, type Path64, type PolyPath64, PolyTree64 } from 'clipper2-ts';
import type { FramePoint } from './auxiliaryFrame';
import type { FramePolygon } from './reachPieces';

/** Frame metres to Clipper's integer units: millimetres. */
const SCALE = 1000;

/**
 * The union of `pieces` (rings of any winding; a piece's later rings are its holes) as polygons, each an
 * exterior ring followed by its holes, every ring closed, in frame metres rounded to the millimetre.
 *
 * @example
 * unionInFrame([[[[0, 0], [2, 0], [2, 2], [0, 2], [0, 0]]], [[[1, 1], [3, 1], [3, 3], [1, 3], [1, 1]]]]).length; // 1
 */
export function unionInFrame(pieces: FramePolygon[]): FramePolygon[] {
  // many pieces that overlap deeply cross each other many times; merged a batch at a time, neighbours
  // first (pieces come in the order of the source), most of those crossings vanish inside each batch
  if (pieces.length > BATCH) {
    const half = Math.ceil(pieces.length / 2);
    return unionOnce([...unionInFrame(pieces.slice(0, half)), ...unionInFrame(pieces.slice(half))]);
  }
  return unionOnce(pieces);
}

/** More pieces than this are merged in halves. */
const BATCH = 32;

function unionOnce(pieces: FramePolygon[]): FramePolygon[] {
  const paths: Path64[] = [];
  for (const piece of pieces)
    piece.forEach((ring, i) => {
      const path = ring
        .slice(0, -1)
        .map(([x, y]) => ({ x: Math.round(x * SCALE), y: Math.round(y * SCALE) }));
      // exteriors counter-clockwise, holes clockwise: the Positive fill rule then fills what any piece covers
      const positive = Clipper.area(path) > 0;
      if (positive !== (i === 0)) path.reverse();
      if (path.length >= 3) paths.push(path);
    });
  const tree = new PolyTree64();
  Clipper.booleanOpWithPolyTree(ClipType.Union, paths, null, tree, FillRule.Positive);
  const out: FramePolygon[] = [];
  const visit = (node: PolyPath64) => {
    for (let i = 0; i < node.count; i++) {
      const outer = node.child(i);
      const rings = [toRing(outer.poly ?? [])];
      for (let j = 0; j < outer.count; j++) {
        const hole = outer.child(j);
        rings.push(toRing(hole.poly ?? []));
        visit(hole); // islands inside a hole
      }
      out.push(rings);
    }
  };
  visit(tree);
  return out;
}

function toRing(path: Path64): FramePoint[] {
  const ring: FramePoint[] = path.map((p) => [p.x / SCALE, p.y / SCALE]);
  if (ring.length) ring.push(ring[0] as FramePoint);
  return ring;
}
