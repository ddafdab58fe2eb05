// The globe and the distance map load from their own chunk: a page opening on the map never fetches it, and
// the first switch to the globe fetches it once and draws the globe; back on the map and to the distance map,
// nothing is fetched again.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, screenshot } from '../support/openApp';
import { sharedChromium } from '../support/sharedChromium';

let browser: Browser;

beforeAll(async () => {
  browser = await sharedChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** The scripts the page has fetched so far that hold the true-shape views. */
const viewScripts = (page: Page) =>
  page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((name) => /\/trueShapeParts-[^/]*\.js$/.test(name)),
  );

describe('the true-shape views chunk', () => {
  it('is not fetched for the map, and is fetched once when the globe is first shown', async () => {
    const { page, watch } = await openApp(browser);
    expect(await page.locator('.leaflet-rings-pane canvas').count()).toBe(1);
    expect(await viewScripts(page)).toEqual([]);

    const view = page.getByLabel('View');
    await view.selectOption({ label: 'Globe' });
    await page.waitForSelector('.projected-view[data-basemap="50m"] canvas');
    expect(await viewScripts(page)).toHaveLength(1);
    await screenshot(page, 'globe-after-lazy-load');

    await view.selectOption({ label: 'Map' });
    await page.waitForSelector('.app:not([inert]) .leaflet-rings-pane canvas');
    await view.selectOption({ label: 'Distance map' });
    await page.waitForSelector('.projected-view[data-basemap="50m"] canvas');
    expect(await viewScripts(page)).toHaveLength(1);
    expect(watch.errors).toEqual([]);
    await page.context().close();
  });
});
