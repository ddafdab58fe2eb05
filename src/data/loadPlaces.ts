// Loads the major places of the gazetteer (capitals, 100,000 people or more) on first use: a dynamic import, so
// its ~120 KB (gzip) chunk stays out of the first load. loadAllPlaces adds the rest for search.
// The module is made at build time by the plugin in vite.config.ts; outside Vite this import has nothing to find.
import { loadPart } from './loadPart';
import { unpackPlaces } from './packPlaces';
import type { Place } from './placeTypes';

let loading: Promise<Place[]> | undefined;

/**
 * The gazetteer's places (capitals and cities of 100,000 people or more), loaded once and shared:
 * every call returns the same array, so indexes built on it (searchPlaces) are built once too.
 * A failed load is not cached; the next call tries again. It rejects with a PartLoadError that says why.
 *
 * @example
 * const places = await loadPlaces();
 * searchPlaces(places, 'kyiv')[0]?.lonLat; // [30.5233, 50.45]
 */
export function loadPlaces(): Promise<Place[]> {
  loading ??= loadPart('the place names', () => import('virtual:places')).then(
    (module) => unpackPlaces(module.default()),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}
