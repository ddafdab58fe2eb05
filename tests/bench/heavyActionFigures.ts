// The heaviest map the limits allow (heavyMapBench's scenario), on the app only: the longest main-thread task
// (Chromium trace) while it opens, and for a click on zoom in, a change of unit, and each export (GeoJSON, KML,
// PNG). Each step's trace runs until the page is idle again, so it holds the work the step set off. A step
// that does not finish within a minute is reported with the longest task seen so far (so "at least"), and
// the map is opened again for the next step.
import type { Browser, Page } from 'playwright-core';
import { installProbe, ringsPaintedAt, timeInputFrames } from './benchProbe';
import { EXPORT_IMAGE } from './exportImageName';
import { TRACE_CATEGORIES, VIEWPORT } from './loadFigures';
import { longestMs, mainThreadTasks } from './mainThreadTasks';

/** The longest any one step may take before it is given up. */
const STEP_TIMEOUT_MS = 60_000;
// The in-reach list of this map is long and keeps changing size while it fills: waiting for a button to stand
// still before clicking it could take longer than the step itself, so the click goes at once.
const CLICK = { force: true, timeout: STEP_TIMEOUT_MS };
/** Time after a step's result, and after the page is next idle, for the work it set off to be traced too. */
const SETTLE_MS = 500;

/** Waits until the page's main thread is idle (the work a step set off is done), at most STEP_TIMEOUT_MS. */
async function idle(page: Page): Promise<void> {
  await page.evaluate(`new Promise((done) => requestIdleCallback(done, { timeout: ${STEP_TIMEOUT_MS} }))`);
}

export type HeavyAction = 'open' | 'zoom in' | 'unit' | 'GeoJSON' | 'KML' | 'PNG';
export const HEAVY_ACTIONS: HeavyAction[] = ['open', 'zoom in', 'unit', 'GeoJSON', 'KML', 'PNG'];

/** Longest task (ms) per action; `unfinished` says why the step was cut short (the task may be longer). */
export type HeavyFigures = Record<HeavyAction, { longestMs: number; unfinished?: string }>;

async function download(page: Page, click: () => Promise<void>): Promise<void> {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: STEP_TIMEOUT_MS }), click()]);
  await file.delete();
}

export async function heavyActionFigures(browser: Browser, url: string): Promise<HeavyFigures> {
  let context = await browser.newContext({ viewport: VIEWPORT });
  let page = await context.newPage();
  const open = async () => {
    await installProbe(page);
    await page.goto(url, { timeout: STEP_TIMEOUT_MS });
    await ringsPaintedAt(page, STEP_TIMEOUT_MS);
    await page.locator('.ring-label').first().waitFor({ timeout: STEP_TIMEOUT_MS });
  };
  const steps: Record<HeavyAction, () => Promise<unknown>> = {
    open,
    'zoom in': () =>
      timeInputFrames(
        page,
        'click',
        // Leaflet's zoom button answers the click event; a pointer click on it waited in vain on this map
        () => page.locator('.leaflet-control-zoom-in').first().dispatchEvent('click'),
        undefined,
        STEP_TIMEOUT_MS,
      ),
    unit: () =>
      timeInputFrames(
        page,
        'click',
        () => page.locator('.units label', { hasText: 'mi' }).first().click(CLICK),
        `() => [...document.querySelectorAll('.ring-label')].some((label) => / mi$/.test(label.textContent))`,
        STEP_TIMEOUT_MS,
      ),
    GeoJSON: () => download(page, () => page.getByRole('button', { name: 'Export GeoJSON' }).click(CLICK)),
    KML: () => download(page, () => page.getByRole('button', { name: 'Export KML' }).click(CLICK)),
    PNG: async () => {
      await page.getByRole('button', { name: EXPORT_IMAGE }).click(CLICK);
      const dialog = page.getByRole('dialog', { name: EXPORT_IMAGE });
      await download(page, () => dialog.getByRole('button', { name: 'Download PNG' }).click(CLICK));
      await page.keyboard.press('Escape');
    },
  };
  const figures = {} as HeavyFigures;
  try {
    for (const action of HEAVY_ACTIONS) {
      await browser.startTracing(page, { categories: TRACE_CATEGORIES });
      let unfinished: string | undefined;
      try {
        await steps[action]();
        await idle(page);
        await page.waitForTimeout(SETTLE_MS);
      } catch (error) {
        unfinished = (error as Error).message.split('\n')[0];
      }
      figures[action] = {
        longestMs: longestMs(mainThreadTasks(await browser.stopTracing()).tasks),
        unfinished,
      };
      if (unfinished && action !== 'PNG') {
        // the page may still be at work: the next step starts on the map opened again
        await context.close();
        context = await browser.newContext({ viewport: VIEWPORT });
        page = await context.newPage();
        await open();
      }
    }
  } finally {
    await context.close();
  }
  return figures;
}
