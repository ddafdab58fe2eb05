// Offline: the service worker made at build time caches the whole app on the first visit; after that the
// connection is cut (Chromium's own offline mode) and every feature is used; a new version is offered, never
// swapped in under the open page (offlineNotCached: before the app was cached).
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { bigSystemsCsv } from '../support/bigSystemsCsv';
import { dropFile } from '../support/dropFile';
import { watchPage } from '../support/launchChromium';
import { screenshot } from '../support/openApp';
import { SCENARIO_FILE } from '../support/scenarioFile';
import { type ServedPages, servePages } from '../support/servePages';
import { downloadBytes, sharedChromium } from '../support/sharedChromium';

let browser: Browser;
beforeAll(async () => {
  browser = await sharedChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** Waits until the service worker is active and controls the page (it takes over on the first visit). */
async function whenControlled(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller)
      await new Promise((done) => navigator.serviceWorker.addEventListener('controllerchange', done));
    return registration.scope;
  });
}

/** Requests the page makes from now on that were not answered by the service worker (or not at all). */
function watchMisses(page: Page) {
  const misses: string[] = [];
  const fromWorker: string[] = [];
  page.on('response', (r: Response) => (r.fromServiceWorker() ? fromWorker : misses).push(r.url()));
  page.on('requestfailed', (r) => misses.push(`failed: ${r.url()}`));
  return { misses, fromWorker };
}

describe('offline, after the first visit', () => {
  it('installs a service worker that caches the app, then works with no connection at all', async () => {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      acceptDownloads: true,
    });
    const page = await context.newPage();
    const watch = watchPage(page);
    await page.goto(`${inject('appUrl')}?sites=50.45,30.52,Kyiv&systems=tomahawk&view=49,31,3`);
    await page.waitForSelector('.app:not([inert]) .leaflet-rings-pane canvas');
    const scope = await whenControlled(page);
    expect(scope).toBe(inject('appUrl')); // the app's folder, not the site's root
    // every file is cached before the worker activates; the worker now answers for the whole app
    const cached = await page.evaluate(async () => {
      const names = await caches.keys();
      const urls = (await Promise.all(names.map(async (n) => (await caches.open(n)).keys()))).flat();
      return urls.map((r) => new URL(r.url).pathname);
    });
    for (const part of [
      /\/index\.html$/,
      /SidePanel-.*\.js$/,
      /exportPng-.*\.js$/,
      /openDroppedFile-.*\.js$/,
      /parseSystemsWorker-.*\.js$/,
      /_virtual_basemap-50m-.*\.js$/,
      /_virtual_country-labels-.*\.js$/,
      /_virtual_places-.*\.js$/,
      /manifest\.webmanifest$/,
      /icon-512\.png$/,
    ])
      expect(
        cached.some((p) => part.test(p)),
        `${part} is cached`,
      ).toBe(true);
    // the 1:50m outlines ship once: launch areas and the views read the basemap's own chunk
    expect(cached.filter((p) => /countries-50m/.test(p))).toEqual([]);

    await context.setOffline(true);
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);
    const { misses, fromWorker } = watchMisses(page);

    // the page itself reloads offline, with its link, and paints the rings
    await page.reload();
    await page.waitForSelector('.app:not([inert]) .leaflet-rings-pane canvas');
    await expect(page.locator('.site-list .site-name').first()).toHaveValue('Kyiv');

    // find a place in the gazetteer (its own chunk), typed key by key, and add it
    const search = page.getByRole('combobox', { name: 'Find a place or type coordinates' });
    await search.click();
    await search.pressSequentially('odesa');
    await expect(
      page.getByRole('listbox', { name: 'Matching places' }).getByRole('option').first(),
    ).toContainText('Odesa');
    await search.press('Enter');
    await expect(page.locator('.site-list li')).toHaveCount(2);

    // add a point by clicking the map
    await page.getByRole('button', { name: 'Add by clicking the map' }).click();
    const box = (await page.locator('.range-map').boundingBox())!;
    await page.mouse.click(box.x + box.width * 0.3, box.y + box.height * 0.4);
    await expect(page.locator('.site-list li')).toHaveCount(3);

    // a systems file big enough to be read by the Web Worker (its own script)
    await page.getByText('Add or load systems').click();
    await page.locator('.file-loader input[type=file]').setInputFiles({
      name: 'offline.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(bigSystemsCsv(3000)),
    });
    await page.locator('.file-report').waitFor({ timeout: 30_000 });
    await expect(page.locator('.file-report')).toContainText('offline.csv: 3,000 systems read');

    // a saved scenario file dropped on the map (the drop reader is its own chunk)
    await dropFile(page, SCENARIO_FILE, 'saved.json', 'application/json');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Opened offline');
    await expect(page.locator('.site-list .site-name').first()).toHaveValue('Berlin');

    // Export image: the capture code is its own chunk
    await page.getByRole('button', { name: 'Export image', exact: true }).click();
    const pngDialog = page.getByRole('dialog', { name: 'Export image' });
    await pngDialog.getByRole('radio', { name: '1×' }).check();
    const [png] = await Promise.all([
      page.waitForEvent('download'),
      pngDialog.getByRole('button', { name: 'Download PNG' }).click(),
    ]);
    expect((await downloadBytes(png)).subarray(1, 4).toString()).toBe('PNG');
    await pngDialog.getByRole('button', { name: 'Close' }).click();

    // GeoJSON and KML
    const [geojson] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export GeoJSON' }).click(),
    ]);
    expect(JSON.parse((await downloadBytes(geojson)).toString('utf8')).type).toBe('FeatureCollection');
    const [kml] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export KML' }).click(),
    ]);
    expect((await downloadBytes(kml)).toString('utf8')).toContain('<kml');

    // the Embed dialog
    await page.getByRole('button', { name: 'Embed', exact: true }).click();
    const embedDialog = page.getByRole('dialog', { name: 'Embed this map' });
    expect(await embedDialog.getByRole('textbox', { name: 'HTML to paste' }).inputValue()).toContain(
      '<iframe',
    );
    await page.keyboard.press('Escape');

    // zoomed in, the 1:50m outlines come from their chunk, from the cache (the export's preview, drawn at its
    // own zoom, may have asked for them already)
    for (let i = 0; i < 2; i++) await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect
      .poll(() => fromWorker.some((u) => /_virtual_basemap-50m-.*\.js$/.test(u)), { timeout: 15_000 })
      .toBe(true);

    // the dark theme
    await page.getByText('Title, theme and basemap').click();
    await page.getByLabel('Theme').selectOption('dark');
    await page.locator('.app.theme-dark').waitFor();
    await screenshot(page, 'offline-every-feature');

    // another page of the site, with a query, is itself offline, not the app in its place
    await page.goto(`${inject('appUrl')}embed-example.html?from=offline`);
    expect(await page.title()).toBe('How far they reach — a Range Rings embed example');

    expect(misses).toEqual([]);
    expect(fromWorker.some((u) => /index\.html|\/range-rings\/\?/.test(u))).toBe(true);
    expect(watch.errors).toEqual([]);
    expect(watch.externalRequests).toEqual([]);
    await context.close();
  });
});

describe('a new version', () => {
  // published on a copy of the build served on its own, so that no other test file sees the new version
  const dir = mkdtempSync(join(tmpdir(), 'range-rings-new-version-'));
  const subPath = new URL(inject('appUrl')).pathname;
  let site: ServedPages | undefined;
  beforeAll(async () => {
    cpSync(inject('appDir'), dir, { recursive: true });
    site = await servePages({ [subPath]: dir });
  });
  afterAll(async () => {
    await site?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('is offered with a notice while the open page keeps its own, and "Reload" opens it', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const watch = watchPage(page);
    await page.goto(`${site?.origin}${subPath}?sites=49.99,36.23,Kharkiv&systems=atacms`);
    await page.waitForSelector('.app:not([inert]) .leaflet-rings-pane canvas');
    await whenControlled(page);
    const firstWorker = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL);
    // the site publishes a new version (its service worker changed), and the browser checks for it
    const swFile = join(dir, 'sw.js');
    const published = readFileSync(swFile, 'utf8');
    try {
      writeFileSync(swFile, `${published}\n// the next version\n`);
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
      const notice = page.locator('.notice').filter({ hasText: 'A new version of Range Rings is ready.' });
      await notice.waitFor({ timeout: 15_000 });
      // nothing changes under the open page until the reader says so: the new worker waits
      const waiting = await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        return { waiting: registration?.waiting?.state, active: registration?.active?.state };
      });
      expect(waiting).toEqual({ waiting: 'installed', active: 'activated' });
      await screenshot(page, 'offline-new-version');
      const reloaded = page.waitForEvent('load');
      await notice.getByRole('button', { name: 'Reload' }).click();
      await reloaded;
      await page.waitForSelector('.app:not([inert]) .leaflet-rings-pane canvas');
      const after = await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        return { waiting: registration?.waiting ?? null, active: registration?.active?.state };
      });
      expect(after).toEqual({ waiting: null, active: 'activated' });
      expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toBe(firstWorker);
      // the map came through the reload
      await expect(page.locator('.site-list .site-name').first()).toHaveValue('Kharkiv');
      await expect(page.locator('.notice').filter({ hasText: 'A new version' })).toHaveCount(0);
      expect(watch.errors).toEqual([]);
    } finally {
      writeFileSync(swFile, published);
      await context.close();
    }
  });
});
