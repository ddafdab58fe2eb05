// Keeps the scenario in the browser's storage between visits. The storage is passed in, so this runs
// without a DOM; storage that throws (full, or denied in a sandboxed iframe) is reported, never thrown.
import { isRecord } from './readInput';
import { restore } from './restore';
import { SCENARIO_FIELDS } from './restoreFields';
import type { ScenarioContext, ScenarioProblem } from './scenarioProblem';
import type { Scenario } from './types';

/** The storage key; the version in it changes only if the stored shape ever stops being restorable. */
export const STORAGE_KEY = 'range-rings:scenario:v1';
/** Where a stored map that could not be read in full (or another tab's map the user did not take) is kept. */
export const ASIDE_KEY = 'range-rings:scenario:aside';

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

/** What went wrong with a stored map: `damaged` could not be read at all, `newer` was saved by a later version
 * (read as far as it matches), `partial` had fields this version drops. */
export type StoredTrouble = 'damaged' | 'newer' | 'partial';

export interface StoredScenario {
  /** null when nothing usable is stored: the caller falls back to the defaults. */
  scenario: Scenario | null;
  problems: ScenarioProblem[];
  /** Set when the stored text was not read in full: the text as stored, to be kept aside rather than lost. */
  trouble?: { kind: StoredTrouble; text: string };
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
  return readStoredText(text, context);
}

/**
 * Reads a stored map's text (from this page's storage, or from another tab's `storage` event) through
 * `restore`, saying what kept it from being read in full.
 *
 * @example
 * readStoredText('{"version":2,"units":"mi","rings":[]}', { systemIds: [] }).trouble?.kind; // 'newer'
 */
export function readStoredText(text: string, context: ScenarioContext): StoredScenario {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return damaged(text);
  }
  // A value with none of a scenario's fields was not written by this page.
  if (!isRecord(value) || !Object.keys(value).some((key) => SCENARIO_FIELDS.has(key))) return damaged(text);
  const result = restore(value, context);
  const version = value.version;
  if (typeof version === 'number' && version > 1) {
    return { ...result, trouble: { kind: 'newer', text } };
  }
  return result.problems.length ? { ...result, trouble: { kind: 'partial', text } } : result;
}

/**
 * Keeps a stored map that could not be read in full under a second key, so that writing the current map
 * never destroys it; false when the storage refused.
 *
 * @example
 * keepAsideStored(window.localStorage, '{"sites": [ {"lonLat": [1e999'); // true
 */
export function keepAsideStored(storage: StorageWriter | null, text: string): boolean {
  if (!storage) return false;
  try {
    storage.setItem(ASIDE_KEY, text);
    return true;
  } catch {
    return false;
  }
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

function damaged(text: string): StoredScenario {
  return {
    scenario: null,
    problems: [{ field: 'storage', message: 'the saved map is damaged and was not restored' }],
    trouble: { kind: 'damaged', text },
  };
}

function refused(message: string): StoredScenario {
  return { scenario: null, problems: [{ field: 'storage', message }] };
}
