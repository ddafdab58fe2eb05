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
import { afterPaint } from './afterPaint';
import { cameBack, forgetUnsavedLink, navigationType, takeUnsavedLink } from './unsavedLink';

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
  /** The map saved in this browser as it was read (also when the link won: then read when first asked for). */
  stored: StoredScenario;
}

/** Each storage of this page once opened (null where denied); undefined until first asked for. */
const opened: { local?: Storage | null; session?: Storage | null } = {};

/**
 * This browser's storages, each null where it is denied (e.g. in a sandboxed iframe), each opened when first
 * asked for and then kept for the page: a page opened afresh does not use session storage before its first
 * frame, nor a link's page local storage (the first use of either waits on the browser); neither is first
 * opened as the page is left, when it would wait on a browser closing the tab.
 */
export function safeStorages(): ScenarioStorages {
  return {
    get local() {
      if (opened.local === undefined) opened.local = tryStorage(() => window.localStorage);
      return opened.local;
    },
    get session() {
      if (opened.session === undefined) opened.session = tryStorage(() => window.sessionStorage);
      return opened.session;
    },
  };
}

function tryStorage(get: () => Storage): Storage | null {
  try {
    return get();
  } catch {
    return null;
  }
}

let firstStart: ScenarioStart | null = null;

/** Keeps the start read for the page's first drawing, for the app to take once. */
export function keepFirstStart(start: ScenarioStart): void {
  firstStart = start;
}

/** The start kept by keepFirstStart, once; null when none was kept. */
export function takeFirstStart(): ScenarioStart | null {
  const start = firstStart;
  firstStart = null;
  return start;
}

/** The scenario to start from, and what was ignored on the way. */
export function startScenario(dataSystemIds: string[], storages: ScenarioStorages): ScenarioStart {
  const context = { systemIds: dataSystemIds };
  const search = window.location.search;
  const navigation = navigationType();
  // Only a page come back can take an unsaved link; one opened afresh forgets the last page's once its first
  // frame is painted (reading session storage waits on the browser), before it can write one of its own.
  const unsaved = cameBack(navigation)
    ? takeUnsavedLink(storages.session, search, readHistoryState(), navigation)
    : null;
  if (!cameBack(navigation)) afterPaint(() => forgetUnsavedLink(storages.session));
  if (unsaved !== null) {
    const fromUnsaved = decodeScenarioUrl(unsaved.query, context);
    if (fromUnsaved.scenario) {
      // the undo steps go back into the entry before anything reads them; the link follows once written
      putHistoryState(unsaved.state);
      return readStoredLater(
        { scenario: fromUnsaved.scenario, problems: fromUnsaved.problems, from: 'unsaved' },
        () => loadStoredScenario(storages.local, context),
      );
    }
  }
  const fromUrl = decodeScenarioUrl(search, context);
  if (fromUrl.scenario)
    return readStoredLater({ scenario: fromUrl.scenario, problems: fromUrl.problems, from: 'url' }, () =>
      loadStoredScenario(storages.local, context),
    );
  const stored = loadStoredScenario(storages.local, context);
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

/**
 * A start whose map came from the link: the map saved in this browser is read only when asked for (by the app,
 * as it mounts), not before the first rings, since the first use of local storage in a page waits on the browser.
 */
function readStoredLater(start: Omit<ScenarioStart, 'stored'>, read: () => StoredScenario): ScenarioStart {
  let stored: StoredScenario | undefined;
  return {
    ...start,
    get stored() {
      stored ??= read();
      return stored;
    },
  };
}

function readHistoryState(): unknown {
  try {
    return window.history.state;
  } catch {
    return null;
  }
}

function putHistoryState(state: unknown): void {
  try {
    window.history.replaceState(state, '', window.location.href);
  } catch {
    // refused: the map is back, its undo steps are not
  }
}
