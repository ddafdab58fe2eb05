// What lies in reach, the dark theme and the phone layout, in a real Chromium.
import type { Browser } from 'playwright-core';
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

describe('in reach of many launch points', () => {
  // 30 points × 20 systems: 600 lists, mounted a few launch points at a time
  const SITES = Array.from(
    { length: 30 },
    (_, i) => `${(40 + (i % 6) * 3).toFixed(2)},${(-5 + Math.floor(i / 6) * 20).toFixed(2)},P${i + 1}`,
  );
  const CUSTOM = Array.from({ length: 20 }, (_, i) => `S${i + 1}:${100 * (i + 1)}km`);
  const QUERY = `?sites=${SITES.join(';')}&custom=${CUSTOM.join(';')}&systems=${CUSTOM.map((_, i) => `custom-s${i + 1}`).join(',')}`;

  it('lists every system from every launch point, in their order, and the last opens from the keyboard', async () => {
    const { page, watch } = await openApp(browser, QUERY);
    const summaries = page.locator('.in-reach details > summary');
    await expect.poll(() => summaries.count(), { timeout: 60_000 }).toBe(600);
    const from = (await summaries.allTextContents()).map((t) => / from (P\d+):/.exec(t)?.[1]);
    expect([...new Set(from)]).toEqual(SITES.map((_, i) => `P${i + 1}`));

    const last = page.locator('.in-reach details', { hasText: 'S20 from P30:' });
    // lists out of view are not laid out (content-visibility), so their text is read where a person reads it
    await last.locator('summary').scrollIntoViewIfNeeded();
    await expect(last.locator('summary')).toContainText(/S20 from P30: [\d,]+ cities, including /);
    await last.locator('summary').focus();
    await page.keyboard.press('Enter');
    const first = last.locator('.reach-list li').first().getByRole('button');
    await expect(first).toContainText(/\w/);
    // where a person sees it: laid out in the window, not skipped as out of view
    const box = await first.boundingBox();
    expect(box?.height).toBeGreaterThan(0);
    expect(box?.y).toBeGreaterThanOrEqual(0);
    expect((box?.y ?? 800) + (box?.height ?? 0)).toBeLessThanOrEqual(800);
    await page.keyboard.press('Tab');
    expect(await first.evaluate((button) => button === document.activeElement)).toBe(true);
    await screenshot(page, 'in-reach-many-points');
    expect(watch.errors).toEqual([]);
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
