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
    const count = (hex: string) => {
      const want = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
      let n = 0;
      for (let o = 0; o < png.data.length; o += 4)
        if (want.every((v, k) => Math.abs((png.data[o + k] as number) - v) < 16)) n++;
      return n;
    };
    expect(count(COLOURS.tomahawk)).toBeGreaterThan(1500);
    expect(count(COLOURS.eram)).toBeGreaterThan(400);
    expect(count(COLOURS.atacms)).toBeGreaterThan(300);
    expect(watch.errors).toEqual([]);
    await page.context().close();
  });
});
