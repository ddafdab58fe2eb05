// The globe in a real Chromium turned by hand: dragged (with inertia, none for reduced motion), the wheel and
// "Fit rings", and the arrow keys and + and −; the view it is left at goes into the link.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dragOnPageClock } from '../support/dragOnPageClock';
import { screenshot, urlParams } from '../support/openApp';
import { openGlobe, readView, settled } from '../support/openGlobe';
import { sharedChromium } from '../support/sharedChromium';

let browser: Browser;

beforeAll(async () => {
  browser = await sharedChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe('the globe', () => {
  it('turns when dragged, glides on after a fling, and writes its centre to the link', async () => {
    const { page, watch } = await openGlobe(browser, '?projection=globe');
    const start = await settled(page);
    const box = await page.locator('.projected-view').boundingBox();
    if (!box) throw new Error('no globe');
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    // moves a frame apart and let go a frame after the last, by the page's clock: a fling however busy the
    // machine; the view is read as the last move left it, before the button is let go
    let released = start;
    expect((await urlParams(page)).view).toBeUndefined();
    await dragOnPageClock(page, [x, y], [-150, 40], 6, async () => {
      released = await readView(page);
    });
    expect(released.center[0]).toBeGreaterThan(start.center[0]); // the drag was drawn before the release
    // at rest once the link holds the view (written when the glide ends)
    await expect.poll(async () => (await urlParams(page)).view ?? '', { timeout: 10_000 }).not.toBe('');
    const after = await settled(page);
    // dragged west-to-east the other way: the globe shows what lies east, and north as it is pulled down
    expect(after.center[0]).toBeGreaterThan(start.center[0] + 5);
    expect(after.center[1]).toBeGreaterThan(start.center[1]);
    // the fling went on after the button was let go
    expect(after.center[0]).toBeGreaterThan(released.center[0]);
    expect(after.label).not.toBe(start.label);
    const link = (await urlParams(page)).view?.split(',').map(Number) ?? [];
    expect(link[0]).toBeCloseTo(after.center[1], 3);
    expect(link[1]).toBeCloseTo(after.center[0], 3);
    await screenshot(page, 'globe-turned');
    // the wheel zooms about the same centre; "Fit rings" brings the launch point back to the middle
    await page.mouse.move(x, y);
    await page.mouse.wheel(0, -300);
    expect((await settled(page)).zoom).toBeGreaterThan(after.zoom + 0.5);
    await page.getByRole('button', { name: 'Fit rings' }).click();
    const fitted = await settled(page);
    expect(fitted.center[0]).toBeCloseTo(start.center[0], 3);
    expect(fitted.zoom).toBeCloseTo(start.zoom, 3);
    expect(watch.errors).toEqual([]);
    await page.context().close();
  });

  it('stops when let go for a reader who asked for reduced motion', async () => {
    const { page } = await openGlobe(browser, '?projection=globe', { reducedMotion: 'reduce' });
    await settled(page);
    const box = await page.locator('.projected-view').boundingBox();
    if (!box) throw new Error('no globe');
    await page.mouse.move(box.x + 300, box.y + 300);
    await page.mouse.down();
    await page.mouse.move(box.x + 150, box.y + 300, { steps: 6 });
    await page.mouse.up();
    const released = await readView(page);
    await page.waitForTimeout(200);
    expect((await readView(page)).center).toEqual(released.center);
    await page.context().close();
  });

  it('turns with the arrow keys and zooms with + and −', async () => {
    const { page } = await openGlobe(browser, '?projection=globe&view=50,36,3');
    const globe = page.locator('.projected-view');
    await globe.focus();
    const start = await readView(page);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowUp');
    const turned = await readView(page);
    expect(turned.center[0]).toBeGreaterThan(start.center[0]);
    expect(turned.center[1]).toBeGreaterThan(start.center[1]);
    await page.keyboard.press('+');
    await page.keyboard.press('+');
    expect((await readView(page)).zoom).toBeCloseTo(4, 6);
    await page.keyboard.press('-');
    const zoomed = await readView(page);
    expect(zoomed.zoom).toBeCloseTo(3.5, 6);
    expect(zoomed.label).toContain('zoom 3.5');
    await page.context().close();
  });
});
