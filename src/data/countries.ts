// The countries and territories of the offline basemap by ISO 3166-1 alpha-2 code, for launch areas
// (`from=UA`). The table (data/countries.json) names its sources; an outline is found by its Natural Earth name.
import table from '../../data/countries.json';

export interface Country {
  /** ISO 3166-1 alpha-2, upper case: `UA`. */
  code: string;
  /** The name shown to the reader: `Ukraine`. */
  name: string;
  /** The feature's `properties.name` in Natural Earth (world-atlas): `Bosnia and Herz.`. */
  outline: string;
}

/** Every country of the basemap that has a code, sorted by name. */
export const COUNTRIES: readonly Country[] = table.countries.map((row) => ({
  code: row.code,
  name: row.name,
  outline: 'outline' in row && typeof row.outline === 'string' ? row.outline : row.name,
}));

const BY_CODE = new Map(COUNTRIES.map((country) => [country.code, country]));

/**
 * The country of an alpha-2 code (any letter case), or undefined.
 *
 * @example
 * countryByCode('ua')?.name; // 'Ukraine'
 * countryByCode('ZZ');       // undefined
 */
export function countryByCode(code: string): Country | undefined {
  return BY_CODE.get(code.trim().toUpperCase());
}
