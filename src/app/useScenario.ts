// Holds the one Scenario: restored at start from the URL (which wins), else localStorage, else the
// defaults; every change is written back to the URL (replaceState) and to localStorage. An embedded map
// uses no storage: it shows what its URL says (or the defaults), never the reader's own saved map.
import { useCallback, useEffect, useRef, useState } from 'react';
import {
  decodeScenarioUrl,
  defaultScenario,
  encodeScenarioUrl,
  loadStoredScenario,
  type Scenario,
  type ScenarioProblem,
  saveStoredScenario,
} from '../scenario';

export interface ScenarioStart {
  scenario: Scenario;
  problems: ScenarioProblem[];
  from: 'url' | 'storage' | 'default';
}

function safeStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null; // denied, e.g. in a sandboxed iframe
  }
}

/** The scenario to start from, and what was ignored on the way; `useStorage` false reads no storage. */
export function startScenario(dataSystemIds: string[], useStorage = true): ScenarioStart {
  const context = { systemIds: dataSystemIds };
  const fromUrl = decodeScenarioUrl(window.location.search, context);
  if (fromUrl.scenario) return { scenario: fromUrl.scenario, problems: fromUrl.problems, from: 'url' };
  const stored = loadStoredScenario(useStorage ? safeStorage() : null, context);
  // a URL with only unknown parameters still gets its notice
  if (stored.scenario)
    return {
      scenario: stored.scenario,
      problems: [...fromUrl.problems, ...stored.problems],
      from: 'storage',
    };
  return {
    scenario: defaultScenario(dataSystemIds.map((id) => ({ id }))),
    problems: [...fromUrl.problems, ...stored.problems],
    from: 'default',
  };
}

const WRITE_DELAY_MS = 150;

/** Parameters that are not part of the scenario (embedding) and must survive URL rewrites. */
const KEPT_PARAMETERS = [
  'embed',
  'origin',
  'allow',
  'controls',
  'step',
  'childId',
  'initialWidth',
  'parentTitle',
  'parentUrl',
];

function keptParameters(search: string): string[] {
  const params = new URLSearchParams(search);
  return KEPT_PARAMETERS.flatMap((k) => {
    const v = params.get(k);
    return v === null ? [] : [`${k}=${encodeURIComponent(v)}`];
  });
}

/** `useStorage` is false in embed mode: the map then neither reads nor writes the full app's storage. */
export function useScenario(dataSystemIds: string[], useStorage = true) {
  const [start] = useState(() => startScenario(dataSystemIds, useStorage));
  const [scenario, setScenario] = useState(start.scenario);
  // set once storage refuses a write (full, or blocked); the URL still holds the scenario
  const [storageRefused, setStorageRefused] = useState(false);
  const timer = useRef<number | undefined>(undefined);

  useEffect(
    function writeUrlAndStorage() {
      window.clearTimeout(timer.current);
      // Dragging changes the scenario every frame: write once it settles.
      timer.current = window.setTimeout(() => {
        const query = [encodeScenarioUrl(scenario), ...keptParameters(window.location.search)].join('&');
        const url = `${window.location.pathname}?${query}${window.location.hash}`;
        if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`) {
          window.history.replaceState(null, '', url);
        }
        // an embedded map must not replace the scenario a reader keeps in the full app
        if (useStorage && !saveStoredScenario(safeStorage(), scenario)) setStorageRefused(true);
      }, WRITE_DELAY_MS);
      return () => window.clearTimeout(timer.current);
    },
    [scenario, useStorage],
  );

  const update = useCallback((change: (s: Scenario) => Scenario) => setScenario((s) => change(s)), []);
  return { scenario, update, setScenario, startProblems: start.problems, storageRefused };
}
