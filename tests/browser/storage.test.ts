// A damaged, full or blocked localStorage never costs the user the map: a damaged value is reported and the
// defaults load; a refused write is said once, and the link keeps the whole scenario.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { UNSAVED_KEY } from '../../src/app/unsavedLink';
import { STORAGE_KEY } from '../../src/scenario';
import { watchPage } from '../support/launchChromium';
import { urlParams } from '../support/openApp';
import { sharedChromium } from '../support/sharedChromium';

let browser: Browser;
beforeAll(async () => {
  browser = await sharedChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** Opens the app with `setup` run in the page before any of its scripts. */
async function openWith(setup: string, query = ''): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript(setup);
  const page = await context.newPage();
  const watch = watchPage(page);
  await page.goto(`${inject('appUrl')}${query}`);
  await page.waitForSelector('.app:not([inert]) .leaflet-rings-pane canvas');
  return { page, errors: watch.errors };
}

describe('localStorage', () => {
  it('a damaged saved map is reported, and the default map loads', async () => {
    const { page, errors } = await openWith(
      `localStorage.setItem(${JSON.stringify(STORAGE_KEY)}, '{"sites": [ {"lonLat": [1e999');`,
    );
    await expect(page.locator('.notice')).toContainText(
      'The map saved in this browser could not be read (it is damaged)',
    );
    await expect(page.locator('.launch-marker')).toHaveCount(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a saved map of the wrong shape is ignored field by field, never crashing the page', async () => {
    const { page, errors } = await openWith(
      `localStorage.setItem(${JSON.stringify(STORAGE_KEY)}, JSON.stringify({ sites: 'x', title: '<img src=x onerror=alert(1)>', units: 42 }));`,
    );
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('<img src=x onerror=alert(1)>');
    await expect(page.locator('.notice')).toHaveCount(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a full storage: the notice says so once, and the link still holds every change', async () => {
    const { page, errors } = await openWith(
      `Storage.prototype.setItem = function () { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); };`,
    );
    await page.getByRole('radio', { name: 'mi (miles)' }).check();
    await expect(page.locator('.notice')).toContainText('This browser would not keep the map');
    expect((await urlParams(page)).units).toBe('mi');
    await page.getByRole('radio', { name: 'nmi (nautical miles)' }).check();
    expect((await urlParams(page)).units).toBe('nmi');
    await expect(page.locator('.notice')).toHaveCount(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a storage the browser blocks altogether', async () => {
    const { page, errors } = await openWith(
      `Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('denied', 'SecurityError'); } });`,
      '?sites=50.45,30.52,Kyiv',
    );
    await expect(page.locator('.launch-marker')).toHaveCount(1);
    await page.getByRole('radio', { name: 'mi (miles)' }).check();
    expect((await urlParams(page)).sites).toContain('Kyiv');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a change reads nothing from storage: the saved map is read once, as the page opens', async () => {
    const { page, errors } = await openWith(
      `window.__storageReads = [];
      const read = Storage.prototype.getItem;
      Storage.prototype.getItem = function (key) { window.__storageReads.push(key); return read.call(this, key); };`,
    );
    await page.locator('.site-list li').first().waitFor();
    await page.evaluate(() => {
      (window as unknown as { __storageReads: string[] }).__storageReads.length = 0;
    });
    await page.getByRole('radio', { name: 'mi (miles)' }).check();
    await page.getByRole('checkbox', { name: /ERAM/ }).first().click();
    await page.getByRole('checkbox', { name: /ERAM/ }).first().click();
    expect((await urlParams(page)).units).toBe('mi');
    expect(
      await page.evaluate(() => (window as unknown as { __storageReads: string[] }).__storageReads),
    ).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('a link’s map', () => {
  it('is painted before the saved map is read, which is still reported when damaged', async () => {
    const { page, errors } = await openWith(
      `localStorage.setItem(${JSON.stringify(STORAGE_KEY)}, '{"sites": [');
      window.__savedMapReads = [];
      const read = Storage.prototype.getItem;
      Storage.prototype.getItem = function (key) {
        if (key === ${JSON.stringify(STORAGE_KEY)})
          window.__savedMapReads.push(performance.getEntriesByName('rings-drawn').length > 0 ? 'after' : 'before');
        return read.call(this, key);
      };`,
      '?sites=50.45,30.52,Kyiv',
    );
    await expect(page.locator('.site-list .site-name').inputValue()).resolves.toBe('Kyiv');
    await expect(page.locator('.notice')).toContainText(
      'The map saved in this browser could not be read (it is damaged)',
    );
    const reads = await page.evaluate(
      () => (window as unknown as { __savedMapReads: string[] }).__savedMapReads,
    );
    expect(reads[0]).toBe('after');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('sessionStorage', () => {
  it('a page opened afresh leaves it alone until its rings are painted, then forgets the last page’s link', async () => {
    // As if this tab's last page, at the same address, had kept a link it never wrote (another map); every
    // use of the key is logged with whether the first rings had been handed to the map by then.
    const copy = JSON.stringify({ from: '', query: 'sites=10,10,Elsewhere', state: null });
    const { page, errors } = await openWith(
      `if (!sessionStorage.getItem('seeded')) {
        sessionStorage.setItem('seeded', '1');
        sessionStorage.setItem(${JSON.stringify(UNSAVED_KEY)}, ${JSON.stringify(copy)});
      }
      window.__unsavedUses = [];
      for (const name of ['getItem', 'removeItem', 'setItem']) {
        const own = Storage.prototype[name];
        Storage.prototype[name] = function (key, ...rest) {
          if (key === ${JSON.stringify(UNSAVED_KEY)})
            window.__unsavedUses.push(name + (performance.getEntriesByName('rings-drawn').length > 0 ? ' after' : ' before'));
          return own.call(this, key, ...rest);
        };
      }`,
    );
    const uses = () => page.evaluate(() => (window as unknown as { __unsavedUses: string[] }).__unsavedUses);
    // forgotten first (the page may then keep its own link), and nothing done with it before the rings
    expect((await uses())[0]).toBe('removeItem after');
    expect((await uses()).filter((use) => use.endsWith('before'))).toEqual([]);
    // its reload takes no other page's map, but does look for its own link before the rings
    await page.reload();
    await page.waitForSelector('.app:not([inert]) .leaflet-rings-pane canvas');
    await expect(page.locator('.launch-marker')).toHaveCount(1);
    await expect(page.locator('.site-list .site-name').inputValue()).resolves.toBe('Kharkiv');
    expect((await uses())[0]).toBe('getItem before');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
