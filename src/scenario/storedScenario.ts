// Keeps the scenario in the browser's storage between visits. The storage is passed in, so this runs
// without a DOM; storage that throws (full, or denied in a sandboxed iframe) is reported, never thrown.
import { isRecord } from './readInput';
import { restore } from './restore';
import { SCENARIO_FIELDS } from './restoreFields';
import type { ScenarioContext, ScenarioProblem } from './scenarioProblem';
import type { Scenario } from './types';

/** The storage key; the version in it changes only if the stored shape ever stops being restorable. */
export const STORAGE_KEY = 'range-rings:scenario:v1';

// The parts of the Web Storage API used here, spelled out so this file needs no DOM types:
// `window.localStorage` fits both.
/** What `loadStoredScenario` needs of a storage: `Pick<Storage, 'getItem'>`. */
export interface StorageReader {
  getItem(key: string): string | null;
}
/** What `saveStoredScenario` needs of a storage: `Pick<Storage, 'setItem'>`. */
export interface StorageWriter {
  setItem(key: string, value: string): void;
}

export interface StoredScenario {
  /** null when nothing usable is stored: the caller falls back to the defaults. */
  scenario: Scenario | null;
  problems: ScenarioProblem[];
}

/**
 * Reads the stored scenario through `restore`. No storage or nothing stored gives null without a problem;
 * a damaged value or a storage that refuses gives null with one.
 *
 * @example
 * loadStoredScenario(window.localStorage, { systemIds: ['atacms'] }); // { scenario: {…}, problems: [] }
 * loadStoredScenario(null, { systemIds: ['atacms'] });                // { scenario: null, problems: [] }
 */
export function loadStoredScenario(storage: StorageReader | null, context: ScenarioContext): StoredScenario {
  if (!storage) return { scenario: null, problems: [] };
  let text: string | null;
  try {
    text = storage.getItem(STORAGE_KEY);
  } catch {
    return refused('the saved map could not be read — this browser does not allow storage here');
  }
  if (typeof text !== 'string') return { scenario: null, problems: [] };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return refused('the saved map is damaged and was not restored');
  }
  // A value with none of a scenario's fields was not written by this page.
  if (!isRecord(value) || !Object.keys(value).some((key) => SCENARIO_FIELDS.has(key))) {
    return refused('the saved map is damaged and was not restored');
  }
  return restore(value, context);
}

/**
 * Stores a scenario as JSON; false when there is no storage or it refused (full, or denied).
 *
 * @example
 * saveStoredScenario(window.localStorage, scenario); // true
 */
export function saveStoredScenario(storage: StorageWriter | null, s: Scenario): boolean {
  if (!storage) return false;
  try {
    storage.setItem(STORAGE_KEY, JSON.stringify(s));
    return true;
  } catch {
    return false;
  }
}

function refused(message: string): StoredScenario {
  return { scenario: null, problems: [{ field: 'storage', message }] };
}
