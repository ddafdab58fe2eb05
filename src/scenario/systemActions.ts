// Verbs over the shown systems and the user's own systems. Each returns a new scenario and never mutates its
// input. Ids are not checked against the data file here: callers pass ids from the systems they list.
import { parseRangeKm } from '../data';
import { customSystemId } from './customSystemId';
import { MAX_CUSTOM_NAME_LENGTH, MAX_CUSTOM_SYSTEMS, MAX_SOURCE_LENGTH } from './limits';
import { plainText } from './plainText';
import type { CustomSystem, Scenario } from './types';

/** What the user gives for a system of their own. */
export interface CustomSystemInput {
  name: string;
  rangeKm: number;
  source?: string;
}

/**
 * Shows or hides a system; without `on`, flips it. A newly shown system goes last.
 *
 * @example
 * toggleSystem(s, 'atacms');        // hidden if it was shown, shown if not
 * toggleSystem(s, 'atacms', true);  // shown
 */
export function toggleSystem(s: Scenario, id: string, on?: boolean): Scenario {
  const shown = s.systemIds.includes(id);
  const show = on ?? !shown;
  if (show === shown) return s;
  return { ...s, systemIds: show ? [...s.systemIds, id] : s.systemIds.filter((shownId) => shownId !== id) };
}

/**
 * Adds a system of the user's own and shows it; its id is `custom-<slug of the name>`, unique among
 * `dataSystemIds` and the other custom systems. Returns `s` itself for an empty name, a range outside
 * 0–20,004 km, or when the map already holds 50 custom systems.
 *
 * @example
 * addCustomSystem(s, { name: 'Fateh-110', rangeKm: 300 }, ['atacms']).customSystems.at(-1);
 * // { id: 'custom-fateh-110', name: 'Fateh-110', rangeKm: 300 }
 */
export function addCustomSystem(
  s: Scenario,
  input: CustomSystemInput,
  dataSystemIds: readonly string[],
): Scenario {
  const name = plainText(typeof input.name === 'string' ? input.name : '', MAX_CUSTOM_NAME_LENGTH).text;
  const range = typeof input.rangeKm === 'number' ? parseRangeKm(input.rangeKm) : { error: 'not a number' };
  if (name === '' || 'error' in range || s.customSystems.length >= MAX_CUSTOM_SYSTEMS) return s;
  const taken = new Set([...dataSystemIds, ...s.customSystems.map((system) => system.id), ...s.systemIds]);
  const system: CustomSystem = { id: customSystemId(name, taken), name, rangeKm: range.km + 0 };
  const source = typeof input.source === 'string' ? plainText(input.source, MAX_SOURCE_LENGTH).text : '';
  if (source !== '') system.source = source;
  return { ...s, customSystems: [...s.customSystems, system], systemIds: [...s.systemIds, system.id] };
}

/**
 * Removes a system of the user's own, and hides it.
 *
 * @example
 * removeCustomSystem(s, 'custom-fateh-110');
 */
export function removeCustomSystem(s: Scenario, id: string): Scenario {
  if (!s.customSystems.some((system) => system.id === id)) return s;
  return {
    ...s,
    customSystems: s.customSystems.filter((system) => system.id !== id),
    systemIds: s.systemIds.filter((shownId) => shownId !== id),
  };
}

/**
 * Back to the data file's systems: no custom systems, every data system shown in the data's order.
 *
 * @example
 * resetSystems(s, ['tomahawk', 'eram', 'atacms']).systemIds; // ['tomahawk', 'eram', 'atacms']
 */
export function resetSystems(s: Scenario, dataSystemIds: readonly string[]): Scenario {
  return { ...s, customSystems: [], systemIds: [...new Set(dataSystemIds)] };
}
