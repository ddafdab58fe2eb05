// The scenario in the URL, in a real Chromium: a link restores exactly what was set; a bad or unknown
// parameter is named in a dismissible notice and the page still works; localStorage keeps the last
// scenario and a link wins over it.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, screenshot, urlParams } from '../support/openApp';
import { sharedChromium } from '../support/sharedChromium';

let browser: Browser;
beforeAll(async () => {
  browser = await sharedChromium();
});
afterAll(async () => {
  await browser?.close();
});

const SHARED =
  '?sites=50.45,30.5234,Kyiv;46.4825,30.7233,Odesa%2C%20port&systems=eram,atacms&units=nmi&view=48.5,31.5,6&title=Two%20launch%20points';

describe('scenario URL', () => {
  it('restores sites, systems, units, view and title exactly, and writes the same URL back', async () => {
    const { page, watch } = await openApp(browser, SHARED);
    await expect(page.locator('h1')).toHaveText('Two launch points');
    await expect(page.locator('.site-list .site-name').nth(0)).toHaveValue('Kyiv');
    await expect(page.locator('.site-list .site-name').nth(1)).toHaveValue('Odesa, port');
    await expect(page.getByRole('checkbox', { name: /Tomahawk/ })).not.toBeChecked();
    await expect(page.locator('.legend')).toContainText('about 248 nmi');
    const params = await urlParams(page);
    expect(params).toMatchObject({
      sites: '50.45,30.5234,Kyiv;46.4825,30.7233,Odesa, port',
      systems: 'eram,atacms',
      units: 'nmi',
      view: '48.5,31.5,6',
      title: 'Two launch points',
    });
    // opening the written URL again gives the same page
    const again = await openApp(browser, await page.evaluate(() => window.location.search));
    expect(await urlParams(again.page)).toEqual(params);
    await screenshot(page, 'url-restored');
    expect(watch.errors).toEqual([]);
  });

  it('names each bad or unknown parameter in a dismissible notice and keeps the rest', async () => {
    const { page, watch } = await openApp(
      browser,
      '?sites=abc;50.45,30.52,Kyiv&units=parsecs&systems=tomahawk,nuke&foo=1',
    );
    const notice = page.locator('.notice').first();
    await expect(notice).toContainText('abc');
    await expect(notice).toContainText('parsecs');
    await expect(notice).toContainText('nuke');
    await expect(notice).toContainText('foo');
    await expect(page.locator('.site-list .site-name')).toHaveValue('Kyiv');
    await expect(page.locator('.legend')).toContainText('about 1,600 km');
    await screenshot(page, 'bad-url-notice');
    await page.getByRole('button', { name: 'Dismiss notice' }).first().click();
    await expect(page.locator('.notice')).toHaveCount(0);
    expect(watch.errors).toEqual([]);
  });

  it('keeps the last scenario in localStorage; a URL with parameters wins over it', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const { inject } = await import('vitest');
    const base = inject('appUrl');
    await page.goto(`${base}?sites=41.0082,28.9784,Istanbul&systems=tomahawk`);
    await page.waitForSelector('.app:not([inert]) .leaflet-rings-pane canvas');
    await page.waitForTimeout(400);
    await page.goto(base); // no parameters: the stored scenario comes back
    await page.waitForSelector('.app:not([inert]) .leaflet-rings-pane canvas');
    await expect(page.locator('.site-list .site-name')).toHaveValue('Istanbul');
    await page.goto(`${base}?sites=50.45,30.52,Kyiv`);
    await page.waitForSelector('.app:not([inert]) .leaflet-rings-pane canvas');
    await expect(page.locator('.site-list .site-name')).toHaveValue('Kyiv');
    await context.close();
  });

  it('starts, without parameters, from Kharkiv with the three default systems', async () => {
    const { page } = await openApp(browser);
    const params = await urlParams(page);
    expect(params.sites).toBe('49.9935,36.2304,Kharkiv');
    expect(params.systems).toBe('tomahawk,eram,atacms');
    expect(params.view).toBeUndefined(); // fitted to the rings, not fixed
  });
});
