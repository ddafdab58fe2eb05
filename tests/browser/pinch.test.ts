// Two fingers on a touch screen, as a phone sends them (Chromium's own touch input, not synthetic events):
// spreading them zooms the globe in and the distance map too, pinching them zooms out, about the same centre.
import type { Browser, CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { watchPage } from '../support/launchChromium';
import { sharedChromium } from '../support/sharedChromium';

const APP_URL = inject('appUrl');

let browser: Browser;

beforeAll(async () => {
  browser = await sharedChromium();
});

afterAll(async () => {
  await browser?.close();
});

interface ViewRead {
  center: string;
  zoom: number;
}

async function readView(page: Page): Promise<ViewRead> {
  return page.evaluate(() => {
    const view = document.querySelector('.projected-view') as HTMLElement;
    return { center: view.dataset.center ?? '', zoom: Number(view.dataset.zoom) };
  });
}

/** The view once it has stopped moving. */
async function still(page: Page): Promise<ViewRead> {
  let before = await readView(page);
  for (let i = 0; i < 40; i++) {
    await page.waitForTimeout(50);
    const now = await readView(page);
    if (now.center === before.center && now.zoom === before.zoom) return now;
    before = now;
  }
  return before;
}

/** Two fingers placed `from` px either side of (x, y), moved in steps to `to` px, then lifted. */
async function twoFingers(cdp: CDPSession, x: number, y: number, from: number, to: number) {
  const points = (d: number) => [
    { x: x - d, y, id: 1 },
    { x: x + d, y, id: 2 },
  ];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: points(from) });
  const steps = 8;
  for (let i = 1; i <= steps; i++) {
    const d = from + ((to - from) * i) / steps;
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: points(d) });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

describe('pinching a true-shape view', () => {
  for (const projection of ['globe', 'distance'] as const) {
    it(`zooms the ${projection === 'globe' ? 'globe' : 'distance map'} in and out with two fingers`, async () => {
      const context = await browser.newContext({
        viewport: { width: 412, height: 860 },
        hasTouch: true,
        isMobile: true,
      });
      const page = await context.newPage();
      const watch = watchPage(page);
      await page.goto(`${APP_URL}?sites=49.9935,36.2304,Kharkiv&systems=tomahawk&projection=${projection}`);
      await page.waitForSelector('.projected-view[data-center]');
      const box = await page.locator('.projected-view').boundingBox();
      if (!box) throw new Error('no view');
      const cdp = await context.newCDPSession(page);
      const start = await still(page);
      const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];

      // spread from 40 to 120 px apart: three times the distance, so about log2(3) ≈ 1.6 zoom levels in
      await twoFingers(cdp, x, y, 20, 60);
      const spread = await still(page);
      expect(spread.zoom - start.zoom).toBeGreaterThan(1.2);
      expect(spread.zoom - start.zoom).toBeLessThan(2);

      // and back: pinched to a third, the zoom returns to where it was
      await twoFingers(cdp, x, y, 60, 20);
      const pinched = await still(page);
      expect(pinched.zoom).toBeCloseTo(start.zoom, 1);
      expect(watch.errors).toEqual([]);
      await context.close();
    });
  }
});
