// One page load as the peers benchmark weighs it, the same for the app, peer a and the floor: navigation →
// rings painted; main-thread time before that frame (Chromium trace); blocking time in the 4 s after it (each
// main-thread task's excess over 50 ms); the JS heap after a garbage collection 4 s after it; and the bytes of
// every response the page received by then, as gzip would send them; for the app, navigation → its panel ready
// (the app mounted around the first map: its panel's first field in the page).
import { gzipSync } from 'node:zlib';
import type { Browser, Response } from 'playwright-core';
import { installProbe, ringsPaintedAt } from './benchProbe';
import { blockingMs, busyMs, mainThreadTasks } from './mainThreadTasks';

export const AFTER_PAINT_MS = 4000;
export const VIEWPORT = { width: 1280, height: 800 };
export const TRACE_CATEGORIES = ['disabled-by-default-devtools.timeline', 'blink.user_timing'];

export interface LoadFigures {
  paintedMs: number;
  mainBeforeMs: number;
  blockingMs: number;
  heapMb: number;
  gzKb: number;
  /** Navigation → the first element matching the `ready` selector in the page; NaN when none was asked for. */
  readyMs: number;
}

/** Records (as window.__benchReady) when an element matching `selector` is first in the page. */
const watchReady = (selector: string) => `(() => {
  const seen = () => document.querySelector(${JSON.stringify(selector)}) !== null;
  new MutationObserver((_, observer) => {
    if (window.__benchReady === undefined && seen()) {
      window.__benchReady = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
})()`;

export async function loadFigures(browser: Browser, url: string, ready?: string): Promise<LoadFigures> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  await installProbe(page);
  if (ready) await page.addInitScript(watchReady(ready));
  const responses: Response[] = [];
  let counting = true;
  page.on('response', (response) => {
    if (counting) responses.push(response);
  });
  let tracing = true;
  await browser.startTracing(page, { categories: TRACE_CATEGORIES });
  try {
    await page.goto(url);
    const paintedMs = await ringsPaintedAt(page);
    // measured from the frame itself: the wait below starts a little after it
    const since = (await page.evaluate('performance.now()')) as number;
    await page.waitForTimeout(Math.max(0, AFTER_PAINT_MS - (since - paintedMs)));
    counting = false;
    const trace = await browser.stopTracing();
    tracing = false;
    const readyMs = ready
      ? ((await page.evaluate(() => (window as { __benchReady?: number }).__benchReady)) ?? Number.NaN)
      : Number.NaN;
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    let gzBytes = 0;
    for (const response of responses) {
      // a redirect has no body
      const body = await response.body().catch(() => null);
      if (body) gzBytes += gzipSync(body).length;
    }
    const { tasks, marks } = mainThreadTasks(trace, 'rings-painted');
    const painted = marks.get('rings-painted')?.[0];
    const navigation = (marks.get('navigationStart') ?? [])
      .filter((t) => painted === undefined || t <= painted)
      .at(-1);
    const traced = painted !== undefined && navigation !== undefined;
    return {
      paintedMs,
      mainBeforeMs: traced ? busyMs(tasks, navigation, painted) : Number.NaN,
      blockingMs: traced ? blockingMs(tasks, painted, painted + AFTER_PAINT_MS) : Number.NaN,
      heapMb: heap.usedSize / 2 ** 20,
      gzKb: gzBytes / 1024,
      readyMs,
    };
  } finally {
    if (tracing) await browser.stopTracing().catch(() => undefined);
    await context.close();
  }
}
