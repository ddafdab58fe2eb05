// Touch, in a real Chromium with a touch screen: tap to add a launch point, drag one with a finger.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { urlParams } from '../support/openApp';
import { sharedChromium } from '../support/sharedChromium';

let browser: Browser;
beforeAll(async () => {
  browser = await sharedChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('touch', () => {
  it('adds a launch point with a tap and moves one with a finger', async () => {
    const context = await browser.newContext({
      viewport: { width: 390, height: 800 },
      hasTouch: true,
      isMobile: true,
    });
    const page = await context.newPage();
    await page.goto(inject('appUrl'));
    await page.waitForSelector('.app:not([inert]) .leaflet-rings-pane canvas');
    await page.getByRole('button', { name: 'Add by clicking the map' }).tap();
    const map = (await page.locator('.range-map').boundingBox())!;
    await page.touchscreen.tap(map.x + map.width * 0.3, map.y + map.height * 0.3);
    await expect(page.locator('.site-list li')).toHaveCount(2);

    // a finger drag of the first launch point, through touch events as a phone sends them
    const lonOf = async () => Number((await urlParams(page)).sites?.split(';')[0]?.split(',')[1]);
    const lonBefore = await lonOf();
    const marker = (await page.locator('.launch-marker').first().boundingBox())!;
    const x = marker.x + marker.width / 2;
    const y = marker.y + marker.height / 2;
    const cdp = await context.newCDPSession(page);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', px: number) =>
      cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x: px, y }] });
    await touch('touchStart', x);
    for (let i = 1; i <= 8; i++) await touch('touchMove', x - 5 * i);
    await touch('touchEnd', x - 40);
    // the point moved west with the finger (the rings follow it as they do with a mouse: see launchPoints)
    await expect.poll(lonOf).toBeLessThan(lonBefore - 0.5);
    expect((await urlParams(page)).sites?.split(';')).toHaveLength(2);
    await context.close();
  });
});
