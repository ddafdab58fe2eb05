// One place per country name for a view: a wide country has a candidate in each band of longitude besides its
// own (regionalLabelCandidates); the view writes its name at the first of them that lies inside it, or at its own
// place when none does. So a map of Ukraine writes "Russia" west of the Urals, a map of Siberia in Siberia.
import { type LabelCandidate, type PixelBox, TILE_PX } from './countryLabels';

/**
 * `candidates`, in their order, with a name's places out of `view` (pixels at `zoom`, 0 at the world's top-left
 * corner, in any copy of the world) left out when it has one in it; a name with none in view keeps its first.
 * pickLabels then writes each name once, at the first of its places that fits and is free.
 *
 * @example
 * namePlaceInView(candidates, 4, { minX: 9210, minY: 5320, maxX: 10130, maxY: 6040 }); // 'Russia' near Moscow,
 * // the view holding Ukraine
 */
export function namePlaceInView(
  candidates: readonly LabelCandidate[],
  zoom: number,
  view: PixelBox,
): LabelCandidate[] {
  const worldPx = TILE_PX * 2 ** zoom;
  const middle = (view.minX + view.maxX) / 2;
  const inView = (c: LabelCandidate) => {
    // the copy of the world nearest the view's middle, as the names are drawn
    const x = c.x * worldPx + worldPx * Math.round((middle - c.x * worldPx) / worldPx);
    const y = c.y * worldPx;
    return x >= view.minX && x <= view.maxX && y >= view.minY && y <= view.maxY;
  };
  const count = new Map<string, number>();
  for (const c of candidates) count.set(c.name, (count.get(c.name) ?? 0) + 1);
  const seen = new Set<string>();
  const shown = new Set<string>();
  for (const c of candidates) if ((count.get(c.name) ?? 0) > 1 && inView(c)) shown.add(c.name);
  return candidates.filter((c) => {
    if ((count.get(c.name) ?? 0) === 1) return true;
    const first = !seen.has(c.name);
    seen.add(c.name);
    return shown.has(c.name) ? inView(c) : first;
  });
}
