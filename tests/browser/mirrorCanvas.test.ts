// The basemap's canvas shown by a copy (mirrorCanvas) in a real Chromium, once the map is up: what the page shows
// is, pixel for pixel, what was drawn on the canvas, where the canvas is, at first, after a zoom, a pan and a
// change of theme; the canvas drawn on is transparent under it, and a click on the map still reaches the map.
import type { Browser, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp } from '../support/openApp';
import { countColour } from '../support/pngPixels';
import { sharedChromium } from '../support/sharedChromium';

let browser: Browser;
beforeAll(async () => {
  browser = await sharedChromium();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * The basemap pane's canvas drawn on and the copy the page shows: their boxes on the page, the drawn canvas's
 * opacity, and how many of their pixels differ (each read into a canvas of the drawn one's size).
 */
async function copyAndCanvas(page: Page) {
  return page.evaluate(() => {
    const [drawn, shown] = document.querySelectorAll<HTMLCanvasElement>('.leaflet-basemap-pane > canvas');
    // the copy is made once the map is up and the page idle
    if (!drawn || !shown) return null;
    const pixels = (c: HTMLCanvasElement) => {
      const scratch = document.createElement('canvas');
      scratch.width = drawn.width;
      scratch.height = drawn.height;
      const ctx = scratch.getContext('2d', { willReadFrequently: true }) as CanvasRenderingContext2D;
      ctx.drawImage(c, 0, 0);
      return ctx.getImageData(0, 0, scratch.width, scratch.height).data;
    };
    const a = pixels(drawn);
    const b = pixels(shown);
    let differ = 0;
    let inked = 0;
    for (let i = 0; i < a.length; i += 4) {
      if (a[i + 3] !== 0) inked++;
      if (a[i] !== b[i] || a[i + 1] !== b[i + 1] || a[i + 2] !== b[i + 2] || a[i + 3] !== b[i + 3]) differ++;
    }
    const box = (c: HTMLCanvasElement) => {
      const r = c.getBoundingClientRect();
      return [r.left, r.top, r.width, r.height].map(Math.round);
    };
    return {
      differ,
      inked,
      drawnBox: box(drawn),
      shownBox: box(shown),
      drawnOpacity: getComputedStyle(drawn).opacity,
      shownOpacity: getComputedStyle(shown).opacity,
      shownTakesPointer: getComputedStyle(shown).pointerEvents !== 'none',
    };
  });
}

async function expectShownAsDrawn(page: Page) {
  await expect
    .poll(async () => {
      const seen = await copyAndCanvas(page);
      return seen !== null && seen.differ === 0 && seen.drawnBox.join() === seen.shownBox.join();
    })
    .toBe(true);
  const seen = (await copyAndCanvas(page)) as NonNullable<Awaited<ReturnType<typeof copyAndCanvas>>>;
  expect(seen.inked).toBeGreaterThan(10_000); // land drawn, not an empty canvas
  expect(seen.drawnOpacity).toBe('0');
  expect(seen.shownOpacity).toBe('1');
  expect(seen.shownTakesPointer).toBe(false);
  return seen;
}

/**
 * Logs, in the page, each task's first drawing on the basemap's canvas, the next animation frame after it, and
 * each copy of it handed to the page, in the order they came; the log starts once nothing has come for a while (a
 * copy the page had pending, from a drawing before it, is not the next drawing's).
 */
async function logCopies(page: Page) {
  await page.evaluate(() => {
    const log: string[] = [];
    (window as unknown as { copyLog: string[] }).copyLog = log;
    const drawn = document.querySelector<HTMLCanvasElement>(
      '.leaflet-basemap-pane > canvas',
    ) as HTMLCanvasElement;
    const ctx = drawn.getContext('2d') as CanvasRenderingContext2D;
    let noted = false;
    const note = () => {
      if (noted) return;
      noted = true;
      log.push('draw');
      requestAnimationFrame(() => log.push('frame'));
      setTimeout(() => {
        noted = false;
      });
    };
    for (const name of ['fill', 'stroke'] as const) {
      const own = ctx[name].bind(ctx) as (...args: unknown[]) => void;
      (ctx as unknown as Record<string, unknown>)[name] = (...args: unknown[]) => {
        note();
        own(...args);
      };
    }
    const proto = ImageBitmapRenderingContext.prototype;
    const transfer = proto.transferFromImageBitmap;
    proto.transferFromImageBitmap = function (this: ImageBitmapRenderingContext, bitmap: ImageBitmap | null) {
      // the basemap's copy only (another canvas's copy is not this test's)
      const to = this.canvas;
      if (to instanceof HTMLCanvasElement && to !== drawn && to.parentElement === drawn.parentElement)
        log.push('copy');
      transfer.call(this, bitmap);
    };
  });
  const logged = () => page.evaluate(() => (window as unknown as { copyLog: string[] }).copyLog.join(' '));
  const clear = () => page.evaluate(() => (window as unknown as { copyLog: string[] }).copyLog.splice(0));
  let before = await logged();
  for (;;) {
    await page.waitForTimeout(400);
    const now = await logged();
    if (now === before) break;
    before = now;
  }
  await clear();
  return { logged, clear };
}

describe("the basemap's canvas, shown by a copy", () => {
  it('shows what was drawn, where it was drawn, after a zoom, a pan and a change of theme', async () => {
    const { page, watch } = await openApp(browser, '?sites=48.5,33,Alone&systems=atacms&view=48.5,33,5');
    await expectShownAsDrawn(page);

    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expectShownAsDrawn(page);

    const map = (await page.locator('.range-map').boundingBox())!;
    await page.mouse.move(map.x + 200, map.y + 200);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) await page.mouse.move(map.x + 200 + 15 * i, map.y + 200 + 8 * i);
    await page.mouse.up();
    await expectShownAsDrawn(page);

    const light = await page.evaluate(() => {
      const shown = document.querySelectorAll<HTMLCanvasElement>('.leaflet-basemap-pane > canvas')[1];
      return shown?.toDataURL();
    });
    await page.getByText('Title, theme and basemap').click();
    await page.getByLabel('Theme').selectOption('dark');
    await expectShownAsDrawn(page);
    const dark = await page.evaluate(() => {
      const shown = document.querySelectorAll<HTMLCanvasElement>('.leaflet-basemap-pane > canvas')[1];
      return shown?.toDataURL();
    });
    expect(dark).not.toBe(light);
    expect(watch.errors).toEqual([]);
    await page.context().close();
  });

  it("copies a theme's drawing and a moved one's before their frame", async () => {
    const { page, watch } = await openApp(browser, '?sites=48.5,33,Alone&systems=atacms&view=48.5,33,5');
    await expectShownAsDrawn(page);
    const { logged, clear } = await logCopies(page);

    // a change of theme draws the land again where it was, and the sea and the names change in the frame of
    // the input: the copy takes the new land before that frame too
    await page.getByText('Title, theme and basemap').click();
    await page.getByLabel('Theme').selectOption('dark');
    await expect.poll(logged).toMatch(/copy/);
    await expectShownAsDrawn(page);
    const theme = await logged();
    expect(theme).toMatch(/^draw copy/);
    expect(theme).not.toMatch(/draw frame/);
    await clear();

    // a zoom's end moves the canvas and draws on it again: the copy shows the new picture in that frame
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(logged).toMatch(/draw/);
    await expectShownAsDrawn(page);
    const zoom = await logged();
    // every drawing of the zoom's end was copied before the frame after it
    expect(zoom).toMatch(/draw copy/);
    expect(zoom).not.toMatch(/draw frame/);
    expect(watch.errors).toEqual([]);
    await page.context().close();
  });

  it('copies a drawing that leaves the canvas in place after its frame: the finer outlines arriving', async () => {
    // at zoom 3 the map has the 1:110m outlines; a zoom to 4 draws them at once and asks for the 1:50m ones
    const { page, watch } = await openApp(browser, '?sites=48.5,33,Alone&systems=atacms&view=48.5,33,3');
    await expectShownAsDrawn(page);
    const { logged } = await logCopies(page);
    await page.getByRole('button', { name: 'Zoom in' }).click();
    // the zoom's end (moved: copied before its frame), then the 1:50m outlines drawn where the canvas is
    await expect.poll(logged, { timeout: 15_000 }).toMatch(/^draw copy.* draw frame copy/);
    await expectShownAsDrawn(page);
    expect(watch.errors).toEqual([]);
    await page.context().close();
  });

  it('lets a click through to the map: a click adds a launch point there', async () => {
    const { page, watch } = await openApp(browser, '?sites=48.5,33,Alone&systems=atacms&view=48.5,33,5');
    const markers = page.locator('.launch-marker');
    await expect(markers).toHaveCount(1);
    await page.getByRole('button', { name: 'Add by clicking the map' }).click();
    const map = (await page.locator('.range-map').boundingBox())!;
    // the map's top right, away from the ring and the controls, where the basemap's copy is on top of its pane
    await page.mouse.click(map.x + map.width - 120, map.y + 140);
    await expect(markers).toHaveCount(2);
    expect(watch.errors).toEqual([]);
    await page.context().close();
  });

  it("shows the other points' rings by a copy while one is dragged, and the canvas again on the drop", async () => {
    const { page, watch } = await openApp(
      browser,
      '?sites=50.45,30.52,Kyiv;49.99,36.23,Kharkiv;46.48,30.72,Odesa&systems=atacms&view=48.5,33,6',
    );
    const ringsPane = () =>
      page.evaluate(() => {
        const canvases = [...document.querySelectorAll<HTMLCanvasElement>('.leaflet-rings-pane > canvas')];
        return canvases.map((c) => ({
          copy: c.classList.contains('png-export-leave-out'),
          opacity: getComputedStyle(c).opacity,
        }));
      });
    // the rings' colour on the screen, as a reader sees the map
    const ringInk = async () => {
      const png = PNG.sync.read(await page.locator('.range-map').screenshot());
      return countColour(png, '#009E73', 0, png.height, 20);
    };
    expect(await ringsPane()).toEqual([{ copy: false, opacity: '1' }]);
    const before = await ringInk();
    const box = (await page.getByRole('button', { name: /Launch point Kharkiv/ }).boundingBox())!;
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    await page.mouse.move(x, y);
    await page.mouse.down();
    for (let i = 1; i <= 6; i++) await page.mouse.move(x - 4 * i, y + 2 * i);
    await expect.poll(ringsPane).toEqual([
      { copy: false, opacity: '0' },
      { copy: true, opacity: '1' },
    ]);
    // Kyiv's and Odesa's rings from the copy, Kharkiv's from its SVG: three rings on the screen, as before
    const during = await ringInk();
    expect(Math.abs(during - before) / before).toBeLessThan(0.1);
    await page.mouse.up();
    await expect.poll(ringsPane).toEqual([{ copy: false, opacity: '1' }]);
    // the same three rings, Kharkiv's on the canvas again where it was dropped
    const after = await ringInk();
    expect(Math.abs(after - during) / during).toBeLessThan(0.1);
    expect(watch.errors).toEqual([]);
    await page.context().close();
  });
});
