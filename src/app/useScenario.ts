// Holds the one Scenario (see startScenario for where it comes from); every change is written back to the URL
// (replaceState) and to localStorage at once, then at most once per WRITE_DELAY_MS while changes keep coming
// (typing, arrow-key steps), and at once when the page is hidden or left. What each write puts in the history
// entry is copied to session storage first: a write that lands while a reload is under way is lost with the
// entry's state (see unsavedLink). A map saved by another tab is never written over unasked: the user chooses
// which to keep (see useStorageNotices). An embedded map uses no storage: it shows what its URL says (or the
// defaults), never the reader's saved map.
import { useCallback, useEffect, useRef, useState } from 'react';
import {
  encodeScenarioUrl,
  keepAsideStored,
  readStoredText,
  type Scenario,
  STORAGE_KEY,
  type StoredScenario,
  saveStoredScenario,
} from '../scenario';
import { afterPaint } from './afterPaint';
import { type ScenarioStorages, safeStorages, startScenario, takeFirstStart } from './startScenario';
import { rememberUnsavedLink } from './unsavedLink';

export type { ScenarioStart } from './startScenario';
export { startScenario } from './startScenario';

const WRITE_DELAY_MS = 150;
/** `timer` while the first write of a change waits for its frame to be painted. */
const WRITE_ON_ITS_WAY = -1;

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

/** Another tab's map, written to storage while this tab holds a different one. */
export interface OtherTabMap {
  text: string;
  read: StoredScenario;
}

export interface ScenarioOptions {
  /** Whether the map reads and writes this browser's storage (an embedded map writes none). */
  storage?: boolean;
}

export function useScenario(dataSystemIds: string[], options: ScenarioOptions = {}) {
  const writesStorage = options.storage ?? true;
  const [storages] = useState<ScenarioStorages>(() =>
    writesStorage ? safeStorages() : { local: null, session: null },
  );
  // the page's first drawing read it already (and took the unsaved link): the same start, read once
  const [start] = useState(
    () => (writesStorage && takeFirstStart()) || startScenario(dataSystemIds, storages),
  );
  const [scenario, setScenario] = useState(start.scenario);
  // set once storage refuses a write (full, or blocked); the URL still holds the scenario
  const [storageRefused, setStorageRefused] = useState(false);
  const [otherTab, setOtherTab] = useState<OtherTabMap | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const pending = useRef<Scenario | null>(null);
  const current = useRef(scenario);
  current.current = scenario;
  // The text this tab last saw in storage: another tab's write differs from it. Read once, not in every render
  // (a render of the app follows every change, and a read of storage in its task delays the change's frame).
  const [firstStored] = useState(() => readKey(storages.local));
  const lastStored = useRef<string | null>(firstStored);
  // A stored map that was not read in full is not written over until the user changes the map.
  const keepStored = useRef(start.stored.trouble !== undefined);
  const otherTabOpen = useRef(false);
  otherTabOpen.current = otherTab !== null;

  const writeStorage = useCallback(
    (s: Scenario) => {
      if (!writesStorage || keepStored.current || otherTabOpen.current) return;
      const text = JSON.stringify(s);
      if (text === lastStored.current) return;
      if (saveStoredScenario(storages.local, s)) lastStored.current = text;
      else setStorageRefused(true);
    },
    [writesStorage, storages],
  );

  const flush = useCallback(() => {
    const s = pending.current;
    if (!s) return;
    pending.current = null;
    const query = [encodeScenarioUrl(s), ...keptParameters(window.location.search)].join('&');
    const url = `${window.location.pathname}?${query}${window.location.hash}`;
    if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`) {
      // a reload or Back under way goes to the address as it was, and drops this write with the entry's
      // state (undo steps): both are kept beside it for that page to take back
      const state = readState();
      if (writesStorage) rememberUnsavedLink(storages.session, window.location.search, query, state);
      window.history.replaceState(state, '', url);
    }
    writeStorage(s);
  }, [writeStorage, writesStorage, storages]);

  useEffect(
    function keepAsideWhatWasNotRead() {
      const trouble = start.stored.trouble;
      if (writesStorage && trouble) keepAsideStored(storages.local, trouble.text);
    },
    [start, writesStorage, storages],
  );

  useEffect(
    function writeUrlAndStorage() {
      if (scenario !== start.scenario) keepStored.current = false;
      pending.current = scenario;
      // A change on its own (a drop, a click) is written as soon as it is painted, so a reload right after it
      // finds it in the link (a reload sooner still takes it from the copy `flush` keeps on pagehide); a run of
      // changes (typing, arrow-key steps) is written once per WRITE_DELAY_MS.
      if (timer.current !== undefined) return;
      const settle = () => {
        if (!pending.current) {
          timer.current = undefined;
          return;
        }
        flush();
        timer.current = window.setTimeout(settle, WRITE_DELAY_MS);
      };
      timer.current = WRITE_ON_ITS_WAY;
      afterPaint(settle);
    },
    [scenario, start, flush],
  );

  useEffect(function stopWriting() {
    return () => {
      window.clearTimeout(timer.current);
      timer.current = undefined;
    };
  }, []);

  useEffect(
    function writeWhenLeft() {
      const onHide = () => flush();
      const onVisibility = () => {
        if (document.visibilityState === 'hidden') flush();
      };
      window.addEventListener('pagehide', onHide);
      document.addEventListener('visibilitychange', onVisibility);
      return () => {
        window.removeEventListener('pagehide', onHide);
        document.removeEventListener('visibilitychange', onVisibility);
      };
    },
    [flush],
  );

  useEffect(
    function hearOtherTabs() {
      if (!writesStorage || !storages.local) return;
      const onStorage = (e: StorageEvent) => {
        if (e.storageArea !== storages.local || e.key !== STORAGE_KEY || e.newValue === null) return;
        if (e.newValue === lastStored.current) return;
        // the other tab wrote what this tab holds: nothing to choose
        if (e.newValue === JSON.stringify(current.current)) {
          lastStored.current = e.newValue;
          return;
        }
        setOtherTab({ text: e.newValue, read: readStoredText(e.newValue, { systemIds: dataSystemIds }) });
      };
      window.addEventListener('storage', onStorage);
      return () => window.removeEventListener('storage', onStorage);
    },
    [writesStorage, storages, dataSystemIds],
  );

  /** Keeps this tab's map in storage; the other tab's is kept aside. */
  const keepThisTab = useCallback(() => {
    const other = otherTab;
    if (!other) return;
    keepAsideStored(storages.local, other.text);
    otherTabOpen.current = false;
    setOtherTab(null);
    lastStored.current = other.text;
    writeStorage(current.current);
  }, [otherTab, storages, writeStorage]);

  /** Takes the other tab's map (the caller shows it, undoably); this tab's is kept aside. */
  const takeOtherTab = useCallback((): Scenario | null => {
    const other = otherTab;
    if (!other?.read.scenario) return null;
    keepAsideStored(storages.local, JSON.stringify(current.current));
    otherTabOpen.current = false;
    setOtherTab(null);
    lastStored.current = other.text;
    return other.read.scenario;
  }, [otherTab, storages]);

  const currentScenario = useCallback(() => current.current, []);
  const update = useCallback((change: (s: Scenario) => Scenario) => setScenario((s) => change(s)), []);
  return {
    scenario,
    update,
    setScenario,
    start,
    startProblems: start.problems,
    storageRefused,
    otherTab,
    keepThisTab,
    takeOtherTab,
    currentScenario,
  };
}

function readState(): unknown {
  try {
    return window.history.state;
  } catch {
    return null;
  }
}

function readKey(storage: Storage | null): string | null {
  try {
    return storage?.getItem(STORAGE_KEY) ?? null;
  } catch {
    return null;
  }
}
