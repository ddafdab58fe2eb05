// The places a reach summary names: the largest ones farther out than the launch point's own town, capitals
// first. Picked in one pass: the summary is rebuilt for every list on every unit change, and sorting a
// 20,000 km list (the whole gazetteer) per system and launch point froze a heavy map for seconds.
import type { Place } from '../data';

/** Places nearer than this are the launch point's own town, no news. */
const OWN_TOWN_M = 10_000;

/**
 * The `count` most notable of `found` (capitals first, then by population; ties keep the list's order, nearest
 * first), from those farther than 10 km, or from all when none is.
 *
 * @example
 * notablePlaces([{ place: kharkiv, distanceM: 0 }, { place: kyiv, distanceM: 409_000 }], 2); // [kyiv]
 */
export function notablePlaces<T extends { place: Place; distanceM: number }>(
  found: readonly T[],
  count = 2,
): T[] {
  const farther = found.some((f) => f.distanceM > OWN_TOWN_M);
  const best: T[] = [];
  for (const f of found) {
    if (farther && !(f.distanceM > OWN_TOWN_M)) continue;
    // insert after every kept place that is at least as notable: a stable top-`count`
    let at = best.length;
    while (at > 0 && moreNotable(f.place, (best[at - 1] as T).place)) at--;
    if (at < count) {
      best.splice(at, 0, f);
      if (best.length > count) best.pop();
    }
  }
  return best;
}

function moreNotable(a: Place, b: Place): boolean {
  const byCapital = Number(a.capital) - Number(b.capital);
  return byCapital > 0 || (byCapital === 0 && a.population > b.population);
}
