// SVG export benchmark, on the production build in headless Chromium, driven through the export dialog as a
// reader would: the default map at the social card size, from clicking "Download SVG" to the browser's download
// event, and the file's size; the baseline is the PNG export of the same frame at 1×, in the same run.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { build } from 'vite';
import { launchChromium } from '../support/launchChromium';
import { servePages } from '../support/servePages';
import { benchOutDir } from './benchOutDir';
import { EXPORT_IMAGE } from './exportImageName';

const ROOT = resolve(import.meta.dirname, '../..');
const OUT = benchOutDir('range-rings-bench-svg-dist');
const RUNS = 5;
/** Time after the rings are painted for the place names and the 1:50m outlines to arrive. */
const SETTLE_MS = 3000;

/** Median ms from a click on `button` to the download, over 5 after a warm-up; and the last file's bytes. */
async function timeDownloads(page: Page, button: Locator): Promise<{ ms: number; bytes: number }> {
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i <= RUNS; i++) {
    const t0 = performance.now();
    const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
    const ms = performance.now() - t0;
    bytes = readFileSync(await file.path()).length;
    await file.delete();
    await page.waitForFunction(
      () => document.querySelector('.png-export-dialog form')?.getAttribute('aria-busy') === 'false',
    );
    if (i > 0) times.push(ms); // the first also loads the exporter's code
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)] as number, bytes };
}

export async function svgBench(print: (line: string) => void): Promise<void> {
  await build({ root: ROOT, logLevel: 'warn', build: { outDir: OUT, emptyOutDir: true, sourcemap: false } });
  const served = await servePages({ '/app/': OUT });
  const base = `${served.origin}/app/`;
  const browser = await launchChromium();
  try {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    await page.goto(base);
    await page.waitForSelector('.leaflet-rings-pane canvas');
    await page.waitForTimeout(SETTLE_MS);
    await page.getByRole('button', { name: EXPORT_IMAGE }).click();
    const dialog = page.getByRole('dialog', { name: EXPORT_IMAGE });
    await dialog.getByLabel('Size').selectOption('social');
    await dialog.getByRole('radio', { name: '1×' }).check();
    await page.waitForFunction(
      () => document.querySelector('.png-preview')?.getAttribute('aria-busy') === 'false',
    );
    const png = await timeDownloads(page, dialog.getByRole('button', { name: 'Download PNG' }));
    const svg = await timeDownloads(page, dialog.getByRole('button', { name: 'Download SVG' }));
    const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
    print('SVG export, default map, social card 1200×675, click to download, median of 5:');
    print(`  baseline (Download PNG of the same frame at 1×)  ${png.ms.toFixed(0)} ms, ${kb(png.bytes)}`);
    print(
      `  Download SVG                                     ${svg.ms.toFixed(0)} ms  (${(svg.ms / png.ms).toFixed(2)}× baseline; target < 300 ms: ${svg.ms < 300 ? 'met' : 'NOT met'})`,
    );
    print(
      `  SVG size                                         ${kb(svg.bytes)}  (${(svg.bytes / png.bytes).toFixed(2)}× the PNG; target < 1 MB: ${svg.bytes < 1_000_000 ? 'met' : 'NOT met'})`,
    );
    await page.context().close();
  } finally {
    await browser.close();
    await served.close();
  }
}
