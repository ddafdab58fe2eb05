// Heavy-map benchmark, on the production build in headless Chromium: the longest task on the page's main
// thread, from Chromium's trace, while the heaviest map a link may hold is opened (50 launch points × 53
// systems, the 3 of the data file and 50 of the user's own, ranges up to 20,000 km), against a near-empty
// page and the default map opened in the same run. The trace runs from navigation until the rings, labels
// and lazy parts have settled. Then, on the default and the heavy map alike, each action a person takes is
// traced on its own (zoom click, unit change, export GeoJSON, KML, PNG): its longest main-thread task and its
// time from the click until it is done (the download begins, or the page paints again after the change).
// The heavy map is measured on a baseline build too (where this branch left main, or BENCH_BASE), in the same
// rounds, so a change is read as before/after under the same load.
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { MAX_CUSTOM_SYSTEMS, MAX_SITES } from '../../src/scenario';
import { launchChromium } from '../support/launchChromium';
import { servePages } from '../support/servePages';
import { baselineCommit, buildBaseline } from './baselineBuild';
import { benchOutDir } from './benchOutDir';
import { EXPORT_IMAGE } from './exportImageName';
import { longestMainThreadTaskMs } from './longestMainThreadTaskMs';

const ROOT = resolve(import.meta.dirname, '../..');
const OUT = benchOutDir('range-rings-bench-heavy-map-dist');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
/** Time after the rings are painted for labels, the gazetteer and the 1:50m outlines to arrive and be used. */
const SETTLE_MS = 4000;
/** The goal for the heaviest map: no action holds the main thread longer than this. */
const TASK_LIMIT_MS = 200;

/**
 * Launch points spread over Europe and Asia, and the user's systems from 400 km to 20,000 km (the longest
 * range a system may have is half a meridian, 20,004 km), every system shown.
 */
export function heavyMapQuery(): string {
  const sites = Array.from(
    { length: MAX_SITES },
    (_, i) =>
      `${(35 + (i % 10) * 2.5).toFixed(2)},${(-5 + Math.floor(i / 10) * 25 + (i % 3)).toFixed(2)},P${i + 1}`,
  );
  const custom = Array.from({ length: MAX_CUSTOM_SYSTEMS }, (_, i) => `S${i + 1}:${400 * (i + 1)}km`);
  const shown = ['tomahawk', 'eram', 'atacms', ...custom.map((_, i) => `custom-s${i + 1}`)];
  return `?sites=${sites.join(';')}&systems=${shown.join(',')}&custom=${custom.join(';')}`;
}

interface ActionFigures {
  longestTaskMs: number;
  totalMs: number;
}

/**
 * Longest main-thread task (ms) from navigation to `url` until it has settled; with `rings`, after its rings;
 * and the time from navigation until the ring labels are shown.
 */
async function longestTaskWhileOpening(
  browser: Browser,
  url: string,
  rings: boolean,
): Promise<ActionFigures> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await browser.startTracing(page, { categories: ['disabled-by-default-devtools.timeline'] });
  const t0 = performance.now();
  await page.goto(url);
  if (rings) {
    await page.waitForSelector('.leaflet-rings-pane canvas', { timeout: 300_000 });
    await page.waitForSelector('.ring-label', { timeout: 300_000 });
  }
  const totalMs = performance.now() - t0;
  await page.waitForTimeout(SETTLE_MS);
  const trace = await browser.stopTracing();
  await page.close();
  return { longestTaskMs: longestMainThreadTaskMs(trace), totalMs };
}

/**
 * Resolves once the page has painted twice more and then found itself idle: the work an action leaves in
 * slices (a zoom's rings, made and painted for a second after its animation) belongs to that action, not to
 * the next one, whose trace began in the middle of it.
 */
async function settled(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((done) =>
        requestAnimationFrame(() =>
          requestAnimationFrame(() =>
            setTimeout(() => requestIdleCallback(() => done(), { timeout: 120_000 }), 0),
          ),
        ),
      ),
  );
}

/** What a person does on an open map, each ending where the person sees it done and the page is idle again. */
const ACTIONS: { name: string; run: (page: Page) => Promise<void> }[] = [
  {
    name: 'zoom click',
    run: async (page) => {
      await page.getByRole('button', { name: 'Zoom in' }).click({ timeout: 300_000 });
      await page.waitForFunction(() => !document.querySelector('.leaflet-zoom-anim'), undefined, {
        timeout: 300_000,
      });
      await settled(page);
    },
  },
  {
    name: 'unit change',
    run: async (page) => {
      const to = (await page.locator('.units input[value="mi"]').isChecked()) ? 'km' : 'mi';
      await page
        .locator('.units label')
        .filter({ has: page.locator(`input[value="${to}"]`) })
        .click();
      await page.waitForSelector(`.units label.on input[value="${to}"]`, {
        state: 'attached',
        timeout: 300_000,
      });
      await settled(page);
    },
  },
  ...(['GeoJSON', 'KML'] as const).map((kind) => ({
    name: `export ${kind}`,
    run: async (page: Page) => {
      await Promise.all([
        page.waitForEvent('download', { timeout: 300_000 }),
        page.getByRole('button', { name: `Export ${kind}` }).click({ timeout: 300_000 }),
      ]);
    },
  })),
  {
    name: 'export PNG',
    run: async (page) => {
      await page.getByRole('button', { name: EXPORT_IMAGE }).click({ timeout: 300_000 });
      const dialog = page.getByRole('dialog', { name: EXPORT_IMAGE });
      await Promise.all([
        page.waitForEvent('download', { timeout: 300_000 }),
        dialog.getByRole('button', { name: 'Download PNG' }).click({ timeout: 300_000 }),
      ]);
      await dialog.getByRole('button', { name: 'Close' }).click({ timeout: 300_000 });
    },
  },
];

/** Opens `url`, lets it settle, then traces each action on its own. */
async function actionsOn(browser: Browser, url: string): Promise<ActionFigures[]> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  await page.goto(url);
  await page.waitForSelector('.ring-label', { timeout: 300_000 });
  await page.waitForTimeout(SETTLE_MS);
  const out: ActionFigures[] = [];
  for (const action of ACTIONS) {
    await browser.startTracing(page, { categories: ['disabled-by-default-devtools.timeline'] });
    const t0 = performance.now();
    await action.run(page);
    const totalMs = performance.now() - t0;
    out.push({ longestTaskMs: longestMainThreadTaskMs(await browser.stopTracing()), totalMs });
    await settled(page);
  }
  await page.close();
  return out;
}

export async function heavyMapBench(print: (line: string) => void): Promise<void> {
  await build({ root: ROOT, logLevel: 'warn', build: { outDir: OUT, emptyOutDir: true, sourcemap: false } });
  const commit = baselineCommit(ROOT);
  const baseDir = await buildBaseline(ROOT, commit, 'range-rings-bench-heavy-map-base');
  // each build on a server of its own (its own origin: its own cache and service worker)
  const servers = await Promise.all([OUT, baseDir].map((dir) => servePages({ '/app/': dir })));
  const [base = '', baselineBase = ''] = servers.map((served) => `${served.origin}/app/`);
  const browser = await launchChromium();
  const load = loadavg()[0] ?? Number.NaN;
  try {
    const pages = {
      blank: [`${base}missing-page-baseline`, false],
      default: [base, true],
      heavy: [`${base}${heavyMapQuery()}`, true],
      baseline: [`${baselineBase}${heavyMapQuery()}`, true],
    } as const;
    const opened = {
      blank: [] as ActionFigures[],
      default: [] as ActionFigures[],
      heavy: [] as ActionFigures[],
      baseline: [] as ActionFigures[],
    };
    await longestTaskWhileOpening(browser, base, true); // warm the browser and the server
    for (let round = 0; round < ROUNDS; round++) {
      for (const [name, [url, rings]] of Object.entries(pages) as [
        keyof typeof pages,
        readonly [string, boolean],
      ][])
        opened[name].push(await longestTaskWhileOpening(browser, url, rings));
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
    // the ratio is taken within each round, so both sides ran under the same load
    const longest = (name: keyof typeof opened) => opened[name].map((f) => f.longestTaskMs);
    const ratio = (name: 'default' | 'heavy' | 'baseline') =>
      median(longest(name).map((t, i) => t / (longest('blank')[i] as number)));
    print(
      `Longest main-thread task while opening a map (median of ${ROUNDS} rounds, Chromium trace, until ${SETTLE_MS / 1000} s after the labels; baseline build ${commit.slice(0, 10)}; load average ${load.toFixed(1)} → ${(loadavg()[0] ?? Number.NaN).toFixed(1)}):`,
    );
    const heavy = `heavy map (${MAX_SITES} launch points × ${3 + MAX_CUSTOM_SYSTEMS} systems, to 20,000 km)`;
    print(
      `  ${'baseline (a near-empty page)'.padEnd(heavy.length)}  ${median(longest('blank')).toFixed(0)} ms`,
    );
    for (const [name, label] of [
      ['default', 'default map (1 launch point × 3 systems)'],
      ['heavy', heavy],
      ['baseline', `${heavy.replace(/ \(.*/, '')}, baseline build`],
    ] as const) {
      print(
        `  ${label.padEnd(heavy.length)}  ${median(longest(name)).toFixed(0)} ms  (${ratio(name).toFixed(0)}× baseline)  navigation → ring labels ${median(opened[name].map((f) => f.totalMs)).toFixed(0)} ms`,
      );
    }
    const actions = {
      default: [] as ActionFigures[][],
      heavy: [] as ActionFigures[][],
      baseline: [] as ActionFigures[][],
    };
    for (let round = 0; round < ROUNDS; round++) {
      actions.default.push(await actionsOn(browser, pages.default[0]));
      actions.heavy.push(await actionsOn(browser, pages.heavy[0]));
      actions.baseline.push(await actionsOn(browser, pages.baseline[0]));
    }
    print(
      `Each action on an open map (median of ${ROUNDS} rounds; ratio heavy / default taken within a round; target: no task over ${TASK_LIMIT_MS} ms):`,
    );
    ACTIONS.forEach((action, a) => {
      const of = (name: keyof typeof actions, key: keyof ActionFigures) =>
        actions[name].map((round) => (round[a] as ActionFigures)[key]);
      const ratioOf = (key: keyof ActionFigures) =>
        median(of('heavy', key).map((t, i) => t / (of('default', key)[i] as number)));
      const heavyLongest = median(of('heavy', 'longestTaskMs'));
      print(
        `  ${action.name.padEnd(14)} longest task: default ${median(of('default', 'longestTaskMs')).toFixed(0)} ms, heavy ${heavyLongest.toFixed(0)} ms (${ratioOf('longestTaskMs').toFixed(1)}×, ${heavyLongest <= TASK_LIMIT_MS ? 'met' : 'NOT met'}; baseline build ${median(of('baseline', 'longestTaskMs')).toFixed(0)} ms)   total: default ${median(of('default', 'totalMs')).toFixed(0)} ms, heavy ${median(of('heavy', 'totalMs')).toFixed(0)} ms (${ratioOf('totalMs').toFixed(1)}×)`,
      );
    });
  } finally {
    await browser.close();
    for (const served of servers) await served.close();
  }
}
