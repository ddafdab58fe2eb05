// Finds places by name as a person types it: case, accents and punctuation ignored, best matches first.
// Matches the gazetteer's own names only (name and ASCII name): no alternative spellings such as "Kharkov".
import type { Place } from './placeTypes';

/** Places with their names folded once, so each search is a scan of plain strings. */
export interface PlaceIndex<T extends Place = Place> {
  readonly entries: readonly PlaceEntry<T>[];
  /** Upper-case ISO codes present, to tell "Paris, US" (a code) from "Paris, Texas". */
  readonly iso2: ReadonlySet<string>;
}

interface PlaceEntry<T> {
  place: T;
  keys: string[];
  countryKey: string;
}

// Common short names that are not the country's ISO code.
const COUNTRY_ALIASES = new Map([
  ['uk', 'GB'],
  ['usa', 'US'],
  ['uae', 'AE'],
]);
// Letters that Unicode does not decompose into a base letter and a mark.
const LETTERS = new Map([
  ['ß', 'ss'],
  ['æ', 'ae'],
  ['œ', 'oe'],
  ['ø', 'o'],
  ['đ', 'd'],
  ['ð', 'd'],
  ['ł', 'l'],
  ['ı', 'i'],
  ['þ', 'th'],
  ['ħ', 'h'],
]);
const MARKS = /\p{M}/gu;
const APOSTROPHES = /['’‘ʼʻ`´]/g;
const NOT_WORD = /[^\p{L}\p{N}]+/gu;
const SPECIAL = /[ßæœøđðłıþħ]/g;

const indexes = new WeakMap<readonly Place[], PlaceIndex>();

/**
 * Folds text for matching: lower case, accents removed, apostrophes dropped, other punctuation as spaces.
 *
 * @example
 * foldPlaceName('Kýiv');          // 'kyiv'
 * foldPlaceName('Saint-Étienne'); // 'saint etienne'
 * foldPlaceName("Be'er Sheva");   // 'beer sheva'
 */
export function foldPlaceName(text: string): string {
  return text
    .normalize('NFD')
    .replace(MARKS, '')
    .toLowerCase()
    .replace(SPECIAL, (letter) => LETTERS.get(letter) ?? letter)
    .replace(APOSTROPHES, '')
    .replace(NOT_WORD, ' ')
    .trim();
}

/**
 * Folds every name once. `searchPlaces` does this itself (and remembers it per array), so call it only
 * to control when the work happens.
 *
 * @example
 * const index = indexPlaces(places);
 * searchPlaces(index, 'kharkiv');
 */
export function indexPlaces<T extends Place>(places: readonly T[]): PlaceIndex<T> {
  const iso2 = new Set<string>();
  const entries = places.map((place) => {
    iso2.add(place.iso2);
    const name = foldPlaceName(place.name);
    const ascii = foldPlaceName(place.asciiName);
    return { place, keys: ascii === name ? [name] : [name, ascii], countryKey: foldPlaceName(place.country) };
  });
  return { entries, iso2 };
}

/**
 * Up to `limit` places whose name matches `query`, best first: the whole name, then the start of the name,
 * then the start of a later word, then anywhere in it; among equals, capitals first, then larger population.
 * A qualifier after a comma keeps one country, by ISO code or name: "Paris, FR", "kingston, norfolk".
 * A qualifier that names no country is ignored.
 *
 * @example
 * searchPlaces(places, 'kyiv')[0]?.name;           // 'Kyiv'
 * searchPlaces(places, 'KÝIV')[0]?.name;           // 'Kyiv'
 * searchPlaces(places, 'sao paulo')[0]?.name;      // 'São Paulo'
 * searchPlaces(places, 'Kingston, NF')[0]?.country; // 'Norfolk Island'
 */
export function searchPlaces<T extends Place>(
  places: readonly T[] | PlaceIndex<T>,
  query: string,
  limit = 8,
): T[] {
  // An array also has an `entries` property (its iterator method), so test for the array.
  const index = isPlaceArray(places) ? cachedIndex(places) : places;
  const comma = query.lastIndexOf(',');
  const nameKey = foldPlaceName(comma >= 0 ? query.slice(0, comma) : query);
  if (nameKey === '' || !(limit > 0)) return [];
  const inCountry = comma >= 0 ? countryFilter(index, query.slice(comma + 1)) : undefined;
  const spacedKey = ` ${nameKey}`;
  const found: { entry: PlaceEntry<T>; rank: number }[] = [];
  for (const entry of index.entries) {
    if (inCountry && !inCountry(entry)) continue;
    let rank = 4;
    for (const key of entry.keys) {
      if (key === nameKey) rank = 0;
      else if (key.startsWith(nameKey)) rank = Math.min(rank, 1);
      else if (key.includes(spacedKey)) rank = Math.min(rank, 2);
      else if (key.includes(nameKey)) rank = Math.min(rank, 3);
    }
    if (rank < 4) found.push({ entry, rank });
  }
  found.sort(
    (a, b) =>
      a.rank - b.rank ||
      Number(b.entry.place.capital) - Number(a.entry.place.capital) ||
      b.entry.place.population - a.entry.place.population,
  );
  return found.slice(0, Math.floor(limit)).map(({ entry }) => entry.place);
}

function cachedIndex<T extends Place>(places: readonly T[]): PlaceIndex<T> {
  let index = indexes.get(places) as PlaceIndex<T> | undefined;
  // A changed length means the array was edited since it was indexed.
  if (!index || index.entries.length !== places.length) {
    index = indexPlaces(places);
    indexes.set(places, index);
  }
  return index;
}

function isPlaceArray<T extends Place>(places: readonly T[] | PlaceIndex<T>): places is readonly T[] {
  return Array.isArray(places);
}

function countryFilter<T extends Place>(
  index: PlaceIndex<T>,
  qualifier: string,
): ((entry: PlaceEntry<T>) => boolean) | undefined {
  const key = foldPlaceName(qualifier);
  if (key === '') return undefined;
  const code = COUNTRY_ALIASES.get(key) ?? key.toUpperCase();
  if (index.iso2.has(code)) return (entry) => entry.place.iso2 === code;
  const byName = (entry: PlaceEntry<T>) =>
    entry.countryKey.startsWith(key) || entry.countryKey.includes(` ${key}`);
  return index.entries.some(byName) ? byName : undefined;
}
