// "Pick a country on the map" in a real Chromium: the button, then a real click inside Moldova adds it as a
// launch area (the link says from=MD, the map labels ATACMS's reach from it, a notice names it); a click on the
// Black Sea adds nothing and says so; Escape leaves the mode and the next click only probes the map.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { LonLat } from '../../src/geo';
import { watchPage } from '../support/launchChromium';
import { screenshot, urlParams } from '../support/openApp';
import { sharedChromium } from '../support/sharedChromium';

let browser: Browser;
beforeAll(async () => {
  browser = await sharedChromium();
});
afterAll(async () => {
  await browser?.close();
});

const VIEW = { lat: 46, lon: 30, zoom: 6 };
const PICK = 'Pick a country on the map';

/** Where a position is on screen, for the fixed view the test opens (Web Mercator around the map's centre). */
async function screenPoint(page: Page, [lon, lat]: LonLat): Promise<{ x: number; y: number }> {
  const box = await page.locator('.leaflet-container').boundingBox();
  if (!box) throw new Error('no map on the page');
  const scale = (256 * 2 ** VIEW.zoom) / 360;
  const y = (l: number) => (Math.log(Math.tan(Math.PI / 4 + (l * Math.PI) / 360)) * 180) / Math.PI;
  return {
    x: box.x + box.width / 2 + (lon - VIEW.lon) * scale,
    y: box.y + box.height / 2 - (y(lat) - y(VIEW.lat)) * scale,
  };
}

async function clickAt(page: Page, lonLat: LonLat) {
  const { x, y } = await screenPoint(page, lonLat);
  await page.mouse.click(x, y);
}

const mapCursor = (page: Page) =>
  page.locator('.leaflet-container').evaluate((el) => getComputedStyle(el).cursor);

describe('picking a country on the map', () => {
  it('adds the country clicked, says when a click is at sea, and leaves the mode on Escape', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const watch = watchPage(page);
    await page.goto(`${inject('appUrl')}?sites=&systems=atacms&view=${VIEW.lat},${VIEW.lon},${VIEW.zoom}`);
    await page.waitForSelector('.app:not([inert]) .leaflet-container');
    const defaultCursor = await mapCursor(page);

    const pick = page.getByRole('button', { name: PICK });
    await pick.click();
    await expect
      .poll(() => page.getByRole('button', { name: 'Click a country…' }).getAttribute('aria-pressed'))
      .toBe('true');
    expect(await mapCursor(page)).toBe('crosshair');
    expect(defaultCursor).not.toBe('crosshair');
    await screenshot(page, 'pick-country-mode');

    // inside Moldova, between Chișinău and Bălți
    await clickAt(page, [28.4, 47.4]);
    await expect.poll(async () => (await urlParams(page)).from).toBe('MD');
    await expect.poll(() => page.getByText('Added the launch area Moldova.').count()).toBe(1);
    const label = page.locator('.leaflet-areaLabels-pane .ring-label', { hasText: 'ATACMS from Moldova' });
    await expect.poll(() => label.count(), { timeout: 20_000 }).toBeGreaterThan(0);
    expect(await page.locator('.area-list li[data-area="MD"]').count()).toBe(1);
    // one click, one country: the mode has ended
    expect(await page.getByRole('button', { name: PICK }).getAttribute('aria-pressed')).toBe('false');
    expect(await mapCursor(page)).toBe(defaultCursor);
    await screenshot(page, 'pick-country-moldova');

    // the Black Sea: nothing added, and the notice says why
    await page.getByRole('button', { name: PICK }).click();
    await clickAt(page, [31.5, 43.8]);
    await expect.poll(() => page.getByText('No country there (sea).').count()).toBe(1);
    expect((await urlParams(page)).from).toBe('MD');
    expect(await page.locator('.area-list li').count()).toBe(1);

    // Escape leaves the mode: a click on Ukraine then adds nothing
    await page.getByRole('button', { name: PICK }).click();
    expect(await mapCursor(page)).toBe('crosshair');
    await page.keyboard.press('Escape');
    await expect
      .poll(() => page.getByRole('button', { name: PICK }).getAttribute('aria-pressed'))
      .toBe('false');
    expect(await mapCursor(page)).toBe(defaultCursor);
    await clickAt(page, [31.0, 49.0]);
    expect((await urlParams(page)).from).toBe('MD');
    expect(await page.locator('.area-list li').count()).toBe(1);

    expect(watch.errors).toEqual([]);
    expect(watch.externalRequests).toEqual([]);
    await context.close();
  });
});
