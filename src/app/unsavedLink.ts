// The link and history entry a page last wrote, kept beside them in this tab's session storage. Chromium drops
// an address change (history.replaceState) that lands while a reload or Back is under way, and with it the
// entry's state: the page comes back at the address it had, with no undo steps. The copy brings both back.
// Where it stops: one copy per tab, the last page's; a page opened afresh (not reloaded, not Back or Forward)
// forgets it, so a later reload of that page never takes another page's map.

/** Where the last written link and history state are kept (this tab only). */
export const UNSAVED_KEY = 'range-rings:unsaved-link';

/** What a reload or Back takes back: the scenario's query and the history entry's state. */
export interface UnsavedLink {
  query: string;
  state: unknown;
}

/**
 * Keeps `query` and `state` as what the page at `fromSearch` is about to write into its history entry, in case
 * the write is lost to a reload or Back started meanwhile; never throws.
 */
export function rememberUnsavedLink(
  session: Storage | null,
  fromSearch: string,
  query: string,
  state: unknown,
): void {
  try {
    session?.setItem(UNSAVED_KEY, JSON.stringify({ from: fromSearch, query, state }));
  } catch {
    // no session storage, or the state too large: the change is still in localStorage
  }
}

/**
 * The link and state the page at `search` wrote last, if this page is that page come back (reloaded, or by
 * Back or Forward) and its history entry lost them or never got them; null otherwise.
 */
export function takeUnsavedLink(
  session: Storage | null,
  search: string,
  historyState: unknown,
  navigation: string,
): UnsavedLink | null {
  try {
    const text = session?.getItem(UNSAVED_KEY);
    if (!text) return null;
    const value: unknown = JSON.parse(text);
    const { from, query, state } = (typeof value === 'object' && value !== null ? value : {}) as {
      from?: unknown;
      query?: unknown;
      state?: unknown;
    };
    const cameBack = navigation === 'reload' || navigation === 'back_forward';
    // the entry lost its state (null), or still holds what the page had when it wrote the copy
    const sameEntry = historyState === null || JSON.stringify(historyState) === JSON.stringify(state ?? null);
    if (!cameBack) session?.removeItem(UNSAVED_KEY);
    if (!cameBack || from !== search || typeof query !== 'string' || !sameEntry) return null;
    session?.removeItem(UNSAVED_KEY);
    return { query, state: state ?? null };
  } catch {
    return null;
  }
}

/** How this page was reached: 'navigate', 'reload' or 'back_forward' (as the Navigation Timing entry says). */
export function navigationType(): string {
  try {
    const entry = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    return entry?.type ?? 'navigate';
  } catch {
    return 'navigate';
  }
}
