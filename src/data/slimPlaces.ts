// Slims the SimpleMaps world cities rows (44,691) to the gazetteer the app ships: capitals and large cities.
// Rows are trusted for names and countries; only coordinates and population are checked, bad rows are dropped.
import type { Place } from './placeTypes';

/** Cities at or above this population are kept (capitals are kept whatever their size). */
export const MIN_PLACE_POPULATION = 100_000;

export interface SlimPlacesOptions {
  /** Smallest population kept for a city that is not a capital; default `MIN_PLACE_POPULATION`. */
  minPopulation?: number;
}

// A decimal number as the source writes it ("35.6897", "-6.1750", "37732000"); no exponents, no empty text.
const DECIMAL = /^\s*[+-]?(?:\d+(?:\.\d*)?|\.\d+)\s*$/;
const ISO2 = /^[A-Z]{2}$/;

/**
 * Keeps the rows that are a capital (`capital === 'primary'`) or have at least `minPopulation` people,
 * as `Place` records with coordinates rounded to 4 decimals. Rows with a missing name or country code,
 * or a latitude or longitude that is not a number within ±90° / ±180°, are dropped. Source order is kept.
 *
 * @example
 * slimPlaces([
 *   { city: 'Kyiv', city_ascii: 'Kyiv', lat: '50.4500', lng: '30.5233', country: 'Ukraine', iso2: 'UA',
 *     capital: 'primary', population: '2963199' },
 *   { city: 'Bad', lat: '95', lng: '0', iso2: 'XX', capital: 'primary' },
 * ]);
 * // [{ name: 'Kyiv', asciiName: 'Kyiv', country: 'Ukraine', iso2: 'UA', lonLat: [30.5233, 50.45],
 * //    population: 2963199, capital: true }]
 */
export function slimPlaces(rows: readonly unknown[], options: SlimPlacesOptions = {}): Place[] {
  const minPopulation = options.minPopulation ?? MIN_PLACE_POPULATION;
  const places: Place[] = [];
  for (const row of rows) {
    const place = readPlace(row);
    if (place && (place.capital || place.population >= minPopulation)) places.push(place);
  }
  return places;
}

function readPlace(row: unknown): Place | undefined {
  if (typeof row !== 'object' || row === null) return undefined;
  const record = row as Record<string, unknown>;
  const name = text(record.city);
  const iso2 = text(record.iso2).toUpperCase();
  const lat = decimal(record.lat);
  const lon = decimal(record.lng);
  if (name === '' || !ISO2.test(iso2)) return undefined;
  if (lat === undefined || lon === undefined || Math.abs(lat) > 90 || Math.abs(lon) > 180) return undefined;
  const population = decimal(record.population);
  return {
    name,
    asciiName: text(record.city_ascii) || name,
    country: text(record.country) || iso2,
    iso2,
    lonLat: [round4(lon), round4(lat)],
    population: population !== undefined && population > 0 ? Math.round(population) : 0,
    capital: record.capital === 'primary',
  };
}

function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

function decimal(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string' || !DECIMAL.test(value)) return undefined;
  const number = Number(value);
  return Number.isFinite(number) ? number : undefined;
}

// Adding 0 turns -0 into 0, so a rounded -0.00001 compares and serialises as plain 0.
function round4(degrees: number): number {
  return Math.round(degrees * 1e4) / 1e4 + 0;
}
