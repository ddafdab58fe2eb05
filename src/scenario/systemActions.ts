// Verbs over the shown systems and the user's own systems. Each returns a new scenario and never mutates its
// input. Ids are not checked against the data file here: callers pass ids from the systems they list.
import { parseRangeKm } from '../data';
import { customSystemId } from './customSystemId';
import { MAX_CUSTOM_NAME_LENGTH, MAX_CUSTOM_SYSTEMS, MAX_SOURCE_LENGTH } from './limits';
import { plainText } from './plainText';
import { restoreSystemDetails, type SystemDetails } from './restoreSystemDetails';
import type { CustomSystem, Scenario } from './types';

/** What the user gives for a system of their own: a name and range, and what a systems file may add. */
export interface CustomSystemInput extends SystemDetails {
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
  // the band, published figures, texts and sources pass the same checks as a restored system's
  Object.assign(
    system,
    restoreSystemDetails({ ...input }, system.rangeKm, name, () => {}),
  );
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
  return withoutColors(
    {
      ...s,
      customSystems: s.customSystems.filter((system) => system.id !== id),
      systemIds: s.systemIds.filter((shownId) => shownId !== id),
    },
    [id],
  );
}

/**
 * Gives a system the colour the user chose (`#rrggbb`), or back its palette colour with null. Ids of systems
 * not on the map and colours that are not six hex digits leave `s` as it is.
 *
 * @example
 * setSystemColor(s, 'tomahawk', '#E69F00').colors; // { tomahawk: '#e69f00' }
 */
export function setSystemColor(
  s: Scenario,
  id: string,
  color: string | null,
  dataSystemIds: readonly string[],
): Scenario {
  if (color === null) return withoutColors(s, [id]);
  const hex = /^#([0-9a-f]{6})$/i.exec(color)?.[1];
  const known = dataSystemIds.includes(id) || s.customSystems.some((system) => system.id === id);
  if (hex === undefined || !known) return s;
  return { ...s, colors: { ...s.colors, [id]: `#${hex.toLowerCase()}` } };
}

function withoutColors(s: Scenario, ids: readonly string[]): Scenario {
  if (!s.colors || !ids.some((id) => Object.hasOwn(s.colors ?? {}, id))) return s;
  const { colors, ...rest } = s;
  const kept = Object.entries(colors).filter(([id]) => !ids.includes(id));
  return kept.length > 0 ? { ...rest, colors: Object.fromEntries(kept) } : rest;
}

/**
 * Back to the data file's systems: the custom systems go, with their colours; everything else stays, including
 * which data systems are shown. When none would be shown, every data system is, in the data's order.
 *
 * @example
 * resetSystems(s, ['tomahawk', 'eram', 'atacms']).customSystems; // []
 */
export function resetSystems(s: Scenario, dataSystemIds: readonly string[]): Scenario {
  const customIds = s.customSystems.map((system) => system.id);
  const shown = s.systemIds.filter((id) => !customIds.includes(id));
  const systemIds = shown.length > 0 ? shown : [...new Set(dataSystemIds)];
  return withoutColors({ ...s, customSystems: [], systemIds }, customIds);
}
