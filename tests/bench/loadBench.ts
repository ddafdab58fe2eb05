// First-load benchmark, on production builds in headless Chromium: navigation → rings painted, the blocking
// time in the 4 s after that paint (long tasks, as a person idling on the page feels them), and the JS heap
// after a full GC 4 s after the paint. The app of this tree is measured against a baseline build of another
// commit (`LOAD_BASE`, by default `git merge-base HEAD main`) and a near-empty page, in interleaved rounds.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import { launchChromium } from '../support/launchChromium';
import { type ServedPages, servePages } from '../support/servePages';
import { benchOutDir } from './benchOutDir';

const ROOT = resolve(import.meta.dirname, '../..');
const CACHE = benchOutDir('.');
const OUT = join(CACHE, 'range-rings-load-bench-dist');
const BASE_TREE = join(CACHE, 'range-rings-load-bench-base-tree');
const BASE_OUT = join(CACHE, 'range-rings-load-bench-base-dist');
const ROUNDS = Number(process.env.LOAD_ROUNDS ?? 7);
/** How long after the rings are painted the page is watched while idle. */
const IDLE_MS = 4000;

interface LoadFigures {
  paintedMs: number;
  /** Sum over long tasks of their time past 50 ms, in the IDLE_MS after the paint. */
  blockingMs: number;
  longestTaskMs: number;
  heapMb: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

/** The baseline commit's tree, exported (not checked out) beside this one and built with its own config. */
async function buildBaseline(commit: string): Promise<void> {
  rmSync(BASE_TREE, { recursive: true, force: true });
  mkdirSync(BASE_TREE, { recursive: true });
  execFileSync('sh', ['-c', `git archive ${commit} | tar -x -C "${BASE_TREE}"`], { cwd: ROOT });
  symlinkSync(join(ROOT, 'node_modules'), join(BASE_TREE, 'node_modules'));
  await build({
    root: BASE_TREE,
    configFile: join(BASE_TREE, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir: BASE_OUT, emptyOutDir: true, sourcemap: false },
  });
}

/** A build served on a server of its own under /app/ (its own origin: its own cache and service worker). */
async function serve(dir: string): Promise<ServedPages & { url: string }> {
  const served = await servePages({ '/app/': dir });
  return { ...served, url: `${served.origin}/app/` };
}

// A string, not a function: the TypeScript loader would wrap named functions in a helper the page lacks.
const WATCH_LOAD = `(() => {
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
  // painted: the rings canvas exists and the next frame has been produced
  const seen = new MutationObserver(() => {
    if (!document.querySelector('.leaflet-rings-pane canvas')) return;
    seen.disconnect();
    requestAnimationFrame(() => { window.__paintedAt = performance.now(); });
  });
  seen.observe(document, { childList: true, subtree: true });
})()`;

async function loadOnce(browser: Browser, url: string, rings: boolean): Promise<LoadFigures> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  await page.addInitScript(WATCH_LOAD);
  await page.goto(url);
  if (!rings) {
    await page.evaluate(`new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => {
      window.__paintedAt = performance.now(); done();
    })))`);
  }
  // functions, not strings: the app's Content-Security-Policy refuses a string predicate (eval)
  await page.waitForFunction(
    () => (window as { __paintedAt?: number }).__paintedAt !== undefined,
    undefined,
    {
      timeout: 30_000,
    },
  );
  const paintedMs = (await page.evaluate('window.__paintedAt')) as number;
  await page.waitForFunction((end) => performance.now() > end, paintedMs + IDLE_MS, { polling: 100 });
  const tasks = (await page.evaluate('window.__longTasks')) as [number, number][];
  const after = tasks.filter(([start]) => start >= paintedMs && start < paintedMs + IDLE_MS);
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await context.close();
  return {
    paintedMs,
    blockingMs: after.reduce((sum, [, d]) => sum + Math.max(0, d - 50), 0),
    longestTaskMs: Math.max(0, ...after.map(([, d]) => d)),
    heapMb: usedSize / 1024 / 1024,
  };
}

export async function loadBench(print: (line: string) => void): Promise<void> {
  const baseCommit =
    process.env.LOAD_BASE ??
    execFileSync('git', ['merge-base', 'HEAD', 'main'], { cwd: ROOT }).toString().trim();
  await build({ root: ROOT, logLevel: 'warn', build: { outDir: OUT, emptyOutDir: true, sourcemap: false } });
  await buildBaseline(baseCommit);
  const app = await serve(OUT);
  const base = await serve(BASE_OUT);
  const browser = await launchChromium();
  const pages: [string, string, boolean][] = [
    ['near-empty page', `${app.url}missing-page-baseline`, false],
    [`baseline build (${baseCommit.slice(0, 8)})`, base.url, true],
    ['this build', app.url, true],
  ];
  const figures = pages.map(() => [] as LoadFigures[]);
  try {
    for (const [, url, rings] of pages) await loadOnce(browser, url, rings); // warm the server and the cache
    for (let round = 0; round < ROUNDS; round++) {
      for (const [k, [, url, rings]] of pages.entries())
        figures[k]?.push(await loadOnce(browser, url, rings));
    }
  } finally {
    await browser.close();
    for (const served of [app, base]) await served.close();
    if (!existsSync(BASE_OUT)) rmSync(BASE_TREE, { recursive: true, force: true });
  }
  const of = (k: number, key: keyof LoadFigures) => (figures[k] ?? []).map((f) => f[key]);
  /** Median over rounds of this build's figure divided by the baseline build's in the same round. */
  const ratio = (key: keyof LoadFigures) =>
    median(of(2, key).map((v, i) => v / ((of(1, key)[i] as number) || Number.NaN)));
  print(`First load, default map (median of ${ROUNDS} interleaved rounds; load average ${loadAverage()}):`);
  print(`  ${'page'.padEnd(32)} rings painted   blocking after  longest task  heap after GC`);
  for (const [k, [name]] of pages.entries()) {
    print(
      `  ${name.padEnd(32)} ${median(of(k, 'paintedMs')).toFixed(0).padStart(6)} ms   ${median(of(k, 'blockingMs')).toFixed(0).padStart(7)} ms  ${median(of(k, 'longestTaskMs')).toFixed(0).padStart(8)} ms  ${median(of(k, 'heapMb')).toFixed(1).padStart(8)} MB`,
    );
  }
  print(
    `  this build ÷ baseline build:     ${ratio('paintedMs').toFixed(2).padStart(6)}×    (blocking ${median(of(2, 'blockingMs')).toFixed(0)} vs ${median(of(1, 'blockingMs')).toFixed(0)} ms; target ≤ 10 ms: ${median(of(2, 'blockingMs')) <= 10 ? 'met' : 'NOT met'})    heap ${ratio('heapMb').toFixed(2)}×`,
  );
}

function loadAverage(): string {
  try {
    return execFileSync('cat', ['/proc/loadavg']).toString().split(' ').slice(0, 3).join(' ');
  } catch {
    return 'unknown';
  }
}
