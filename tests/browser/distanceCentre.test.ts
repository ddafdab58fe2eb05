// The distance map's centre, as a reader picks it: the "Centre" select appears with the distance map, picking
// a launch point by keyboard re-centres the map there, the link keeps it as centre=N, a bad centre= is named.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, watchPage } from '../support/launchChromium';
import { screenshot, urlParams } from '../support/openApp';

const SITES = 'sites=49.9935,36.2304,Kharkiv;54.71,20.51,Kaliningrad;44.6,33.52,Sevastopol&systems=atacms';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function openDistanceMap(query: string) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const watch = watchPage(page);
  await page.goto(`${inject('appUrl')}?${query}`);
  await page.waitForSelector('.distance-view canvas');
  return { page, watch };
}

describe('the distance map centre', () => {
  it('is picked in the panel by keyboard: the map looks from there, the link says centre=2', async () => {
    const { page, watch } = await openDistanceMap(`${SITES}&projection=distance`);
    const view = page.locator('.distance-view');
    await expect.poll(() => view.getAttribute('aria-label')).toMatch(/^Distance map centred on Kharkiv/);
    const centre = page.getByLabel('Centre', { exact: true });
    await expect.poll(() => centre.locator('option:checked').textContent()).toBe('Kharkiv');
    await expect.poll(() => page.getByText('Distances and directions from Kharkiv are true').count()).toBe(1);

    await centre.focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => view.getAttribute('aria-label')).toMatch(/^Distance map centred on Kaliningrad/);
    await expect.poll(() => centre.locator('option:checked').textContent()).toBe('Kaliningrad');
    await expect.poll(async () => (await urlParams(page)).centre).toBe('2');
    expect((await urlParams(page)).projection).toBe('distance');

    await screenshot(page, 'distance-centre-picked');
    expect(watch.errors).toEqual([]);
    await page.context().close();
  });

  it('opens from a link with centre=3, and names a bad centre= without losing the map', async () => {
    const { page, watch } = await openDistanceMap(`${SITES}&projection=distance&centre=3`);
    const view = page.locator('.distance-view');
    await expect.poll(() => view.getAttribute('aria-label')).toMatch(/^Distance map centred on Sevastopol/);
    await page.context().close();

    const bad = await openDistanceMap(`${SITES}&projection=distance&centre=9`);
    await expect
      .poll(() => bad.page.locator('.distance-view').getAttribute('aria-label'))
      .toMatch(/^Distance map centred on Kharkiv/);
    await expect
      .poll(() => bad.page.getByText(/"9" ignored — the centre is a launch point's position, 1 to 3/).count())
      .toBe(1);
    expect([...watch.errors, ...bad.watch.errors]).toEqual([]);
    await bad.page.context().close();
  });

  it('is not offered on the map or the globe', async () => {
    const { page } = await openDistanceMap(`${SITES}&projection=distance`);
    await expect.poll(() => page.getByLabel('Centre', { exact: true }).count()).toBe(1);
    await page.getByRole('combobox', { name: 'View' }).focus();
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => page.getByLabel('Centre', { exact: true }).count()).toBe(0);
    await page.context().close();
  });
});
