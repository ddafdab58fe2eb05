// Types of the slim gazetteer: a Place as the app uses it, and the compact tuple form it ships in.
// One point per city (its centre as SimpleMaps gives it); no outlines. Other names come from data/placeNames.json.
import type { LonLat } from '../geo';

/** One city or capital of the gazetteer. */
export interface Place {
  /** The name as the source writes it, with diacritics: "Kraków". */
  name: string;
  /** The same name in plain ASCII: "Krakow" (equal to `name` when that is already ASCII). */
  asciiName: string;
  /** The country's English short name as the source writes it: "Ukraine", "Congo (Kinshasa)". */
  country: string;
  /** ISO 3166-1 alpha-2 code, upper case: "UA". */
  iso2: string;
  /** Position in GeoJSON order, degrees, rounded to 4 decimals (about 11 m). */
  lonLat: LonLat;
  /** Population as the source gives it; 0 where it gives none (a few small territories' capitals). */
  population: number;
  /** True for a country's or territory's capital (the source's `capital === 'primary'`). */
  capital: boolean;
  /** Former names, older spellings and exonyms that find it too ("Kiev", "Kharkov"), if any. */
  otherNames?: readonly string[];
}

/**
 * One place as a tuple: name, ASCII name ('' when equal to name), index into `countries`,
 * longitude and latitude in ten-thousandths of a degree (integers), population, 1 for a capital else 0,
 * and, only when it has any, its other names joined by '|'.
 */
export type PackedPlace = [
  name: string,
  asciiName: string,
  country: number,
  lonE4: number,
  latE4: number,
  population: number,
  capital: 0 | 1,
  otherNames?: string,
];

/** The gazetteer as it travels in the bundle: each country written once, places as tuples. */
export interface PackedPlaces {
  /** Form version, so a stale cached chunk is recognised. */
  version: 1;
  /** `[iso2, country name]` pairs, referenced by index from each place. */
  countries: [iso2: string, country: string][];
  places: PackedPlace[];
}
