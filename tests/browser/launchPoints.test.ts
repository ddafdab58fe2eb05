// Launch points in a real Chromium: add by click, by place search and by coordinates; drag (the rings
// follow); move by keyboard; rename and remove; a probed point's distances.
import geodesic from 'geographiclib-geodesic';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { colourBox, openApp, screenshot, urlParams } from '../support/openApp';
import { sharedChromium } from '../support/sharedChromium';

const geod = geodesic.Geodesic.WGS84;
let browser: Browser;
beforeAll(async () => {
  browser = await sharedChromium();
});
afterAll(async () => {
  await browser?.close();
});

const siteCount = async (page: import('playwright-core').Page) => page.locator('.site-list li').count();

describe('launch points', () => {
  it('adds one by clicking the map in "add" mode', async () => {
    const { page, watch } = await openApp(browser);
    await page.getByRole('button', { name: 'Add by clicking the map' }).click();
    const map = page.locator('.range-map');
    const box = (await map.boundingBox())!;
    await page.mouse.click(box.x + box.width * 0.25, box.y + box.height * 0.4);
    await expect.poll(() => siteCount(page)).toBe(2);
    const params = await urlParams(page);
    expect(params.sites?.split(';')).toHaveLength(2);
    await screenshot(page, 'add-by-click');
    expect(watch.errors).toEqual([]);
  });

  it('finds a place in the offline gazetteer and adds it with the keyboard', async () => {
    const { page } = await openApp(browser);
    const input = page.getByRole('combobox', { name: 'Find a place or type coordinates' });
    await input.click();
    await input.pressSequentially('kyiv');
    await expect(
      page.getByRole('listbox', { name: 'Matching places' }).getByRole('option').first(),
    ).toContainText('Kyiv');
    await input.press('Enter');
    await expect.poll(() => siteCount(page)).toBe(2);
    await expect(page.locator('.site-list .site-name').nth(1).inputValue()).resolves.toBe('Kyiv');
    const params = await urlParams(page);
    expect(params.sites).toMatch(/50\.45\d*,30\.52\d*,Kyiv/);
  });

  it('adds a point typed in degrees, minutes and seconds', async () => {
    const { page } = await openApp(browser);
    const input = page.getByRole('combobox', { name: 'Find a place or type coordinates' });
    await input.click();
    await input.pressSequentially('48°51′N 2°21′E');
    await expect(
      page.getByRole('listbox', { name: 'Matching places' }).getByRole('option').first(),
    ).toContainText('48.85°N 2.35°E');
    await input.press('Enter');
    await expect.poll(() => siteCount(page)).toBe(2);
    expect((await urlParams(page)).sites).toMatch(/;48\.85,2\.35/);
  });

  it('says what is wrong with unreadable coordinates', async () => {
    const { page } = await openApp(browser);
    const input = page.getByRole('combobox', { name: 'Find a place or type coordinates' });
    await input.click();
    await input.pressSequentially('95 200');
    await expect(page.locator('.place-search .hint')).toContainText(/90/);
  });

  it('drags a launch point and the rings follow it live', async () => {
    const { page, watch } = await openApp(browser);
    const before = await colourBox(page, '#D55E00');
    const marker = (await page.locator('.launch-marker').boundingBox())!;
    const x = marker.x + marker.width / 2;
    const y = marker.y + marker.height / 2;
    await page.mouse.move(x, y);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) await page.mouse.move(x - 8 * i, y, { steps: 1 });
    const during = await colourBox(page, '#D55E00');
    await page.mouse.up();
    // moving the centre east–west shifts the ring by the same number of pixels (same latitude)
    expect(before.minX - during.minX).toBeGreaterThan(70);
    expect(before.minX - during.minX).toBeLessThan(90);
    expect(Math.abs(before.minY - during.minY)).toBeLessThan(3);
    const params = await urlParams(page);
    expect(params.sites).not.toMatch(/^49\.99|,36\.23/);
    expect(watch.errors).toEqual([]);
  });

  it('moves a focused launch point with the arrow keys and removes it with Delete', async () => {
    const { page } = await openApp(browser);
    const sitesBefore = (await urlParams(page)).sites;
    await page.locator('.launch-marker').focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Shift+ArrowUp');
    const sitesAfter = (await urlParams(page)).sites;
    expect(sitesAfter).not.toBe(sitesBefore);
    await page.keyboard.press('Delete');
    await expect.poll(() => siteCount(page)).toBe(0);
  });

  it('renames and removes launch points from the panel', async () => {
    const { page } = await openApp(browser);
    const name = page.locator('.site-list .site-name');
    // typed over the name it has, key by key
    await name.click();
    await page.keyboard.press('ControlOrMeta+A');
    await name.pressSequentially('Front line <b>north</b>');
    await name.press('Enter'); // a name is taken when the field is left or Enter is pressed
    await expect(page.locator('.leaflet-tooltip.site-label')).toHaveText('Front line <b>north</b>');
    expect((await urlParams(page)).sites).toContain('Front');
    await page.getByRole('button', { name: /Remove launch point/ }).click();
    await expect.poll(() => siteCount(page)).toBe(0);
  });

  it('tells the geodesic distance of a clicked point from each launch point, and which systems reach it', async () => {
    const { page } = await openApp(
      browser,
      '?sites=49.9935,36.2304,Kharkiv&systems=tomahawk,eram,atacms&view=52,37,5',
    );
    const map = (await page.locator('.range-map').boundingBox())!;
    await page.mouse.click(map.x + map.width / 2, map.y + map.height / 2); // the view's centre: 52°N 37°E
    const probe = page.locator('.probe');
    await expect(probe).toContainText(/km from Kharkiv: in reach of Tomahawk, ERAM, ATACMS/);
    // the distance shown is the true geodesic distance (GeographicLib) to the point shown, ±1 km for the
    // rounding of the displayed coordinates to 0.01°
    const text = await probe.innerText();
    const [, lat, lon] = text.match(/([\d.]+)°N ([\d.]+)°E/) ?? [];
    const shownKm = Number(text.match(/([\d,]+) km from Kharkiv/)?.[1]?.replace(',', ''));
    expect(Number(lat)).toBeCloseTo(52, 1);
    const trueKm = geod.Inverse(49.9935, 36.2304, Number(lat), Number(lon)).s12! / 1000;
    expect(Math.abs(shownKm - trueKm)).toBeLessThan(1.5);
    await screenshot(page, 'probe');
  });
});
