// Whether a map's rings are all drawn, for what must wait for them (an export framing and capturing its map):
// the rings layer says how far it has got while it makes rings in slices, its canvas while it paints them in
// slices (slicedPainting), the ring labels while they are placed in slices (RingLabels), the launch areas' reach
// while it is computed (AreasLayer), and each says when it is done.
import type { Map as LeafletMap } from 'leaflet';

/** What may still be at work on a map's rings. */
export type RingWork = 'making' | 'painting' | 'labels' | 'areas';

interface Pending {
  /** Each piece of work under way, with the share of it done. */
  work: Map<RingWork, number>;
  waiters: (() => void)[];
  listeners: Set<(fraction: number) => void>;
}

const pending = new WeakMap<LeafletMap, Pending>();

function shareDone(p: Pending): number {
  // the rings are made, then painted (and their labels placed, and the areas' reach computed, meanwhile): each is
  // half of the way
  const making = p.work.get('making');
  const painting = p.work.get('painting') ?? p.work.get('labels') ?? p.work.get('areas');
  if (making !== undefined) return making / 2;
  return painting === undefined ? 1 : 0.5 + painting / 2;
}

/** `work` on the rings of `map` is under way, `fraction` (0 to 1) of it done. */
export function ringsUnderWay(map: LeafletMap, fraction: number, work: RingWork = 'making'): void {
  let p = pending.get(map);
  if (!p) {
    p = { work: new Map(), waiters: [], listeners: new Set() };
    pending.set(map, p);
  }
  p.work.set(work, fraction);
  const done = shareDone(p);
  for (const listener of p.listeners) listener(done);
}

/** `work` on the rings of `map` is done (or its layer is gone): once none is left, whoever waits goes on. */
export function ringsAllDrawn(map: LeafletMap, work: RingWork = 'making'): void {
  const p = pending.get(map);
  if (!p) return;
  p.work.delete(work);
  if (p.work.size > 0) {
    const done = shareDone(p);
    for (const listener of p.listeners) listener(done);
    return;
  }
  pending.delete(map);
  for (const listener of p.listeners) listener(1);
  for (const go of p.waiters) go();
}

/**
 * Resolves once every ring of `map` is made and painted (at once when no work is under way); `onProgress`
 * hears the share done meanwhile.
 *
 * @example
 * await ringsSettled(map, (fraction) => setPercent(Math.round(100 * fraction)));
 */
export function ringsSettled(map: LeafletMap, onProgress?: (fraction: number) => void): Promise<void> {
  const p = pending.get(map);
  if (!p) return Promise.resolve();
  return new Promise((done) => {
    if (onProgress) {
      p.listeners.add(onProgress);
      onProgress(shareDone(p));
    }
    p.waiters.push(() => {
      if (onProgress) p.listeners.delete(onProgress);
      done();
    });
  });
}
