// Loads a part of the app that ships as its own chunk (a dynamic import), and turns a failed load into an
// error a reader understands: which part, and why (offline, or the server did not answer), never a module URL.
// Once the service worker has cached the app, chunks load offline too; this covers the visit before that.

/** A part of the app that could not be loaded; `message` is written for the reader. */
export class PartLoadError extends Error {
  override name = 'PartLoadError';
  /** What failed to load, as the reader knows it: "the PNG export". */
  readonly part: string;
  readonly offline: boolean;

  constructor(part: string, offline: boolean, cause: unknown) {
    super(
      offline
        ? `This part of the app (${part}) could not be loaded while offline. Connect to the internet and try again; your map is kept.`
        : `This part of the app (${part}) could not be loaded: the server did not answer. Try again; your map is kept.`,
      { cause },
    );
    this.part = part;
    this.offline = offline;
  }
}

/** The browser's own word on the connection, where there is one (no DOM types in this layer). */
function isOffline(): boolean {
  const nav = (globalThis as { navigator?: { onLine?: unknown } }).navigator;
  return nav?.onLine === false;
}

/**
 * Runs `load` (a dynamic import); a failure is tried once more at once (a chunk can fail while a server
 * restarts), then rejects with a PartLoadError that names `part`.
 *
 * @example
 * const { exportPng } = await loadPart('the PNG export', () => import('./exportPng'));
 * // offline, before the app was cached: PartLoadError "This part of the app (the PNG export) could not be
 * // loaded while offline. …"
 */
export async function loadPart<T>(part: string, load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (first) {
    if (isOffline()) throw new PartLoadError(part, true, first);
    try {
      return await load();
    } catch (second) {
      throw new PartLoadError(part, isOffline(), second);
    }
  }
}
