// The distance map's centre, as a reader picks it: the "Centre" select appears with the distance map, picking
// a launch point by keyboard re-centres the map there, the link keeps it as centre=N, a bad centre= is named,
// and a story page embedding the map moves the centre with a patch message.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { watchPage } from '../support/launchChromium';
import { screenshot, urlParams } from '../support/openApp';
import { sharedChromium } from '../support/sharedChromium';

const SITES = 'sites=49.9935,36.2304,Kharkiv;54.71,20.51,Kaliningrad;44.6,33.52,Sevastopol&systems=atacms';

let browser: Browser;
let hostServer: Server;
let hostOrigin: string;
beforeAll(async () => {
  browser = await sharedChromium();
  // A story page on another origin than the map's, embedding it in an iframe.
  const page = `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><title>Story</title><iframe title="map" style="width:900px;height:640px;border:0" src="${inject('appUrl')}?embed=1&${SITES.replaceAll('&', '&amp;')}"></iframe>`;
  hostServer = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
  });
  await new Promise<void>((done) => hostServer.listen(0, '127.0.0.1', done));
  hostOrigin = `http://localhost:${(hostServer.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await browser?.close();
  await new Promise((done) => hostServer?.close(done));
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

  it("is moved by a host page's patch: now look from Kaliningrad, then from Sevastopol", async () => {
    const context = await browser.newContext({ viewport: { width: 1000, height: 720 } });
    const page = await context.newPage();
    const watch = watchPage(page);
    const warnings: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
    });
    await page.goto(`${hostOrigin}/story.html`);
    const frame = await (await page.waitForSelector('iframe')).contentFrame();
    if (!frame) throw new Error('no map frame');
    await frame.waitForSelector('.app:not([inert]) .leaflet-rings-pane canvas');
    const patch = (page: Page, fields: unknown) =>
      page.evaluate(
        ({ fields, origin }) =>
          document
            .querySelector('iframe')
            ?.contentWindow?.postMessage({ type: 'range-rings:patch', patch: fields }, origin),
        { fields, origin: new URL(inject('appUrl')).origin },
      );
    const label = () => frame.locator('.distance-view').getAttribute('aria-label');
    // The host may retry until the map has said it is ready: the first patch can race its listener.
    await expect
      .poll(async () => {
        await patch(page, { projection: 'distance', centreSiteId: 's2' });
        return frame.locator('.distance-view').count();
      })
      .toBe(1);
    await expect.poll(label).toMatch(/^Distance map centred on Kaliningrad/);
    await patch(page, { centreSiteId: 's3' });
    await expect.poll(label).toMatch(/^Distance map centred on Sevastopol/);
    await patch(page, { centreSiteId: 'minsk' });
    await expect.poll(label).toMatch(/^Distance map centred on Kharkiv/);
    await expect
      .poll(() => warnings.filter((w) => w.includes('unknown launch point "minsk" ignored')).length)
      .toBe(1);
    expect(watch.errors).toEqual([]);
    await context.close();
  });
});
