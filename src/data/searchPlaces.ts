// Finds places by name as a person types it: case, accents and punctuation ignored; the gazetteer's names, their
// ASCII forms and the other names of data/placeNames.json; ranked by how well the name matches, by size, and
// by nearness to what the map shows. Spellings that no table lists ("Charkow") are not guessed.
import type { LonLat } from '../geo';
import { foldPlaceName, nameForms } from './foldPlaceName';
import type { Place } from './placeTypes';

/** Places with their names folded once, so each search is a scan of plain strings. */
export interface PlaceIndex<T extends Place = Place> {
  readonly entries: readonly PlaceEntry<T>[];
  /** Upper-case ISO codes present, to tell "Paris, US" (a code) from "Paris, Texas". */
  readonly iso2: ReadonlySet<string>;
}

interface PlaceEntry<T> {
  place: T;
  /** Folded names; `other` is the other name (as written) a key comes from, if not the place's own. */
  keys: { key: string; other?: string }[];
  countryKey: string;
}

/** A place found, and the other name it was found by when its own names did not match as well. */
export interface PlaceMatch<T extends Place = Place> {
  place: T;
  otherName?: string;
}

export interface SearchOptions {
  /** Where the user is looking (the view's centre, the launch points): nearer places rank higher. */
  near?: readonly LonLat[];
}

// Common short names that are not the country's ISO code.
const COUNTRY_ALIASES = new Map([
  ['uk', 'GB'],
  ['usa', 'US'],
  ['uae', 'AE'],
]);
// Score, in powers of ten of population: the whole name, its start, a later word's start, anywhere in it.
// A name's start costs one power of ten, so "Par" finds Paris (11 million) before Par, Cornwall (1,600).
const MATCH_COST = [0, 1, 1.5, 2.5] as const;
// A capital counts as about three times its population.
const CAPITAL_BONUS = 0.5;
// Nearness: 1.5 powers of ten per tenfold distance beyond about 200 km, so Odessa, Texas (135,000) comes
// before Odesa, Ukraine (1 million) when the map shows Texas, and after it anywhere in Europe.
const NEAR_WEIGHT = 1.5;
const NEAR_KM = 200;
// A place with no population given counts as a village.
const MIN_POPULATION = 1_000;
const EARTH_RADIUS_KM = 6_371;
const RAD = Math.PI / 180;

const indexes = new WeakMap<readonly Place[], PlaceIndex>();

/**
 * Folds every name once. `searchPlaces` does this itself (and remembers it per array), so call it only
 * to control when the work happens.
 *
 * @example
 * const index = indexPlaces(places);
 * searchPlaces(index, 'kharkiv');
 */
export function indexPlaces<T extends Place>(places: readonly T[]): PlaceIndex<T> {
  const steps = indexPlacesInSteps(places, Number.POSITIVE_INFINITY);
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/**
 * `indexPlaces` in slices of `stepSize` places, for a page that must stay responsive while it indexes the
 * whole gazetteer (a few hundred milliseconds in one go): yields the count done after each slice, returns
 * the index.
 *
 * @example
 * const steps = indexPlacesInSteps(places);
 * let step = steps.next();
 * while (!step.done) step = steps.next(); // a page waits for a frame between steps
 * searchPlaces(step.value, 'kyiv');
 */
export function* indexPlacesInSteps<T extends Place>(
  places: readonly T[],
  stepSize = 4_000,
): Generator<number, PlaceIndex<T>> {
  const iso2 = new Set<string>();
  const countryKeys = new Map<string, string>();
  const entries: PlaceEntry<T>[] = [];
  for (const place of places) {
    iso2.add(place.iso2);
    const keys: { key: string; other?: string }[] = [];
    const add = (name: string, other?: string) => {
      for (const key of nameForms(foldPlaceName(name))) {
        if (key === '' || keys.some((known) => known.key === key)) continue;
        keys.push(other === undefined ? { key } : { key, other });
      }
    };
    add(place.name);
    if (place.asciiName !== place.name) add(place.asciiName);
    for (const other of place.otherNames ?? []) add(other, other);
    let countryKey = countryKeys.get(place.country);
    if (countryKey === undefined) {
      countryKey = foldPlaceName(place.country);
      countryKeys.set(place.country, countryKey);
    }
    entries.push({ place, keys, countryKey });
    if (entries.length % stepSize === 0 && entries.length < places.length) yield entries.length;
  }
  return { entries, iso2 };
}

/**
 * Up to `limit` places whose name matches `query`, best first (see `findPlaces`).
 *
 * @example
 * searchPlaces(places, 'kyiv')[0]?.name;           // 'Kyiv'
 * searchPlaces(places, 'Kiev')[0]?.name;           // 'Kyiv'
 * searchPlaces(places, 'sao paulo')[0]?.name;      // 'São Paulo'
 * searchPlaces(places, 'Kingston, NF')[0]?.country; // 'Norfolk Island'
 */
export function searchPlaces<T extends Place>(
  places: readonly T[] | PlaceIndex<T>,
  query: string,
  limit = 8,
  options: SearchOptions = {},
): T[] {
  return findPlaces(places, query, limit, options).map((match) => match.place);
}

/**
 * Up to `limit` places whose name, ASCII name or other name matches `query`, best first. Each place scores
 * the powers of ten of its population, less a cost for a weaker match (the whole name, then its start, then a
 * later word's start, then anywhere), plus a bonus for a capital, less a cost for distance from the nearest
 * of `options.near`. A qualifier after a comma keeps one country, by ISO code or name: "Paris, FR",
 * "kingston, norfolk". A qualifier that names no country is ignored.
 *
 * @example
 * findPlaces(places, 'Odessa', 2, { near: [[36.23, 49.99]] });
 * // [{ place: { name: 'Odesa', country: 'Ukraine', … }, otherName: 'Odessa' },
 * //  { place: { name: 'Odessa', country: 'United States', … } }]
 */
export function findPlaces<T extends Place>(
  places: readonly T[] | PlaceIndex<T>,
  query: string,
  limit = 8,
  options: SearchOptions = {},
): PlaceMatch<T>[] {
  // An array also has an `entries` property (its iterator method), so test for the array.
  const index = isPlaceArray(places) ? cachedIndex(places) : places;
  const comma = query.lastIndexOf(',');
  const nameKey = foldPlaceName(comma >= 0 ? query.slice(0, comma) : query);
  if (nameKey === '' || !(limit > 0)) return [];
  const inCountry = comma >= 0 ? countryFilter(index, query.slice(comma + 1)) : undefined;
  const spacedKey = ` ${nameKey}`;
  const near = (options.near ?? []).filter(
    ([lon, lat]) => Number.isFinite(lon) && Number.isFinite(lat) && Math.abs(lat) <= 90,
  );
  const found: { match: PlaceMatch<T>; score: number }[] = [];
  for (const entry of index.entries) {
    if (inCountry && !inCountry(entry)) continue;
    let tier = 4;
    let other: string | undefined;
    for (const { key, other: from } of entry.keys) {
      const t =
        key === nameKey
          ? 0
          : key.startsWith(nameKey)
            ? 1
            : key.includes(spacedKey)
              ? 2
              : key.includes(nameKey)
                ? 3
                : 4;
      // An own name wins a tie with another name, so "Kyiv" is never shown as found by "Kyiv".
      if (t < tier) {
        tier = t;
        other = from;
      } else if (t === tier && from === undefined) {
        other = undefined;
      }
    }
    if (tier > 3) continue;
    const { place } = entry;
    const score =
      Math.log10(Math.max(place.population, MIN_POPULATION)) +
      (place.capital ? CAPITAL_BONUS : 0) -
      (MATCH_COST[tier as 0 | 1 | 2 | 3] ?? 0) -
      nearnessCost(place.lonLat, near);
    found.push({ match: other === undefined ? { place } : { place, otherName: other }, score });
  }
  found.sort((a, b) => b.score - a.score || a.match.place.name.localeCompare(b.match.place.name));
  return found.slice(0, Math.floor(limit)).map(({ match }) => match);
}

function nearnessCost(lonLat: LonLat, near: readonly LonLat[]): number {
  if (near.length === 0) return 0;
  let nearestKm = Number.POSITIVE_INFINITY;
  for (const point of near) nearestKm = Math.min(nearestKm, sphericalKm(lonLat, point));
  return NEAR_WEIGHT * Math.log10(1 + nearestKm / NEAR_KM);
}

// Haversine distance on a sphere: ranking needs no more than that.
function sphericalKm([lon1, lat1]: LonLat, [lon2, lat2]: LonLat): number {
  const sinDLat = Math.sin(((lat2 - lat1) * RAD) / 2);
  const sinDLon = Math.sin(((lon2 - lon1) * RAD) / 2);
  const h = sinDLat * sinDLat + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * sinDLon * sinDLon;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
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
