// Opens the app on the globe in a real Chromium and reads the view it reports (centre, zoom, size, basemap,
// label) from the page, waiting until it is still and drawn; the default systems' colours as drawn.
import type { Browser, Page } from 'playwright-core';
import { inject } from 'vitest';
import type { LonLat } from '../../src/geo';
import { type PageWatch, watchPage } from './launchChromium';

// The default systems' colours (Okabe–Ito, in the data file's order), as the legend shows them.
export const COLOURS = { tomahawk: '#D55E00', eram: '#0072B2', atacms: '#009E73' };

export interface ViewRead {
  center: LonLat;
  zoom: number;
  width: number;
  height: number;
  basemap: string;
  label: string;
}

export async function openGlobe(
  browser: Browser,
  query: string,
  options: { reducedMotion?: 'reduce' | 'no-preference' } = {},
): Promise<{ page: Page; watch: PageWatch }> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    reducedMotion: options.reducedMotion ?? 'no-preference',
  });
  const page = await context.newPage();
  const watch = watchPage(page);
  await page.goto(`${inject('appUrl')}${query}`);
  await page.waitForSelector('.projected-view[data-center]');
  return { page, watch };
}

export async function readView(page: Page): Promise<ViewRead> {
  return page.evaluate(() => {
    const view = document.querySelector('.projected-view') as HTMLElement;
    const [lon, lat] = (view.dataset.center ?? '').split(',').map(Number);
    return {
      center: [lon, lat] as [number, number],
      zoom: Number(view.dataset.zoom),
      width: view.clientWidth,
      height: view.clientHeight,
      basemap: view.dataset.basemap ?? '',
      label: view.getAttribute('aria-label') ?? '',
    };
  });
}

/** Waits until the view is still and drawn with the 1:50m countries, and returns it. */
export async function settled(page: Page): Promise<ViewRead> {
  await page.waitForSelector('.projected-view[data-basemap="50m"]');
  let before = await readView(page);
  for (let i = 0; i < 40; i++) {
    await page.waitForTimeout(50);
    const now = await readView(page);
    if (now.center.join() === before.center.join() && now.zoom === before.zoom) return now;
    before = now;
  }
  return before;
}
