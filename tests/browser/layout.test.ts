// The app fills the window exactly and only the panel scrolls; the map is redrawn whenever its container
// changes size (panel hidden or shown, window resized from desktop to phone and back), on screen and in the PNG.
import type { Browser, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { bigSystemsCsv } from '../support/bigSystemsCsv';
import { openApp, screenshot } from '../support/openApp';
import { downloadBytes, sharedChromium } from '../support/sharedChromium';

let browser: Browser;
beforeAll(async () => {
  browser = await sharedChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** How tall the page is, against the window: equal when nothing but the panel scrolls. */
const pageHeight = (page: Page) =>
  page.evaluate(() => ({
    scrollHeight: document.scrollingElement?.scrollHeight ?? 0,
    scrollWidth: document.scrollingElement?.scrollWidth ?? 0,
    windowHeight: window.innerHeight,
    windowWidth: window.innerWidth,
  }));

/** The map container's box and, for each canvas pane (basemap, rings), whether its canvas covers that box. */
const mapCover = (page: Pick<Page, 'evaluate'>) =>
  page.evaluate(() => {
    const map = (document.querySelector('.range-map') as HTMLElement).getBoundingClientRect();
    const covers = ['.leaflet-basemap-pane canvas', '.leaflet-rings-pane canvas'].map((selector) => {
      const c = (document.querySelector(selector) as HTMLElement).getBoundingClientRect();
      return (
        c.left <= map.left + 1 &&
        c.top <= map.top + 1 &&
        c.right >= map.right - 1 &&
        c.bottom >= map.bottom - 1
      );
    });
    return { left: map.left, top: map.top, width: map.width, bottom: map.bottom, covers };
  });

/** Distinct colours in a strip of the screen: an undrawn strip is one flat colour, a drawn map has many. */
async function coloursIn(page: Page, clip: { x: number; y: number; width: number; height: number }) {
  const png = PNG.sync.read(await page.screenshot({ clip }));
  const seen = new Set<number>();
  for (let i = 0; i < png.data.length; i += 4)
    seen.add(
      ((png.data[i] as number) << 16) | ((png.data[i + 1] as number) << 8) | (png.data[i + 2] as number),
    );
  return seen.size;
}

describe('layout', () => {
  it('fills an 800-px window exactly; hiding the panel gives its strip to the map, drawn, and back', async () => {
    const { page, watch } = await openApp(browser);
    expect(await pageHeight(page)).toEqual({
      scrollHeight: 800,
      scrollWidth: 1280,
      windowHeight: 800,
      windowWidth: 1280,
    });
    const before = await mapCover(page);
    expect(before.covers).toEqual([true, true]);
    await page.getByRole('button', { name: 'Hide panel' }).click();
    await expect.poll(async () => (await mapCover(page)).width).toBe(1280);
    await expect.poll(async () => (await mapCover(page)).covers).toEqual([true, true]);
    // the strip the panel left is drawn: countries and borders, not an empty band
    const strip = { x: before.width + 10, y: before.top + 20, width: 1280 - before.width - 20, height: 300 };
    expect(await coloursIn(page, strip)).toBeGreaterThan(20);
    await screenshot(page, 'layout-panel-hidden');
    expect((await pageHeight(page)).scrollHeight).toBe(800);
    await page.getByRole('button', { name: 'Show panel' }).click();
    await expect.poll(async () => (await mapCover(page)).width).toBe(before.width);
    await expect.poll(async () => (await mapCover(page)).covers).toEqual([true, true]);
    expect(watch.errors).toEqual([]);
  });

  it('follows the window from desktop to phone and back; on a phone the hidden panel leaves the map the height', async () => {
    const { page, watch } = await openApp(browser);
    await page.setViewportSize({ width: 390, height: 844 });
    await expect.poll(async () => (await mapCover(page)).width).toBe(390);
    expect(await pageHeight(page)).toEqual({
      scrollHeight: 844,
      scrollWidth: 390,
      windowHeight: 844,
      windowWidth: 390,
    });
    await expect.poll(async () => (await mapCover(page)).covers).toEqual([true, true]);
    await page.getByRole('button', { name: 'Hide panel' }).click();
    await expect.poll(async () => (await mapCover(page)).bottom).toBe(844);
    await expect.poll(async () => (await mapCover(page)).covers).toEqual([true, true]);
    const map = await mapCover(page);
    expect(await coloursIn(page, { x: 20, y: 700, width: 350, height: 100 })).toBeGreaterThan(20);
    await screenshot(page, 'layout-phone-panel-hidden');
    expect((await pageHeight(page)).scrollHeight).toBe(844);
    await page.getByRole('button', { name: 'Show panel' }).click();
    await expect.poll(async () => (await mapCover(page)).bottom).toBeLessThan(map.bottom - 100);
    await page.setViewportSize({ width: 1280, height: 800 });
    await expect.poll(async () => (await mapCover(page)).width).toBe(920);
    await expect.poll(async () => (await mapCover(page)).covers).toEqual([true, true]);
    expect(await pageHeight(page)).toEqual({
      scrollHeight: 800,
      scrollWidth: 1280,
      windowHeight: 800,
      windowWidth: 1280,
    });
    expect(watch.errors).toEqual([]);
  });

  it("keeps each system's name whole on its line at every width, and a name longer than a line inside the panel", async () => {
    const long = 'Longrangeprecisionstrikemissileincrement2';
    const { page, watch } = await openApp(
      browser,
      `?custom=${long}:900km&systems=tomahawk,eram,atacms,custom-${long.toLowerCase()}`,
    );
    for (const width of [390, 700, 900, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      await expect.poll(async () => (await mapCover(page)).covers).toEqual([true, true]);
      const names = await page.locator('.system-list .name').evaluateAll((els) => {
        const panel = (document.querySelector('.side-panel') as HTMLElement).getBoundingClientRect();
        return els.map((el) => ({
          name: el.textContent,
          lines: new Set([...el.getClientRects()].map((r) => Math.round(r.top))).size,
          inside: el.getBoundingClientRect().right <= panel.right + 0.5,
        }));
      });
      for (const { name, lines, inside } of names) {
        expect(inside, `${name} at ${width} px`).toBe(true);
        if (name !== long) expect(lines, `${name} at ${width} px`).toBe(1);
      }
    }
    await screenshot(page, 'layout-system-names');
    expect(watch.errors).toEqual([]);
  });

  it('keeps the page still when a systems file with many problems is loaded: only the panel scrolls', async () => {
    for (const viewport of [
      { width: 1280, height: 800 },
      { width: 390, height: 844 },
    ]) {
      const { page, watch } = await openApp(browser, '', viewport);
      const header = await page.locator('.app-header').boundingBox();
      await page.getByText('Add or load systems').click();
      const csv = bigSystemsCsv(120, (row) => row % 10 !== 0);
      await page
        .locator('.file-loader input[type=file]')
        .setInputFiles({ name: 'many-problems.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
      await expect(page.locator('.file-report')).toContainText('many-problems.csv');
      await expect(page.locator('.file-report')).toContainText(/errors/);
      expect((await pageHeight(page)).scrollHeight).toBe(viewport.height);
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      expect(await page.locator('.app-header').boundingBox()).toEqual(header);
      const panel = await page.evaluate(() => {
        const el = document.querySelector('.side-panel') as HTMLElement;
        return { scrollHeight: el.scrollHeight, clientHeight: el.clientHeight };
      });
      expect(panel.scrollHeight).toBeGreaterThan(panel.clientHeight); // the panel scrolls, inside itself
      if (viewport.width === 390) await screenshot(page, 'layout-phone-many-problems');
      expect(watch.errors).toEqual([]);
      await page.context().close();
    }
  });

  it('exports the map the hidden panel widened, drawn to its right edge', async () => {
    const { page, watch } = await openApp(browser);
    await page.getByRole('button', { name: 'Hide panel' }).click();
    await expect.poll(async () => (await mapCover(page)).covers).toEqual([true, true]);
    await expect.poll(async () => (await mapCover(page)).width).toBe(1280);
    await page.getByRole('button', { name: 'Export image', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Export image' });
    await dialog.getByRole('radio', { name: '1×' }).check();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Download PNG' }).click(),
    ]);
    const png = PNG.sync.read(await downloadBytes(download));
    expect(png.width).toBe(1280);
    // the right quarter of the image, across its middle (the map): drawn, not one flat colour
    const seen = new Set<number>();
    for (let y = Math.round(png.height * 0.35); y < png.height * 0.55; y++)
      for (let x = 960; x < 1270; x++) {
        const o = (y * png.width + x) * 4;
        seen.add(
          ((png.data[o] as number) << 16) | ((png.data[o + 1] as number) << 8) | (png.data[o + 2] as number),
        );
      }
    expect(seen.size).toBeGreaterThan(20);
    expect(watch.errors).toEqual([]);
  });

  it('redraws an embedded map when the host page resizes its iframe', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    // a host page on the app's own origin, served by the test itself (no network)
    await context.route('**/resize-host.html', (route) =>
      route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: '<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><title>Story</title><iframe title="map" style="width:500px;height:420px;border:0" src="./?embed=1&sites=49.9935,36.2304,Kharkiv&systems=atacms"></iframe>',
      }),
    );
    const page = await context.newPage();
    await page.goto(`${inject('appUrl')}resize-host.html`);
    const frame = page.frames().find((f) => f !== page.mainFrame());
    if (!frame) throw new Error('no iframe');
    await frame.waitForSelector('.app:not([inert]) .leaflet-rings-pane canvas');
    await expect.poll(async () => (await mapCover(frame)).covers).toEqual([true, true]);
    const narrow = (await mapCover(frame)).width;
    await page.evaluate(() => {
      (document.querySelector('iframe') as HTMLIFrameElement).style.width = '900px';
    });
    await expect.poll(async () => (await mapCover(frame)).width).toBeGreaterThan(narrow + 300);
    await expect.poll(async () => (await mapCover(frame)).covers).toEqual([true, true]);
    await context.close();
  });
});
