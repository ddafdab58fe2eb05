// The globe exported in a real Chromium: the social card's PNG holds every ring's outline, and the link in its
// text names the globe.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPngText } from '../../src/export/pngText';
import { SCENARIO_PNG_KEYWORD } from '../../src/export/scenarioFromPng';
import { SCREENSHOTS } from '../support/openApp';
import { COLOURS, openGlobe, settled } from '../support/openGlobe';
import { countColour } from '../support/pngPixels';
import { downloadBytes, sharedChromium } from '../support/sharedChromium';

let browser: Browser;

beforeAll(async () => {
  browser = await sharedChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe('the globe, exported', () => {
  it('downloads a social card of the globe with its rings, and the link names the view', async () => {
    const { page, watch } = await openGlobe(browser, '?projection=globe');
    await settled(page);
    await page.getByRole('button', { name: 'Export image', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Export image' });
    await dialog.getByLabel('Size').selectOption('social');
    await dialog.getByRole('radio', { name: '1×' }).check();
    await dialog.locator('.projected-view[data-basemap="50m"]').waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Download PNG' }).click(),
    ]);
    const bytes = await downloadBytes(download);
    writeFileSync(join(SCREENSHOTS, 'globe-export-social.png'), bytes);
    const png = PNG.sync.read(bytes);
    expect([png.width, png.height]).toEqual([1200, 675]);
    expect(readPngText(new Uint8Array(bytes), SCENARIO_PNG_KEYWORD)).toMatch(/&projection=globe$/);
    // each ring's outline, not only its legend swatch: a ring a few hundred pixels across
    const count = (hex: string) => countColour(png, hex, 0, png.height, 15);
    expect(count(COLOURS.tomahawk)).toBeGreaterThan(1500);
    expect(count(COLOURS.eram)).toBeGreaterThan(400);
    expect(count(COLOURS.atacms)).toBeGreaterThan(300);
    expect(watch.errors).toEqual([]);
    await page.context().close();
  });

  it("frames the rings of a distance map whose link sets a view elsewhere, as the map's export does", async () => {
    // zoom 6 over Belarus: Kharkiv's Tomahawk ring, 1,600 km across, would run far past a card framed there
    const { page, watch } = await openGlobe(browser, '?projection=distance&view=53,28,6');
    await settled(page);
    await page.getByRole('button', { name: 'Export image', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Export image' });
    await dialog.getByLabel('Size').selectOption('social');
    await dialog.getByRole('radio', { name: '1×' }).check();
    const frame = dialog.locator('.projected-view[data-basemap="50m"]');
    await frame.waitFor();
    const framing = async () => {
      const read = async () => [
        await frame.getAttribute('data-center'),
        await frame.getAttribute('data-zoom'),
      ];
      let before = await read();
      for (;;) {
        await page.waitForTimeout(200);
        const now = await read();
        if (now.join() === before.join()) return now;
        before = now;
      }
    };
    const first = await framing();
    expect(Number(first[1])).toBeLessThan(5);
    // the first framing is the rings fitted
    await dialog.getByRole('button', { name: 'Fit the rings' }).click();
    expect(await framing()).toEqual(first);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Download PNG' }).click(),
    ]);
    const bytes = await downloadBytes(download);
    writeFileSync(join(SCREENSHOTS, 'distance-export-view-set.png'), bytes);
    const png = PNG.sync.read(bytes);
    const n = countColour(png, COLOURS.tomahawk, 0, png.height, 15);
    expect(n).toBeGreaterThan(1500); // the whole outline, not an arc of it
    // "Use the map as it is" still takes the view on screen, and a frame so set keeps it at another size
    await dialog.getByRole('button', { name: 'Use the map as it is' }).click();
    const screen = await framing();
    expect(Number(screen[1])).toBeGreaterThan(5);
    await dialog.getByLabel('Size').selectOption('square');
    expect(await framing()).toEqual(screen);
    // the rings fitted again, a new shape fits them again: back to the social card, its own fit
    await dialog.getByRole('button', { name: 'Fit the rings' }).click();
    expect(await framing()).not.toEqual(screen);
    await dialog.getByLabel('Size').selectOption('social');
    expect(await framing()).toEqual(first);
    expect(watch.errors).toEqual([]);
    await page.context().close();
  });
});
