// The distance map keeps where the reader left it: panned with the mouse, zoomed with the wheel and the + and −
// keys, the place in its middle and its zoom go into the link, so a reload, the copied link opened afresh and the
// PNG export's "Use the map as it is" show the same view, rings in the same place on the screen.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { watchPage } from '../support/launchChromium';
import { screenshot } from '../support/openApp';
import { sharedChromium } from '../support/sharedChromium';

const QUERY =
  '?sites=49.9935,36.2304,Kharkiv;41.01,28.98,Istanbul&systems=tomahawk,atacms&projection=distance';
const TOMAHAWK = '#D55E00';
let browser: Browser;
beforeAll(async () => {
  browser = await sharedChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function openView(url: string): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector('.projected-view[data-center]');
  return page;
}

/** The view as the page drew it: its zoom, its shift, and where Tomahawk's ring lies on the screen. */
async function shown(page: Page, selector = '.app-main .distance-view') {
  return page.locator(selector).evaluate((wrap, hex) => {
    const canvas = wrap.querySelector('canvas') as HTMLCanvasElement;
    const { width, height } = canvas;
    const data = (canvas.getContext('2d') as CanvasRenderingContext2D).getImageData(0, 0, width, height).data;
    const want = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
    let [minX, minY, maxX, maxY] = [width, height, -1, -1];
    for (let y = 0; y < height; y++)
      for (let x = 0; x < width; x++) {
        const o = (y * width + x) * 4;
        if (!want.every((v, k) => Math.abs((data[o + k] as number) - v) < 10)) continue;
        minX = Math.min(minX, x);
        maxX = Math.max(maxX, x);
        minY = Math.min(minY, y);
        maxY = Math.max(maxY, y);
      }
    const ratio = width / canvas.getBoundingClientRect().width;
    const [dx, dy] = (wrap.getAttribute('data-offset') ?? '').split(',').map(Number) as [number, number];
    return {
      zoom: Number(wrap.getAttribute('data-zoom')),
      offset: [dx, dy],
      ring: [minX, minY, maxX, maxY].map((v) => Math.round(v / ratio)),
    };
  }, TOMAHAWK);
}

type Shown = Awaited<ReturnType<typeof shown>>;

/** The same view, give or take a pixel (the link keeps the middle's place to 1 m and the zoom to 0.01). */
function expectSameView(actual: Shown, expected: Shown) {
  expect(actual.zoom).toBeCloseTo(expected.zoom, 2);
  actual.offset.forEach((v, i) => {
    expect(Math.abs(v - (expected.offset[i] as number))).toBeLessThan(1);
  });
  actual.ring.forEach((v, i) => {
    expect(Math.abs(v - (expected.ring[i] as number))).toBeLessThanOrEqual(2);
  });
}

const viewInLink = (page: Page) =>
  page.evaluate(() => new URLSearchParams(window.location.search).get('view'));

describe('the distance map’s view', () => {
  it('keeps a pan and zoom made by mouse, wheel and keys in the link, after a reload, in a new tab and the PNG', async () => {
    const page = await openView(`${inject('appUrl')}${QUERY}`);
    const watch = watchPage(page);
    const fitted = await shown(page);
    expect(await viewInLink(page)).toBeNull(); // fitted to the rings: no view of its own yet
    const box = (await page.locator('.app-main .distance-view canvas').boundingBox())!;
    const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
    // a drag, as a hand moves: the map follows the pointer
    await page.mouse.move(x, y);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) await page.mouse.move(x - 18 * i, y + 9 * i);
    await page.mouse.up();
    await expect.poll(() => viewInLink(page)).not.toBeNull();
    const dragged = await shown(page);
    const [[fx, fy], [dx, dy]] = [fitted.offset as [number, number], dragged.offset as [number, number]];
    expect(Math.abs(dx - (fx - 180))).toBeLessThan(1);
    expect(Math.abs(dy - (fy + 90))).toBeLessThan(1);
    // the wheel zooms in, then the keys: + twice and − once
    await page.mouse.move(x, y);
    await page.mouse.wheel(0, -200);
    await expect.poll(async () => (await shown(page)).zoom).toBeGreaterThan(dragged.zoom);
    await page.locator('.app-main .distance-view').focus();
    for (const key of ['+', '+', '-']) await page.keyboard.press(key);
    // the link's zoom and the one on screen read in the same poll, both settled after the keys
    await expect
      .poll(async () => {
        const [inLink, onScreen] = [
          Number((await viewInLink(page))?.split(',')[2]),
          (await shown(page)).zoom,
        ];
        return Math.abs(inLink - onScreen) < 0.005 ? 'the same' : [inLink, onScreen];
      })
      .toBe('the same');
    const left = await shown(page);
    expect(left.zoom).toBeGreaterThan(dragged.zoom + 0.4);
    await screenshot(page, 'distance-view-left');
    const link = page.url();

    await page.reload();
    await page.waitForSelector('.distance-view[data-center]');
    await expect.poll(async () => (await shown(page)).ring[2]).toBeGreaterThan(0);
    expectSameView(await shown(page), left);
    expect(page.url()).toBe(link);

    // the copied link, opened in a new browser (no storage of this tab)
    const copied = await openView(link);
    await expect.poll(async () => (await shown(copied)).ring[2]).toBeGreaterThan(0);
    expectSameView(await shown(copied), left);
    await screenshot(copied, 'distance-view-copied-link');
    await copied.context().close();

    // the PNG export's frame, framed as the screen: the same zoom and shift, so the same place in the middle
    await page.getByRole('button', { name: 'Export image', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Export image' });
    await dialog.getByRole('button', { name: 'Fit the rings' }).click();
    await dialog.getByRole('button', { name: 'Use the map as it is' }).click();
    const frame = dialog.locator('.distance-view');
    await expect.poll(async () => Number(await frame.getAttribute('data-zoom'))).toBeCloseTo(left.zoom, 2);
    const offset = ((await frame.getAttribute('data-offset')) ?? '').split(',').map(Number);
    offset.forEach((v, i) => {
      expect(Math.abs(v - (left.offset[i] as number))).toBeLessThan(1);
    });
    await screenshot(page, 'distance-view-export');
    expect(watch.errors).toEqual([]);
    await page.context().close();
  });

  it('the globe, turned and zoomed, comes back the same after a reload and in the PNG export', async () => {
    const page = await openView(`${inject('appUrl')}${QUERY.replace('distance', 'globe')}`);
    const watch = watchPage(page);
    const globe = page.locator('.app-main .globe-view');
    const box = (await globe.locator('canvas').boundingBox())!;
    const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
    await page.mouse.move(x, y);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) await page.mouse.move(x + 15 * i, y - 6 * i);
    await page.mouse.up();
    await page.mouse.wheel(0, -150);
    await expect.poll(() => viewInLink(page)).not.toBeNull();
    const read = async (view = globe) => [
      await view.getAttribute('data-center'),
      await view.getAttribute('data-zoom'),
    ];
    await expect
      .poll(async () => {
        const [inLink, onScreen] = [
          (await viewInLink(page))?.split(',')[2],
          String(Number((await read())[1])),
        ];
        return inLink === onScreen ? 'the same' : [inLink, onScreen];
      })
      .toBe('the same');
    const left = await read();
    await page.reload();
    await page.waitForSelector('.globe-view[data-center]');
    expect(await read()).toEqual(left);
    await page.getByRole('button', { name: 'Export image', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Export image' });
    await dialog.getByRole('button', { name: 'Fit the rings' }).click();
    await dialog.getByRole('button', { name: 'Use the map as it is' }).click();
    await expect.poll(() => read(dialog.locator('.globe-view'))).toEqual(left);
    expect(watch.errors).toEqual([]);
    await page.context().close();
  });
});
