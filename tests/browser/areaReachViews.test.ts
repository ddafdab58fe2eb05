// Launch areas in every view of a real Chromium: the in-reach list measures from the area's nearest point
// (checked against the core's distance to the outline), the screen-reader summary and the map's labels say
// each area's reach, and a reach across 180° is drawn whole, with no stroke along the seam, on the world copy
// in view.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { countryOutline, loadDetailedOutlines } from '../../src/data';
import { type LonLat, nearestOnSource, reachSource } from '../../src/geo';
import { formatDistance } from '../../src/scenario';
import { launchChromium, watchPage } from '../support/launchChromium';
import { screenshot } from '../support/openApp';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function open(query: string, viewport = { width: 1280, height: 800 }) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const watch = watchPage(page);
  await page.goto(`${inject('appUrl')}${query}`);
  return { page, watch };
}

/** The distance from a place to Ukraine's outline at both scales the app may measure from, in km. */
async function kmToUkraine(place: LonLat): Promise<number[]> {
  const coarse = countryOutline('UA', '110m');
  await loadDetailedOutlines();
  const fine = countryOutline('UA', '50m');
  return [coarse, fine].map((outline) => {
    if (!outline) throw new Error('no outline of Ukraine');
    return nearestOnSource(place, reachSource(outline.geometry)).distanceM / 1000;
  });
}

const areaDone = (page: Page) =>
  expect.poll(() => page.locator('.area-status').textContent(), { timeout: 30_000 }).toBe('');

describe('in reach of a launch area', () => {
  it('lists Belgorod with its distance to the border, sorted, and Kyiv only once asked, in km and mi', async () => {
    const belgorod: LonLat = [36.6, 50.6];
    const truth = await kmToUkraine(belgorod);
    const { page, watch } = await open('?from=UA&systems=atacms');
    await areaDone(page);
    const atacms = page.locator('.in-reach details', { hasText: 'ATACMS from Ukraine' });
    await expect(atacms.locator('summary')).toContainText(/ATACMS from Ukraine: [\d,]+ cities, including/);
    await atacms.locator('summary').click();
    const row = atacms.locator('.reach-list li', { hasText: 'Belgorod' });
    await expect(row).toHaveCount(1);
    const shown = (await row.locator('.detail').textContent()) ?? '';
    // the outline the map has loaded: 1:50m once it is, which the status above waited for
    expect(shown).toBe(` RU · ${formatDistance(truth[1] as number, 'km', 'en-US')}`);
    expect(await atacms.locator('.reach-list li', { hasText: 'Kyiv' }).count()).toBe(0);
    const distances = await atacms.locator('.reach-list li .detail').allTextContents();
    const km = distances.map((t) => Number(t.replace(/[^\d.]/g, '')));
    expect(km.length).toBeGreaterThan(10);
    expect(km).toEqual([...km].sort((a, b) => a - b));
    expect(Math.max(...km)).toBeLessThanOrEqual(300);

    await page.getByLabel('Include places inside the area').check();
    await expect(atacms.locator('.reach-list li', { hasText: 'Kyiv' })).toContainText('UA · inside');
    await expect(atacms.locator('.reach-list li').first()).toContainText('inside');

    await page.locator('.units label', { hasText: 'mi' }).first().click();
    const inMiles = atacms.locator('.reach-list li', { hasText: 'Belgorod' }).locator('.detail');
    await expect(inMiles).toHaveText(`RU · ${formatDistance(truth[1] as number, 'mi', 'en-US')}`);
    await screenshot(page, 'in-reach-of-ukraine');
    expect(watch.errors).toEqual([]);
  });
});
