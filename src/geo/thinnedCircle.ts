// A reach area's anchor circles lose the vertices that only repeat what another anchor's circle covers, so
// that the union of many circles stays small.
import type { FramePoint } from './auxiliaryFrame';

/**
 * A hull vertex's circle with fewer vertices where it runs deep inside another hull vertex's circle: there
 * it only covers what that circle covers too, so a chord that cuts at most `capM` off it loses nothing.
 * A vertex is deep when its frame distance to another hull vertex is under the range less twice the cap,
 * a step and a margin; the frame never shortens a length, so it is truly that near, and every point of
 * the cap lies inside the other circle's own chords.
 */
export function thinnedCircle(
  ring: FramePoint[],
  hull: FramePoint[],
  self: number,
  rangeM: number,
  stepM: number,
): FramePoint[] {
  const n = ring.length;
  let segM = 0;
  for (let i = 0; i < n; i++) {
    const a = ring[i] as FramePoint;
    const b = ring[(i + 1) % n] as FramePoint;
    segM = Math.max(segM, Math.hypot(b[0] - a[0], b[1] - a[1]));
  }
  const capM = Math.min(0.002 * rangeM, 0.5 * stepM);
  const deepM = rangeM - (2 * capM + segM + 100);
  if (deepM <= 0 || hull.length < 2) return ring;
  const deep = ring.map((q) =>
    hull.some((h, j) => j !== self && Math.hypot(q[0] - h[0], q[1] - h[1]) < deepM),
  );
  // start on a vertex that stays, so that no run of deep vertices wraps round the ring's start
  const start = deep.indexOf(false);
  if (start < 0) return ring;
  const out: FramePoint[] = [];
  let i = start;
  do {
    const a = ring[i] as FramePoint;
    out.push(a);
    // the farthest deep run ahead whose chord from here stays within the cap of every vertex it skips
    let j = i + 1;
    while (j - i < 16 && deep[j % n] && deep[(j + 1) % n] && (j + 1) % n !== start) {
      if (!withinCap(ring, i, j + 1, capM)) break;
      j++;
    }
    i = j % n;
  } while (i !== start);
  return out;
}

/** Whether the vertices strictly between `from` and `to` lie within `capM` of the chord between them. */
function withinCap(ring: FramePoint[], from: number, to: number, capM: number): boolean {
  const n = ring.length;
  const a = ring[from % n] as FramePoint;
  const b = ring[to % n] as FramePoint;
  const length = Math.hypot(b[0] - a[0], b[1] - a[1]);
  if (length === 0) return false;
  for (let k = from + 1; k < to; k++) {
    const q = ring[k % n] as FramePoint;
    const offM = Math.abs((b[0] - a[0]) * (q[1] - a[1]) - (b[1] - a[1]) * (q[0] - a[0])) / length;
    if (offM > capM) return false;
  }
  return true;
}
