// Heavy-map benchmark, on the production build in headless Chromium: the longest task on the page's main
// thread, from Chromium's trace, while the heaviest map a link may hold is opened (50 launch points × 53
// systems, the 3 of the data file and 50 of the user's own, ranges up to 20,000 km), against a near-empty
// page and the default map opened in the same run. The trace runs from navigation until the rings, labels
// and lazy parts have settled.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import { MAX_CUSTOM_SYSTEMS, MAX_SITES } from '../../src/scenario';
import { launchChromium } from '../support/launchChromium';
import { serveStatic } from '../support/serveStatic';
import { longestMainThreadTaskMs } from './longestMainThreadTaskMs';

const ROOT = resolve(import.meta.dirname, '../..');
const OUT = join(ROOT, 'node_modules/.cache/range-rings-bench-heavy-map-dist');
const ROUNDS = 3;
/** Time after the rings are painted for labels, the gazetteer and the 1:50m outlines to arrive and be used. */
const SETTLE_MS = 4000;

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

/** Longest main-thread task (ms) from navigation to `url` until it has settled; with `rings`, after its rings. */
async function longestTaskWhileOpening(browser: Browser, url: string, rings: boolean): Promise<number> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await browser.startTracing(page, { categories: ['disabled-by-default-devtools.timeline'] });
  await page.goto(url);
  if (rings) {
    await page.waitForSelector('.leaflet-rings-pane canvas', { timeout: 300_000 });
    await page.waitForSelector('.ring-label', { timeout: 300_000 });
  }
  await page.waitForTimeout(SETTLE_MS);
  const trace = await browser.stopTracing();
  await page.close();
  return longestMainThreadTaskMs(trace);
}

export async function heavyMapBench(print: (line: string) => void): Promise<void> {
  await build({ root: ROOT, logLevel: 'warn', build: { outDir: OUT, emptyOutDir: true, sourcemap: false } });
  const server = createServer(serveStatic(OUT, '/app/'));
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/app/`;
  const browser = await launchChromium();
  try {
    const pages = {
      blank: [`${base}missing-page-baseline`, false],
      default: [base, true],
      heavy: [`${base}${heavyMapQuery()}`, true],
    } as const;
    const longest = { blank: [] as number[], default: [] as number[], heavy: [] as number[] };
    await longestTaskWhileOpening(browser, base, true); // warm the browser and the server
    for (let round = 0; round < ROUNDS; round++) {
      for (const [name, [url, rings]] of Object.entries(pages) as [
        keyof typeof pages,
        readonly [string, boolean],
      ][])
        longest[name].push(await longestTaskWhileOpening(browser, url, rings));
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
    // the ratio is taken within each round, so both sides ran under the same load
    const ratio = (name: 'default' | 'heavy') =>
      median(longest[name].map((t, i) => t / (longest.blank[i] as number)));
    print(
      `Longest main-thread task while opening a map (median of ${ROUNDS} rounds, Chromium trace, until ${SETTLE_MS / 1000} s after the labels):`,
    );
    const heavy = `heavy map (${MAX_SITES} launch points × ${3 + MAX_CUSTOM_SYSTEMS} systems, to 20,000 km)`;
    print(`  ${'baseline (a near-empty page)'.padEnd(heavy.length)}  ${median(longest.blank).toFixed(0)} ms`);
    for (const [name, label] of [
      ['default', 'default map (1 launch point × 3 systems)'],
      ['heavy', heavy],
    ] as const) {
      print(
        `  ${label.padEnd(heavy.length)}  ${median(longest[name]).toFixed(0)} ms  (${ratio(name).toFixed(0)}× baseline)`,
      );
    }
  } finally {
    await browser.close();
    await new Promise((done) => server.close(done));
  }
}
