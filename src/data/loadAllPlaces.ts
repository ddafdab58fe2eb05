// Loads every place of the gazetteer (44,692) for search: the major places (loadPlaces) and the rest, a second
// chunk of about 750 KB (gzip) fetched only when the user first types a place name.
import { loadPart } from './loadPart';
import { loadPlaces } from './loadPlaces';
import { unpackPlaces } from './packPlaces';
import type { Place } from './placeTypes';

let loading: Promise<Place[]> | undefined;

/**
 * Every place, the major ones first, loaded once and shared (the same array on every call, so a search
 * index is built once). A failed load is not cached; the next call tries again.
 *
 * @example
 * const places = await loadAllPlaces();
 * searchPlaces(places, 'Pokrovsk')[0]?.country; // 'Ukraine'
 */
export function loadAllPlaces(): Promise<Place[]> {
  loading ??= Promise.all([
    loadPlaces(),
    loadPart('the smaller place names', () => import('virtual:places-rest')),
  ]).then(
    ([major, rest]) => [...major, ...unpackPlaces(rest.default())],
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}
