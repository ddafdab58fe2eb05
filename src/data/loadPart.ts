// Loads a part of the app that ships as its own chunk (a dynamic import), and turns a failed load into an
// error a reader understands: which part, and why (offline, or the server did not answer), never a module URL.
// Once the service worker has cached the app, chunks load offline too; this covers the visit before that.

/** A part of the app that could not be loaded; `message` is written for the reader. */
export class PartLoadError extends Error {
  override name = 'PartLoadError';
  /** What failed to load, as the reader knows it: "the PNG export". */
  readonly part: string;
  readonly offline: boolean;
  /**
   * The part, or a file it needs, failed while the connection was down, and the browser keeps that failure
   * until the page is loaded again: trying again cannot help, reloading the page does (the map is in its address).
   */
  readonly needsReload: boolean;

  constructor(part: string, offline: boolean, cause: unknown, needsReload = false) {
    super(
      offline
        ? `This part of the app (${part}) could not be loaded while offline. Connect to the internet and try again; your map is kept.`
        : needsReload
          ? `This part of the app (${part}) could not be loaded since the connection dropped. Reload the page to load it; your map is kept.`
          : `This part of the app (${part}) could not be loaded: the server did not answer. Try again; your map is kept.`,
      { cause },
    );
    this.part = part;
    this.offline = offline;
    this.needsReload = needsReload && !offline;
  }
}

/** The browser's own word on the connection, where there is one (no DOM types in this layer). */
function isOffline(): boolean {
  const nav = (globalThis as { navigator?: { onLine?: unknown } }).navigator;
  return nav?.onLine === false;
}

/** Whether a service worker serves this page: then the app's chunks load from its cache, offline too. */
function servedByWorker(): boolean {
  const nav = (globalThis as { navigator?: { serviceWorker?: { controller?: unknown } } }).navigator;
  return Boolean(nav?.serviceWorker?.controller);
}

/**
 * Whether the page's own server answers a HEAD request of the page (never from a cache). A laptop with no network
 * that serves the app from localhost is offline to the browser and still answers; a connection just lost may not
 * be offline to the browser yet, and does not answer.
 */
async function serverAnswers(): Promise<boolean> {
  const { location, fetch: ask } = globalThis as {
    location?: { href?: unknown };
    fetch?: (url: string, init: { method: string; cache: string }) => Promise<unknown>;
  };
  const page = location?.href;
  if (typeof page !== 'string' || typeof ask !== 'function') return !isOffline();
  try {
    await ask(page, { method: 'HEAD', cache: 'no-store' });
    return true;
  } catch {
    return false;
  }
}

/** Offline to the browser, with no service worker to serve the chunk and no answer from the page's server. */
async function unreachable(): Promise<boolean> {
  return isOffline() && !servedByWorker() && !(await serverAnswers());
}

/** The module of each part loaded so far: asked again, it is at hand, offline or not. */
const loadedParts = new Map<string, unknown>();

/**
 * The address of the chunk a failed dynamic import names in its error ("Failed to fetch dynamically imported
 * module: https://…/SidePanel-C6fp.js", as Chromium and Firefox word it); null where it names none (Safari).
 */
function chunkAddress(error: unknown): string | null {
  const message = error instanceof Error ? error.message : String(error);
  return /\bhttps?:\/\/[^\s'"]+?\.m?js(?:\?[^\s'"]*)?(?=$|[\s'"])/.exec(message)?.[0] ?? null;
}

/** A dynamic import of an address the bundler does not follow (a chunk asked for again under a new one). */
const importAddress = (address: string): Promise<unknown> => import(/* @vite-ignore */ address);

/**
 * The new address each chunk is asked for under, kept while it loads or has loaded: two parts from one chunk
 * (the globe and the export's frame) share one module, not one each. A failed one is dropped for the next try.
 */
const retried = new Map<string, Promise<unknown>>();

/**
 * Runs `load`, a bare dynamic import (its result the chunk's module), once per `part` (which names one chunk): a
 * part loaded before is returned as it is. A browser may keep a failed import's failure for the page's life
 * (Chromium does) and answer every later `import()` of that address, or of a chunk that imports it, with it. So
 * offline, with no service worker to serve the chunk and no answer from the page's server, it does not try;
 * online, a failure is tried once more at once (a chunk can fail while a server restarts), then under a new
 * address of the same chunk, which the kept failure does not hold (a chunk it imports whose own load was cut
 * stays failed until a reload: the error then says to reload, `needsReload`). Then it rejects with a
 * PartLoadError that names `part`.
 *
 * @example
 * const { exportPng } = await loadPart('the PNG export', () => import('./exportPng'));
 * // offline, before the app was cached: PartLoadError "This part of the app (the PNG export) could not be
 * // loaded while offline. …"
 */
export async function loadPart<T>(
  part: string,
  load: () => Promise<T>,
  importAgain: (address: string) => Promise<unknown> = importAddress,
): Promise<T> {
  if (loadedParts.has(part)) return loadedParts.get(part) as T;
  // offline with no service worker and no answer from the page's own server, an import cannot succeed, and its
  // failure would stay with the page
  if (await unreachable()) throw new PartLoadError(part, true, new Error('offline, not cached'));
  const module = await tryLoading(part, load, importAgain);
  loadedParts.set(part, module);
  return module;
}

async function tryLoading<T>(
  part: string,
  load: () => Promise<T>,
  importAgain: (address: string) => Promise<unknown>,
): Promise<T> {
  try {
    return await load();
  } catch (first) {
    if (isOffline()) throw new PartLoadError(part, true, first);
    try {
      return await load();
    } catch (second) {
      // a new address only with the server answering: asked for while the connection is down, the chunk's own
      // imports would fail and be kept failed too
      const address = isOffline() ? null : chunkAddress(second);
      if (address === null || !(await serverAnswers())) throw new PartLoadError(part, isOffline(), second);
      // the chunk's own module, never made under its address (its load failed): no second copy of anything
      let again = retried.get(address);
      if (!again) {
        again = importAgain(`${address}${address.includes('?') ? '&' : '?'}retry=${Date.now()}`);
        retried.set(address, again);
      }
      try {
        return (await again) as T;
      } catch (third) {
        if (retried.get(address) === again) retried.delete(address);
        // the server answers and the chunk, under a new address, still fails: a file it imports failed with
        // the connection, and the browser keeps that failure for the page's life
        throw new PartLoadError(part, isOffline(), third, true);
      }
    }
  }
}
