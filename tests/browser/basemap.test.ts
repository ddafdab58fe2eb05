// Basemaps in a real Chromium: the offline map asks nothing of the network; the online one, when it
// cannot be reached, says so and falls back to the offline map instead of grey tiles.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { screenshot } from '../support/openApp';
import { sharedChromium } from '../support/sharedChromium';

let browser: Browser;
beforeAll(async () => {
  browser = await sharedChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('basemaps', () => {
  it('falls back to the offline map, with a notice, when OpenStreetMap cannot be reached', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const tried: string[] = [];
    // no request leaves the machine in tests: every tile request fails as it would offline
    await page.route(/^https?:\/\/(?!127\.0\.0\.1|localhost)/, (route) => {
      tried.push(route.request().url());
      return route.abort('internetdisconnected');
    });
    await page.goto(`${inject('appUrl')}?basemap=osm`);
    await page.getByRole('button', { name: 'Load', exact: true }).click();
    await expect(page.locator('.notice')).toContainText('online basemap could not be reached');
    expect(tried.some((u) => u.includes('tile.openstreetmap.org'))).toBe(true);
    // the offline outlines are drawn in the basemap pane
    await page.waitForSelector('.leaflet-basemap-pane canvas');
    await screenshot(page, 'osm-offline-fallback');
    await page.close();
  });

  it('switches basemap from the settings and keeps the choice in the URL', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.route(/^https?:\/\/(?!127\.0\.0\.1|localhost)/, (route) =>
      route.abort('internetdisconnected'),
    );
    await page.goto(inject('appUrl'));
    await page.getByText('Title, theme and basemap').click();
    await page.getByLabel('Basemap').selectOption('osm');
    await expect.poll(async () => page.evaluate(() => window.location.search)).toContain('basemap=osm');
    await page.close();
  });
});
