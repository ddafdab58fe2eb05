// While a launch point is dragged in a real Chromium, the other points' markers and names are shown by a picture
// (src/map/pictureStillMarkers.ts): read where a person reads them, on the screen, against the page's own
// drawing of them before the press, in the light and the dark theme; given back to the page on the drop, and
// when the map pans under the drag.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pixelmatch from 'pixelmatch';
import type { Browser, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, SCREENSHOTS } from '../support/openApp';
import { sharedChromium } from '../support/sharedChromium';

let browser: Browser;
beforeAll(async () => {
  browser = await sharedChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** Twelve points in a block, and a thirteenth (the one dragged) well east of them. */
const BLOCK = Array.from(
  { length: 12 },
  (_, i) => `${(46 + (i % 4) * 1.2).toFixed(2)},${(20 + Math.floor(i / 4) * 2.5).toFixed(2)},P${i + 1}`,
);
const QUERY = `?sites=${[...BLOCK, '47.00,36.00,Far'].join(';')}&systems=atacms&view=47.5,30,6`;

/**
 * pixelmatch's colour threshold, and the share of the block's pixels that may differ: measured 0.00 % (light)
 * and 0.01 % (dark), the soft edge of a name's shadow (a canvas's blur and a CSS box-shadow's differ by a level
 * here and there); the same picture one pixel to the side differs by about 3 %.
 */
const PIXEL_THRESHOLD = 0.2;
const MAX_MISMATCH = 0.003;

async function blockShot(page: Page, clip: { x: number; y: number; width: number; height: number }) {
  return PNG.sync.read(await page.screenshot({ clip }));
}

/** The pixels of columns [from, to) of `png`, row by row. */
function columns(png: PNG, from: number, to: number): Buffer {
  const out = Buffer.alloc((to - from) * png.height * 4);
  for (let y = 0; y < png.height; y++)
    png.data.copy(out, y * (to - from) * 4, (y * png.width + from) * 4, (y * png.width + to) * 4);
  return out;
}

/** The screen box around the block's markers and names, from where the page lays them out. */
async function blockClip(page: Page) {
  const boxes = await page.evaluate(() =>
    [...document.querySelectorAll('.launch-marker, .site-label')]
      .filter((el) => !/Far/.test(el.textContent ?? '') && !/Far/.test(el.getAttribute('title') ?? ''))
      .map((el) => el.getBoundingClientRect().toJSON() as DOMRect),
  );
  const left = Math.min(...boxes.map((b) => b.left)) - 6;
  const top = Math.min(...boxes.map((b) => b.top)) - 6;
  const right = Math.max(...boxes.map((b) => b.right)) + 6;
  const bottom = Math.max(...boxes.map((b) => b.bottom)) + 6;
  return {
    x: Math.floor(left),
    y: Math.floor(top),
    width: Math.ceil(right - left),
    height: Math.ceil(bottom - top),
  };
}

/** The centre of the launch point that is dragged, well east of the block. */
async function farCentre(page: Page): Promise<{ x: number; y: number }> {
  const box = (await page.getByRole('button', { name: /Launch point Far/ }).boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** What the page shows of the launch points: elements hidden for the picture, pictures, those shown. */
const shown = (page: Page) =>
  page.evaluate(() => {
    const visible = (selector: string) =>
      [...document.querySelectorAll(selector)].filter((el) => getComputedStyle(el).visibility === 'visible')
        .length;
    return {
      pictured: document.querySelectorAll('.still-pictured').length,
      pictures: document.querySelectorAll('img.still-markers').length,
      markersShown: visible('.launch-marker'),
      namesShown: visible('.site-label'),
    };
  });

describe('the other launch points while one is dragged', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`look as they did before the press (${theme} theme), and are the page's again on the drop`, async () => {
      const { page, watch } = await openApp(browser, `${QUERY}${theme === 'dark' ? '&theme=dark' : ''}`);
      await expect.poll(() => page.locator('.site-label').count()).toBe(13);
      const clip = await blockClip(page);
      const before = await blockShot(page, clip);

      const { x, y } = await farCentre(page);
      await page.mouse.move(x, y);
      await page.mouse.down();
      for (let i = 1; i <= 10; i++) await page.mouse.move(x - 4 * i, y + 6 * i);
      // the twelve markers and their names are hidden, one picture shows them
      await expect
        .poll(() => shown(page))
        .toEqual({ pictured: 24, pictures: 1, markersShown: 1, namesShown: 1 });
      const during = await blockShot(page, clip);
      const diff = new PNG({ width: before.width, height: before.height });
      const differing = pixelmatch(before.data, during.data, diff.data, before.width, before.height, {
        threshold: PIXEL_THRESHOLD,
      });
      writeFileSync(join(SCREENSHOTS, `still-markers-${theme}-diff.png`), PNG.sync.write(diff));
      const share = differing / (before.width * before.height);
      console.info(
        `the block's markers and names pictured (${theme}): ${(share * 100).toFixed(2)} % of pixels differ`,
      );
      expect(share).toBeLessThanOrEqual(MAX_MISMATCH);
      // and the same measure tells a picture one pixel off: the before and during images a column apart
      const shifted = pixelmatch(
        columns(before, 1, before.width),
        columns(during, 0, before.width - 1),
        null,
        before.width - 1,
        before.height,
        { threshold: PIXEL_THRESHOLD },
      );
      expect(shifted / (before.width * before.height)).toBeGreaterThan(5 * MAX_MISMATCH);

      await page.mouse.up();
      await expect
        .poll(() => shown(page))
        .toEqual({ pictured: 0, pictures: 0, markersShown: 13, namesShown: 13 });
      const after = await blockShot(page, clip);
      expect(
        pixelmatch(before.data, after.data, null, before.width, before.height, {
          threshold: PIXEL_THRESHOLD,
        }),
      ).toBe(0);
      expect(watch.errors).toEqual([]);
      await page.context().close();
    });
  }

  it('are the page’s again when the map pans under the drag, and when the press was a click', async () => {
    const { page, watch } = await openApp(browser, QUERY);
    await expect.poll(() => page.locator('.site-label').count()).toBe(13);
    const { x, y } = await farCentre(page);

    // a click: pressed and let go where it was
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.waitForTimeout(100);
    await page.mouse.up();
    await expect
      .poll(() => shown(page))
      .toEqual({ pictured: 0, pictures: 0, markersShown: 13, namesShown: 13 });

    await page.mouse.down();
    await page.mouse.move(x + 10, y + 10);
    await expect.poll(() => shown(page)).toMatchObject({ pictured: 24, pictures: 1 });
    // held near the map's right edge, the map pans along: the picture, of the view it was made in, goes
    const map = (await page.locator('.leaflet-container').boundingBox())!;
    await page.mouse.move(map.x + map.width - 10, y + 10, { steps: 5 });
    await expect
      .poll(() => shown(page))
      .toEqual({ pictured: 0, pictures: 0, markersShown: 13, namesShown: 13 });
    await page.mouse.up();
    expect(watch.errors).toEqual([]);
    await page.context().close();
  });
});
