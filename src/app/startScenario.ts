// The scenario the page starts from: edits not yet in the link when the page was left (this tab), else the
// URL, else the map saved in this browser, else the defaults. What was read from storage and not understood is
// returned too, so that it can be kept aside and offered for download rather than written over.
import {
  decodeScenarioUrl,
  defaultScenario,
  loadStoredScenario,
  type Scenario,
  type ScenarioProblem,
  type StoredScenario,
} from '../scenario';

/** The storages the scenario may use; null where it must leave them alone (denied, or an embedded map). */
export interface ScenarioStorages {
  local: Storage | null;
  session: Storage | null;
}

export interface ScenarioStart {
  scenario: Scenario;
  /** What the link held that was ignored. */
  problems: ScenarioProblem[];
  from: 'unsaved' | 'url' | 'storage' | 'default';
  /** The map saved in this browser as it was read (even when the URL won). */
  stored: StoredScenario;
}

/** This browser's storages, each null where it is denied (e.g. in a sandboxed iframe). */
export function safeStorages(): ScenarioStorages {
  return { local: tryStorage(() => window.localStorage), session: tryStorage(() => window.sessionStorage) };
}

function tryStorage(get: () => Storage): Storage | null {
  try {
    return get();
  } catch {
    return null;
  }
}

let firstStart: ScenarioStart | null = null;

/** Keeps the start read for the page's first drawing (with both storages), for the app to take once. */
export function keepFirstStart(start: ScenarioStart): void {
  firstStart = start;
}

/** The start kept by keepFirstStart, once; null when none was kept. */
export function takeFirstStart(): ScenarioStart | null {
  const start = firstStart;
  firstStart = null;
  return start;
}

/** Where the link a page was about to write, when it was left first, is kept for its reload (this tab only). */
export const UNSAVED_KEY = 'range-rings:unsaved-link';

/**
 * A reload or Back goes to the address the page had when it was left; a change made in the last moments is
 * not in it yet. `rememberUnsavedLink` keeps the newer query beside the old address, `takeUnsavedLink` finds it.
 */
export function rememberUnsavedLink(session: Storage | null, fromSearch: string, query: string): void {
  try {
    session?.setItem(UNSAVED_KEY, JSON.stringify({ from: fromSearch, query }));
  } catch {
    // no session storage: the change is still in localStorage
  }
}

function takeUnsavedLink(session: Storage | null, search: string): string | null {
  try {
    const text = session?.getItem(UNSAVED_KEY);
    if (!text) return null;
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null) return null;
    const { from, query } = value as { from?: unknown; query?: unknown };
    // kept until the page it belongs to comes back (a link followed first, then Back)
    if (from !== search || typeof query !== 'string') return null;
    session?.removeItem(UNSAVED_KEY);
    return query;
  } catch {
    return null;
  }
}

/** The scenario to start from, and what was ignored on the way. */
export function startScenario(dataSystemIds: string[], storages: ScenarioStorages): ScenarioStart {
  const context = { systemIds: dataSystemIds };
  const search = window.location.search;
  const stored = loadStoredScenario(storages.local, context);
  const unsaved = takeUnsavedLink(storages.session, search);
  if (unsaved !== null) {
    const fromUnsaved = decodeScenarioUrl(unsaved, context);
    if (fromUnsaved.scenario)
      return { scenario: fromUnsaved.scenario, problems: fromUnsaved.problems, from: 'unsaved', stored };
  }
  const fromUrl = decodeScenarioUrl(search, context);
  if (fromUrl.scenario)
    return { scenario: fromUrl.scenario, problems: fromUrl.problems, from: 'url', stored };
  // a URL with only unknown parameters still gets its notice
  if (stored.scenario)
    return { scenario: stored.scenario, problems: fromUrl.problems, from: 'storage', stored };
  return {
    scenario: defaultScenario(dataSystemIds.map((id) => ({ id }))),
    problems: fromUrl.problems,
    from: 'default',
    stored,
  };
}
