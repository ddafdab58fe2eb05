// Builds the shipped gazetteer from the SimpleMaps rows (and our few extra rows) at build time: every place,
// with its other names attached, split into the major places (loaded for "In reach") and the rest (for search).
// With extensions: vite.config.ts imports this file, and Vite's config loader runs it as plain Node ESM.
import { foldPlaceName } from './foldPlaceName.js';
import type { Place } from './placeTypes';
import { MIN_PLACE_POPULATION, slimPlaces } from './slimPlaces.js';

/** One entry of data/placeNames.json: names that find the place the gazetteer calls `place` in `iso2`. */
export interface OtherNamesEntry {
  place: string;
  iso2: string;
  names: string[];
  source: string;
}

export interface Gazetteer {
  /** Capitals and places of 100,000 people or more, in source order. */
  major: Place[];
  /** Every other place, in source order. */
  rest: Place[];
  /** Entries of the names table that name no place (a typo, or a place the source dropped). */
  unmatched: OtherNamesEntry[];
}

/**
 * Reads every row (bad rows dropped, as `slimPlaces` does), attaches the other names of `entries` to the
 * most populous place of that name (or ASCII name) in that country, and splits the major places from the rest.
 *
 * @example
 * const { major, rest } = buildGazetteer(rows, [{ place: 'Kyiv', iso2: 'UA', names: ['Kiev'], source: '…' }]);
 * major.find((p) => p.name === 'Kyiv')?.otherNames; // ['Kiev']
 */
export function buildGazetteer(rows: readonly unknown[], entries: readonly OtherNamesEntry[]): Gazetteer {
  const places = slimPlaces(rows, { minPopulation: 0 });
  const byName = new Map<string, Place>();
  for (const place of places) {
    for (const name of new Set([foldPlaceName(place.name), foldPlaceName(place.asciiName)])) {
      const key = `${place.iso2}|${name}`;
      const known = byName.get(key);
      if (!known || known.population < place.population) byName.set(key, place);
    }
  }
  const unmatched: OtherNamesEntry[] = [];
  const extra = new Map<Place, string[]>();
  for (const entry of entries) {
    const place = byName.get(`${entry.iso2}|${foldPlaceName(entry.place)}`);
    if (!place) {
      unmatched.push(entry);
      continue;
    }
    extra.set(place, [...(extra.get(place) ?? []), ...entry.names]);
  }
  const named = places.map((place) => {
    const names = extra.get(place);
    return names ? { ...place, otherNames: [...new Set(names)] } : place;
  });
  const isMajor = (place: Place) => place.capital || place.population >= MIN_PLACE_POPULATION;
  return { major: named.filter(isMajor), rest: named.filter((place) => !isMajor(place)), unmatched };
}
