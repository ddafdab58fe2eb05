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
    const back = cameBack(navigation);
    // the entry lost its state (null), or still holds what the page had when it wrote the copy
    const sameEntry = historyState === null || JSON.stringify(historyState) === JSON.stringify(state ?? null);
    if (!back) session?.removeItem(UNSAVED_KEY);
    if (!back || from !== search || typeof query !== 'string' || !sameEntry) return null;
    session?.removeItem(UNSAVED_KEY);
    return { query, state: state ?? null };
  } catch {
    return null;
  }
}

/**
 * Forgets the copy the last page of this tab kept, as takeUnsavedLink does for a page opened afresh; never throws.
 * Such a page has no copy to take, so it need not read session storage before its first frame (the first use
 * of session storage in a page waits on the browser): it calls this once that frame is painted.
 */
export function forgetUnsavedLink(session: Storage | null): void {
  try {
    session?.removeItem(UNSAVED_KEY);
  } catch {
    // no session storage: nothing was kept
  }
}

/** Whether a page reached by `navigation` (navigationType) came back (reloaded, or by Back or Forward). */
export function cameBack(navigation: string): boolean {
  return navigation === 'reload' || navigation === 'back_forward';
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
