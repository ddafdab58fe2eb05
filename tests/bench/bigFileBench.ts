// Big-file benchmark, on the production build in headless Chromium: the longest task on the page's main
// thread while a 50,000-row systems file is read, with the loader's Web Worker, with its main-thread slices
// (no worker), and parsed in one go on the main thread (the loader before the worker), from Chromium's trace.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { bigSystemsCsv } from '../support/bigSystemsCsv';
import { launchChromium } from '../support/launchChromium';
import { servePages } from '../support/servePages';
import { benchOutDir } from './benchOutDir';
import { longestMainThreadTaskMs } from './longestMainThreadTaskMs';

const ROOT = resolve(import.meta.dirname, '../..');
const OUT = benchOutDir('range-rings-bench-big-file-dist');
const ROUNDS = 5;
// A map already holding its 50 custom systems: nothing is added, so the figure is the reading, not the drawing.
const FULL_MAP = `?sites=50.45,30.52,Kyiv&systems=tomahawk&custom=${Array.from({ length: 50 }, (_, i) => `C${i}:${100 + i}km`).join(';')}`;

type Mode = 'worker' | 'slices' | 'one go';

async function longestTaskWhileLoading(browser: Browser, base: string, file: string, mode: Mode) {
  const page: Page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`${base}${FULL_MAP}`);
  await page.waitForSelector('.leaflet-rings-pane canvas');
  await page.waitForTimeout(3000); // let lazy chunks settle
  await page.getByText('Add or load systems').click();
  if (mode === 'slices') {
    await page.evaluate(() => {
      (window as unknown as { Worker: unknown }).Worker = undefined;
    });
  }
  if (mode === 'one go') {
    await page.addScriptTag({ url: `${base}bench/parseOnPage.js` });
    const size = await page.evaluate(async (url) => {
      const w = window as unknown as { benchText: string };
      w.benchText = await (await fetch(url)).text();
      return w.benchText.length;
    }, `${base}bench/big.csv`);
    if (size < 1e6) throw new Error('the big file did not load');
  }
  await browser.startTracing(page, { categories: ['disabled-by-default-devtools.timeline'] });
  if (mode === 'one go') {
    await page.evaluate(() => {
      const w = window as unknown as {
        benchText: string;
        parseSystemsOnPage: (text: string, options: { fileName: string }) => { systems: unknown[] };
      };
      return w.parseSystemsOnPage(w.benchText, { fileName: 'big.csv' }).systems.length;
    });
  } else {
    await page.locator('.file-loader input[type=file]').setInputFiles(file);
    await page.waitForSelector('.file-report', { timeout: 120_000 });
  }
  const trace = await browser.stopTracing();
  await page.close();
  return longestMainThreadTaskMs(trace);
}

export async function bigFileBench(print: (line: string) => void): Promise<void> {
  await build({ root: ROOT, logLevel: 'warn', build: { outDir: OUT, emptyOutDir: true, sourcemap: false } });
  await build({
    root: ROOT,
    configFile: false,
    logLevel: 'warn',
    build: {
      outDir: join(OUT, 'bench'),
      emptyOutDir: true,
      lib: {
        entry: join(ROOT, 'tests/bench/parseOnPage.ts'),
        formats: ['iife'],
        name: 'parseOnPage',
        fileName: () => 'parseOnPage.js',
      },
    },
  });
  const csv = bigSystemsCsv(50_000, (row) => row % 250 === 249);
  writeFileSync(join(OUT, 'bench/big.csv'), csv);
  const dir = mkdtempSync(join(tmpdir(), 'range-rings-bench-'));
  const file = join(dir, 'big.csv');
  writeFileSync(file, csv);

  const served = await servePages({ '/app/': OUT });
  const base = `${served.origin}/app/`;
  const browser = await launchChromium();
  try {
    const modes: Mode[] = ['worker', 'slices', 'one go'];
    const longest: Record<Mode, number[]> = { worker: [], slices: [], 'one go': [] };
    await longestTaskWhileLoading(browser, base, file, 'worker'); // warm up
    for (let round = 0; round < ROUNDS; round++) {
      for (const mode of modes) longest[mode].push(await longestTaskWhileLoading(browser, base, file, mode));
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
    // the ratio is taken within each round, so both sides ran under the same load
    const ratio = (mode: Mode) => median(longest['one go'].map((t, i) => t / (longest[mode][i] as number)));
    print(
      `Longest main-thread task while reading a 50,000-row CSV (${(csv.length / 1e6).toFixed(1)} MB; median of ${ROUNDS} rounds, Chromium trace):`,
    );
    print(`  parsed in one go on the main thread (before)  ${median(longest['one go']).toFixed(0)} ms`);
    print(
      `  loader, Web Worker                            ${median(longest.worker).toFixed(0)} ms  (${ratio('worker').toFixed(0)}× shorter)`,
    );
    print(
      `  loader, main-thread slices (no worker)        ${median(longest.slices).toFixed(0)} ms  (${ratio('slices').toFixed(0)}× shorter)`,
    );
  } finally {
    await browser.close();
    await served.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
