// Opens the app for the launch-area tests in a real Chromium, waiting for the map only (with no launch point
// no rings are drawn); the canvas that draws the areas' reach.
import type { Browser } from 'playwright-core';
import { inject } from 'vitest';
import { watchPage } from './launchChromium';

/** The canvas that draws the launch areas' reach. */
export const REACH_CANVAS = '.leaflet-areaReaches-pane canvas';

export async function openAreaMap(browser: Browser, query: string) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const watch = watchPage(page);
  await page.goto(`${inject('appUrl')}${query}`);
  await page.waitForSelector('.app:not([inert]) .leaflet-container');
  return { page, watch };
}
