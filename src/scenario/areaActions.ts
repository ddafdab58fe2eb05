// Verbs over the launch areas. Each returns a new scenario and never mutates its input; an unknown code, an
// area already there or a full map returns it unchanged. An empty list is left out, as restore() leaves it.
import { countryByCode } from '../data';
import { MAX_AREAS } from './restoreAreas';
import type { Scenario } from './types';

/**
 * Adds a country of the basemap as a launch area, by its ISO 3166-1 alpha-2 code.
 *
 * @example
 * addCountryArea(s, 'ua').areas; // [{ kind: 'country', code: 'UA' }]
 */
export function addCountryArea(s: Scenario, code: string): Scenario {
  const country = countryByCode(code);
  const areas = s.areas ?? [];
  if (!country || areas.length >= MAX_AREAS || areas.some((area) => area.code === country.code)) return s;
  return { ...s, areas: [...areas, { kind: 'country', code: country.code }] };
}

/**
 * Removes a launch area by its code.
 *
 * @example
 * removeArea(addCountryArea(s, 'UA'), 'UA').areas; // undefined
 */
export function removeArea(s: Scenario, code: string): Scenario {
  const areas = (s.areas ?? []).filter((area) => area.code !== code);
  if (areas.length === (s.areas ?? []).length) return s;
  const { areas: _, ...rest } = s;
  return areas.length > 0 ? { ...rest, areas } : rest;
}
