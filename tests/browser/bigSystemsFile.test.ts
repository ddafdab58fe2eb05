// A 50,000-row systems file in a real Chromium: parsed in a Web Worker (or, with none, in slices) while the
// page keeps painting frames, with progress shown, an honest summary of what fitted on the map, a capped
// problems list, the rest of the scenario kept, and no page error or CSP violation.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bigSystemsCsv } from '../support/bigSystemsCsv';
import { openApp, screenshot, urlParams } from '../support/openApp';
import { sharedChromium } from '../support/sharedChromium';

let browser: Browser;
beforeAll(async () => {
  browser = await sharedChromium();
});
afterAll(async () => {
  await browser?.close();
});

// Every 250th row is broken: 49,800 good systems, 200 errors.
const BIG = Buffer.from(bigSystemsCsv(50_000, (row) => row % 250 === 249));
const QUERY = '?sites=50.45,30.52,Kyiv&systems=tomahawk,custom-storm-shadow&custom=Storm%20Shadow:250km';

interface FrameLog {
  frames: number;
  /** Frame count when the progress bar was first and last seen, and the values and names it showed. */
  progressFirst?: number;
  progressLast?: number;
  values: string[];
  names: string[];
  reportAt?: number;
  violations: string[];
}

// Counts animation frames and, on each one, notes what the loader shows: a frame painted while the progress
// bar is up is a frame the parse did not block. Counts, not times.
function watchFrames(): void {
  const log: FrameLog = { frames: 0, values: [], names: [], violations: [] };
  (window as unknown as { __log: FrameLog }).__log = log;
  document.addEventListener('securitypolicyviolation', (e) => {
    log.violations.push(`${e.violatedDirective}: ${e.blockedURI}`);
  });
  const tick = () => {
    log.frames++;
    const bar = document.querySelector('.file-loader progress');
    if (bar) {
      log.progressFirst ??= log.frames;
      log.progressLast = log.frames;
      const value = bar.getAttribute('value') ?? 'indeterminate';
      if (log.values.at(-1) !== value) log.values.push(value);
      const name = bar.getAttribute('aria-label') ?? '';
      if (!log.names.includes(name)) log.names.push(name);
    } else if (log.progressFirst !== undefined && document.querySelector('.file-report')) {
      log.reportAt ??= log.frames;
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

const frameLog = (page: Page) => page.evaluate(() => (window as unknown as { __log: FrameLog }).__log);

async function openWithBigFile(withoutWorker: boolean) {
  const { page, watch } = await openApp(browser, QUERY);
  await page.evaluate(watchFrames);
  await page.evaluate((noWorker) => {
    const w = window as unknown as { Worker: unknown; __workerReplies: string[] };
    w.__workerReplies = [];
    if (noWorker) {
      // as in a browser that cannot start this worker: the loader must fall back to the main thread
      w.Worker = undefined;
      return;
    }
    // the same Worker, noting what it answers: proof that the parse ran in it, not in a fallback
    const Native = Worker;
    w.Worker = class extends Native {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        this.addEventListener('message', (e) => w.__workerReplies.push(String(e.data?.kind)));
      }
    };
  }, withoutWorker);
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  await page.getByText('Add or load systems').click();
  await page
    .locator('.file-loader input[type=file]')
    .setInputFiles({ name: 'big.csv', mimeType: 'text/csv', buffer: BIG });
  const report = page.locator('.file-report');
  // a parse of this size takes a second or so, and many more on a busy machine: wait for the end first
  await report.waitFor({ timeout: 90_000 });
  await expect(report).toContainText(
    'big.csv: 49,800 systems read, 200 errors; the first 49 were added — a map holds at most 50 custom systems, and 1 was already on it.',
  );
  const replies = await page.evaluate(
    () => (window as unknown as { __workerReplies: string[] }).__workerReplies,
  );
  return { page, watch, workers, report, replies };
}

async function checkLoaded(page: Page, log: FrameLog) {
  // the progress bar was up, named, and moved on while frames kept coming
  expect(log.progressFirst).toBeDefined();
  expect(log.names).toEqual(['Reading big.csv']);
  expect(log.values.length).toBeGreaterThanOrEqual(3);
  expect((log.progressLast ?? 0) - (log.progressFirst ?? 0)).toBeGreaterThanOrEqual(3);
  expect(log.reportAt).toBeGreaterThan(log.progressLast ?? 0);
  expect(log.violations).toEqual([]);
  // 50 problems listed one by one, then a count of the rest
  const items = page.locator('.file-report .problems li');
  await expect(items).toHaveCount(51);
  await expect(items.first()).toContainText('big.csv, line 251, field "range_km"');
  await expect(items.last()).toHaveText('… and 150 more');
  // the first 49 good rows are on the map beside what was there; the launch point and shown system are kept
  await expect(page.locator('.legend')).toContainText('System 48');
  await expect(page.locator('.legend')).not.toContainText('System 49 ');
  await expect(page.locator('.site-list .site-name').inputValue()).resolves.toBe('Kyiv');
  const params = await urlParams(page);
  expect(params.custom?.split(';')).toHaveLength(50);
  expect(params.custom).toMatch(/^Storm Shadow:250km;System 0:/);
  expect(params.systems?.split(',').slice(0, 2)).toEqual(['tomahawk', 'custom-storm-shadow']);
  expect(params.sites).toMatch(/Kyiv/);
}

describe('a 50,000-row systems file', () => {
  it('parses in a Web Worker: progress shown, frames keep coming, an honest summary, problems capped', async () => {
    const { page, watch, workers, replies } = await openWithBigFile(false);
    expect(workers.some((url) => /parseSystemsWorker-[\w-]+\.js$/.test(url))).toBe(true);
    // progress from the worker, then its one summary
    expect(replies.at(-1)).toBe('done');
    expect(replies.filter((kind) => kind === 'progress').length).toBeGreaterThan(100);
    expect(replies.filter((kind) => kind === 'done')).toHaveLength(1);
    await checkLoaded(page, await frameLog(page));
    await page.locator('.file-report').scrollIntoViewIfNeeded();
    await screenshot(page, 'big-systems-file');
    expect(watch.errors).toEqual([]);
    expect(watch.externalRequests).toEqual([]);
  }, 120_000);

  it('parses in slices on the main thread where no worker can start, and the page still paints', async () => {
    const { page, watch, workers, replies } = await openWithBigFile(true);
    expect(workers).toEqual([]);
    expect(replies).toEqual([]);
    await checkLoaded(page, await frameLog(page));
    expect(watch.errors).toEqual([]);
  }, 120_000);

  it('stops reading on request, and adds nothing', async () => {
    const { page, watch } = await openApp(browser, QUERY);
    await page.getByText('Add or load systems').click();
    const huge = Buffer.from(bigSystemsCsv(100_000));
    await page
      .locator('.file-loader input[type=file]')
      .setInputFiles({ name: 'huge.csv', mimeType: 'text/csv', buffer: huge });
    const bar = page.getByRole('progressbar', { name: 'Reading huge.csv' });
    await bar.waitFor({ timeout: 60_000 });
    // pressed as soon as it shows: on a busy machine a screenshot first could outlast the reading
    await page.getByRole('button', { name: 'Stop' }).click();
    await expect(page.locator('.file-report')).toHaveText('huge.csv: reading stopped; nothing was added.');
    await page.locator('.file-report').scrollIntoViewIfNeeded();
    await screenshot(page, 'big-systems-file-stopped');
    await expect(bar).toBeHidden();
    expect((await urlParams(page)).custom).toBe('Storm Shadow:250km');
    expect(watch.errors).toEqual([]);
  }, 120_000);
});
