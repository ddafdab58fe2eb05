// What lies in reach, the dark theme and the phone layout, in a real Chromium.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/launchChromium';
import { openApp, screenshot } from '../support/openApp';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('in reach', () => {
  it('counts the cities in reach per system, nearest first, and shows one on the map', async () => {
    const { page } = await openApp(browser);
    const tomahawk = page.locator('.in-reach details', { hasText: 'Tomahawk from Kharkiv' });
    await expect(tomahawk.locator('summary')).toContainText(
      /Tomahawk from Kharkiv: [\d,]+ cities, including Moscow \(\d{3} km\)/,
    );
    await tomahawk.locator('summary').click();
    const first = tomahawk.locator('.reach-list li').first();
    await expect(first).toContainText('Kharkiv'); // the launch point's own city is nearest
    const distances = await tomahawk.locator('.reach-list li .detail').allTextContents();
    const km = distances.slice(0, 50).map((t) => Number(t.replace(/[^\d.]/g, '')));
    expect(km).toEqual([...km].sort((a, b) => a - b));
    await tomahawk.getByRole('button', { name: 'Moscow', exact: true }).click();
    await expect(page.locator('.probe')).toContainText('55.7');
    await expect(page.locator('.probe')).toContainText(/648 km from Kharkiv: in reach of Tomahawk Add/);
    await screenshot(page, 'in-reach');
  });
});

describe('layout', () => {
  it('works on a 375-px-wide phone: map on top, panel as a sheet below, no horizontal scroll', async () => {
    const { page, watch } = await openApp(browser, '', { width: 375, height: 740 });
    const map = (await page.locator('.range-map').boundingBox())!;
    const panel = (await page.locator('.side-panel').boundingBox())!;
    expect(map.width).toBeGreaterThan(360);
    expect(panel.y).toBeGreaterThanOrEqual(map.y + map.height - 1);
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth).toBeLessThanOrEqual(375);
    await screenshot(page, 'phone');
    await page.getByRole('button', { name: 'Hide panel' }).click();
    await expect(page.locator('.side-panel')).toBeHidden();
    expect(watch.errors).toEqual([]);
  });

  it('has a dark theme', async () => {
    const { page } = await openApp(browser, '?theme=dark');
    const bg = await page.evaluate(
      () => getComputedStyle(document.querySelector('.app') as Element).backgroundColor,
    );
    expect(bg).toBe('rgb(21, 23, 26)');
    await screenshot(page, 'dark');
  });
});
