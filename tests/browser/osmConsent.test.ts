// OpenStreetMap's tiles leave the machine only once the reader agrees: a link, an opened file, a dropped PNG
// and a host page's message may ask for them, and the offline map shows with a prompt until "Load". Tiles are
// answered by a local PNG (page.route): the tests never touch the network.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SCENARIO_PNG_KEYWORD, scenarioFile } from '../../src/export';
import { addPngText } from '../../src/export/pngText';
import { defaultScenario, encodeScenarioUrl, setBasemap, setTitle } from '../../src/scenario';
import { dropFile } from '../support/dropFile';
import { type PageWatch, watchPage } from '../support/launchChromium';
import { screenshot } from '../support/openApp';
import { type HostPages, hostHtml, serveHostPages } from '../support/serveHostPages';
import { sharedChromium } from '../support/sharedChromium';

const APP_URL = inject('appUrl');
const APP_ORIGIN = new URL(APP_URL).origin;
const TILES = 'https://tile.openstreetmap.org/**';
const PROMPT = 'This map asks for OpenStreetMap tiles (online)';
const OSM_SCENARIO = setTitle(
  setBasemap(defaultScenario(['tomahawk', 'eram', 'atacms'].map((id) => ({ id }))), 'osm'),
  'Asks for OSM',
);

let browser: Browser;
// Same site as the app (127.0.0.1, another port), so the embed could reach the app's storage if it tried.
let host: HostPages;
const tile = PNG.sync.write(Object.assign(new PNG({ width: 256, height: 256 }), {}));

beforeAll(async () => {
  browser = await sharedChromium();
  host = await serveHostPages('127.0.0.1');
});

afterAll(async () => {
  await browser?.close();
  await host?.close();
});

interface Opened {
  context: BrowserContext;
  page: Page;
  watch: PageWatch;
  tiles: string[];
}

async function open(url: string, context?: BrowserContext): Promise<Opened> {
  const ctx = context ?? (await browser.newContext({ viewport: { width: 1000, height: 700 } }));
  const page = await ctx.newPage();
  const watch = watchPage(page);
  const tiles: string[] = [];
  await page.route(TILES, (route) => {
    tiles.push(route.request().url());
    return route.fulfill({
      body: tile,
      contentType: 'image/png',
      headers: { 'access-control-allow-origin': '*' },
    });
  });
  await page.goto(url);
  return { context: ctx, page, watch, tiles };
}

const onlineTiles = (page: Page) => page.locator('img.leaflet-tile-loaded');
/** How long a page may take to show its first tiles (a whole page's load, on a busy machine: not expect.poll's 1 s). */
const TILES_SHOWN = { timeout: 15_000 };

/** Nothing has left the machine, and the offline map is drawn, a moment after the map asked for OSM. */
async function expectAskingOffline(page: Page, watch: PageWatch, tiles: string[]) {
  await expect(page.locator('.osm-consent p')).toHaveText(PROMPT);
  await page.waitForSelector('.leaflet-basemap-pane canvas');
  await page.waitForTimeout(300); // tiles, if requested, would be asked for within a frame or two
  expect(watch.externalRequests).toEqual([]);
  expect(tiles).toEqual([]);
  expect(await onlineTiles(page).count()).toBe(0);
}

describe('OpenStreetMap asked for by the scenario', () => {
  it('from a link: the offline map and a prompt; Load fetches tiles, and the origin remembers it', async () => {
    const { context, page, watch, tiles } = await open(`${APP_URL}?basemap=osm`);
    await page.waitForSelector('.app:not([inert]) .leaflet-rings-pane canvas');
    await expectAskingOffline(page, watch, tiles);
    await screenshot(page, 'osm-consent-prompt');
    await page.getByRole('button', { name: 'Load', exact: true }).click();
    await expect.poll(() => onlineTiles(page).count(), TILES_SHOWN).toBeGreaterThan(0);
    await expect(page.getByText(PROMPT)).toHaveCount(0);
    expect(watch.externalRequests.every((u) => u.startsWith('https://tile.openstreetmap.org/'))).toBe(true);
    // the same origin opens another OSM link: no question again
    const again = await open(`${APP_URL}?basemap=osm&units=mi`, context);
    await expect.poll(() => onlineTiles(again.page).count(), TILES_SHOWN).toBeGreaterThan(0);
    await expect(again.page.getByText(PROMPT)).toHaveCount(0);
    expect(watch.errors).toEqual([]);
    await context.close();
  });

  it('from an opened scenario file: asks; "Keep offline" keeps the offline map and says so in the control', async () => {
    const { context, page, watch, tiles } = await open(APP_URL);
    await page.waitForSelector('.app:not([inert]) .leaflet-rings-pane canvas');
    await page.locator('.export input[type=file]').setInputFiles({
      name: 'osm-map.json',
      mimeType: 'application/json',
      buffer: Buffer.from(scenarioFile(OSM_SCENARIO)),
    });
    await expect(page.locator('h1')).toHaveText('Asks for OSM');
    await expectAskingOffline(page, watch, tiles);
    await page.getByRole('button', { name: 'Keep offline' }).click();
    await expect(page.getByText(PROMPT)).toHaveCount(0);
    await page.getByText('Title, theme and basemap').click();
    await expect(page.getByRole('combobox', { name: 'Basemap' })).toHaveValue('offline');
    await page.waitForTimeout(200);
    expect(watch.externalRequests).toEqual([]);
    // choosing OpenStreetMap in the app's own control is the reader's consent
    await page.getByRole('combobox', { name: 'Basemap' }).selectOption('osm');
    await expect.poll(() => onlineTiles(page).count(), TILES_SHOWN).toBeGreaterThan(0);
    await expect(page.getByText(PROMPT)).toHaveCount(0);
    expect(watch.errors).toEqual([]);
    await context.close();
  });

  it('from a dropped PNG: asks before any tile', async () => {
    const { context, page, watch, tiles } = await open(APP_URL);
    await page.waitForSelector('.app:not([inert]) .leaflet-rings-pane canvas');
    const png = addPngText(
      PNG.sync.write(new PNG({ width: 4, height: 4 })),
      SCENARIO_PNG_KEYWORD,
      encodeScenarioUrl(OSM_SCENARIO),
    );
    await dropFile(page, png, 'osm-map.png', 'image/png');
    await expect(page.locator('h1')).toHaveText('Asks for OSM');
    await expectAskingOffline(page, watch, tiles);
    expect(watch.errors).toEqual([]);
    await context.close();
  });

  it("from a host page's message to an embed: asks inside the frame, and remembers only in memory", async () => {
    host.pages.set('/osm-story.html', {
      body: hostHtml(
        `<iframe title="map" style="width:640px;height:460px;border:0" src="${APP_URL}embed.html?sites=50.45,30.5234,Kyiv&systems=atacms"></iframe>`,
      ),
    });
    const { context, page, watch, tiles } = await open(`${host.origin}/osm-story.html`);
    const frame = await (await page.waitForSelector('iframe')).contentFrame();
    if (!frame) throw new Error('no map frame');
    await frame.waitForSelector('.app:not([inert]) .leaflet-rings-pane canvas');
    await page.evaluate(
      (origin) =>
        document
          .querySelector('iframe')
          ?.contentWindow?.postMessage({ type: 'range-rings:patch', patch: { basemap: 'osm' } }, origin),
      APP_ORIGIN,
    );
    await expect(frame.locator('.osm-consent p')).toHaveText(PROMPT);
    await frame.waitForTimeout(300);
    expect(watch.externalRequests).toEqual([]);
    expect(tiles).toEqual([]);
    await screenshot(page, 'osm-consent-embed');
    await frame.getByRole('button', { name: 'Load', exact: true }).click();
    await expect.poll(() => frame.locator('img.leaflet-tile-loaded').count(), TILES_SHOWN).toBeGreaterThan(0);
    // nothing written to the app's storage: the full app on this site still asks
    expect(await frame.evaluate(() => localStorage.getItem('range-rings:osm-consent'))).toBeNull();
    const app = await open(`${APP_URL}?basemap=osm`, context);
    await app.page.waitForSelector('.app:not([inert]) .leaflet-rings-pane canvas');
    await expect(app.page.locator('.osm-consent p')).toHaveText(PROMPT);
    expect(app.tiles).toEqual([]);
    expect(watch.errors).toEqual([]);
    await context.close();
  });
});
