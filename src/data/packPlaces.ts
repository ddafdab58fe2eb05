// The compact form the gazetteer ships in (tuples, each country once) and its exact inverse.
// Coordinates travel as integer ten-thousandths of a degree, so 4-decimal positions round-trip exactly.
import type { PackedPlace, PackedPlaces, Place } from './placeTypes';

// Names never hold it (they are one line of text), so it needs no escaping.
const OTHER_NAMES_SEPARATOR = '|';

/**
 * Packs places into tuples, writing each country once. Positions are rounded to 4 decimals.
 *
 * @example
 * packPlaces([{ name: 'Kyiv', asciiName: 'Kyiv', country: 'Ukraine', iso2: 'UA',
 *               lonLat: [30.5233, 50.45], population: 2963199, capital: true }]);
 * // { version: 1, countries: [['UA', 'Ukraine']], places: [['Kyiv', '', 0, 305233, 504500, 2963199, 1]] }
 */
export function packPlaces(places: readonly Place[]): PackedPlaces {
  const countries: [string, string][] = [];
  const countryIndex = new Map<string, number>();
  const packed: PackedPlace[] = [];
  for (const place of places) {
    const key = `${place.iso2}\u0000${place.country}`;
    let index = countryIndex.get(key);
    if (index === undefined) {
      index = countries.length;
      countries.push([place.iso2, place.country]);
      countryIndex.set(key, index);
    }
    const tuple: PackedPlace = [
      place.name,
      place.asciiName === place.name ? '' : place.asciiName,
      index,
      Math.round(place.lonLat[0] * 1e4),
      Math.round(place.lonLat[1] * 1e4),
      place.population,
      place.capital ? 1 : 0,
    ];
    if (place.otherNames?.length) tuple.push(place.otherNames.join(OTHER_NAMES_SEPARATOR));
    packed.push(tuple);
  }
  return { version: 1, countries, places: packed };
}

/**
 * Unpacks what `packPlaces` made. Tuples that do not fit the form (a stale or damaged chunk) are skipped.
 *
 * @example
 * unpackPlaces({ version: 1, countries: [['UA', 'Ukraine']],
 *                places: [['Kyiv', '', 0, 305233, 504500, 2963199, 1]] });
 * // [{ name: 'Kyiv', asciiName: 'Kyiv', country: 'Ukraine', iso2: 'UA', lonLat: [30.5233, 50.45],
 * //    population: 2963199, capital: true }]
 */
export function unpackPlaces(packed: PackedPlaces): Place[] {
  if (packed?.version !== 1 || !Array.isArray(packed.places) || !Array.isArray(packed.countries)) return [];
  const places: Place[] = [];
  for (const tuple of packed.places) {
    if (!Array.isArray(tuple)) continue;
    const [name, asciiName, countryIndex, lonE4, latE4, population, capital, otherNames] = tuple;
    const country = packed.countries[countryIndex];
    if (typeof name !== 'string' || !country || !Number.isInteger(lonE4) || !Number.isInteger(latE4))
      continue;
    const place: Place = {
      name,
      asciiName: asciiName || name,
      country: country[1],
      iso2: country[0],
      // Integer / 1e4 is correctly rounded, so it gives the same double as the 4-decimal text.
      lonLat: [lonE4 / 1e4, latE4 / 1e4],
      population: Number.isFinite(population) ? population : 0,
      capital: capital === 1,
    };
    if (typeof otherNames === 'string' && otherNames !== '') {
      place.otherNames = otherNames.split(OTHER_NAMES_SEPARATOR);
    }
    places.push(place);
  }
  return places;
}
