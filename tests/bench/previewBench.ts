// Export preview benchmark, on the production build in headless Chromium: the time from a change in the PNG
// dialog (a new title committed, another size chosen) to its preview showing it, framed and painted, against
// the page's own frame interval in the same run. The main thread's CPU time for each change is printed too: on a
// busy machine the wall time mostly measures the other processes.
import { resolve } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { build } from 'vite';
import { launchChromium } from '../support/launchChromium';
import { servePages } from '../support/servePages';
import { benchOutDir } from './benchOutDir';
import { EXPORT_IMAGE } from './exportImageName';

const ROOT = resolve(import.meta.dirname, '../..');
const OUT = benchOutDir('range-rings-preview-bench-dist');
const RUNS = 8;

// Runs in the page: makes one change in the open dialog, then waits until the preview is not busy framing and
// shows `expect` in its words, and one more frame is painted. Resolves with the milliseconds taken.
const UPDATE = `async ({ kind, value, expect }) => {
  const dialog = document.querySelector('.png-export-dialog');
  const preview = () => dialog.querySelector('.png-preview');
  const frame = () => new Promise((done) => requestAnimationFrame(done));
  const t0 = performance.now();
  if (kind === 'size') {
    const select = dialog.querySelector('select');
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  } else {
    const input = [...dialog.querySelectorAll('label')].find((l) => l.textContent.startsWith('Title')).querySelector('input');
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
    setValue.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
  }
  const shown = () => preview()?.getAttribute('aria-busy') === 'false' && preview().querySelector('figcaption').textContent.includes(expect);
  for (let i = 0; i < 3 && shown(); i++) await frame(); // a framing may start a frame after the change
  while (!shown()) await frame();
  await frame();
  return performance.now() - t0;
}`;

const FRAME_INTERVAL = `new Promise((done) => {
  const stamps = [];
  const tick = (t) => { stamps.push(t); if (stamps.length < 31) requestAnimationFrame(tick); else done((stamps[30] - stamps[0]) / 30); };
  requestAnimationFrame(tick);
})`;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

/** Seconds of CPU the page's main thread has used (Chromium's ThreadTime metric). */
async function threadSeconds(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'ThreadTime')?.value ?? Number.NaN;
}

interface Update {
  wallMs: number;
  cpuMs: number;
}

async function update(
  page: Page,
  cdp: CDPSession,
  kind: 'size' | 'title',
  value: string,
  expect: string,
): Promise<Update> {
  const before = await threadSeconds(cdp);
  const wallMs = (await page.evaluate(`(${UPDATE})(${JSON.stringify({ kind, value, expect })})`)) as number;
  return { wallMs, cpuMs: ((await threadSeconds(cdp)) - before) * 1000 };
}

/**
 * Prints the preview's update times, median of 8 after a warm-up, for a title change and a size change.
 *
 * @example
 * await previewBench(console.log);
 */
export async function previewBench(print: (line: string) => void): Promise<void> {
  await build({ root: ROOT, logLevel: 'warn', build: { outDir: OUT, emptyOutDir: true, sourcemap: false } });
  const served = await servePages({ '/app/': OUT });
  const base = `${served.origin}/app/`;
  const browser = await launchChromium();
  try {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(`${base}?sites=49.9935,36.2304,Kharkiv&systems=tomahawk,eram,atacms&view=49,33,5`);
    await page.waitForSelector('.leaflet-rings-pane canvas');
    await page.getByRole('button', { name: EXPORT_IMAGE }).click();
    await page.waitForFunction(
      () => document.querySelector('.png-preview')?.getAttribute('aria-busy') === 'false',
    );
    await page.waitForTimeout(1500); // the 1:50m outlines are in
    const title: Update[] = [];
    const size: Update[] = [];
    for (let i = 0; i <= RUNS; i++) {
      const text = `Range rings, take ${i + 1}`;
      const t = await update(page, cdp, 'title', text, text);
      const s = await update(page, cdp, 'size', i % 2 ? 'square' : 'social', text);
      if (i > 0) {
        title.push(t);
        size.push(s);
      }
    }
    const frameMs = (await page.evaluate(FRAME_INTERVAL)) as number;
    const line = (label: string, runs: Update[]) => {
      const ms = median(runs.map((r) => r.wallMs));
      const cpu = median(runs.map((r) => r.cpuMs));
      return `  ${label.padEnd(46)}${ms.toFixed(0).padStart(5)} ms, main thread CPU ${cpu.toFixed(0).padStart(4)} ms  (${(ms / frameMs).toFixed(1)}× baseline; target < 100 ms: ${ms < 100 ? 'met' : 'NOT met'})`;
    };
    print(`PNG preview update, change to preview shown, median of ${RUNS}:`);
    print(`  ${"baseline (the page's frame interval)".padEnd(46)}${frameMs.toFixed(1).padStart(5)} ms`);
    print(line('a new title committed', title));
    print(line('another size chosen (social card ↔ square)', size));
  } finally {
    await browser.close();
    await served.close();
  }
}
