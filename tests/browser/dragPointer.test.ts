// Dragging a launch point with the mouse, as a person does, in a real Chromium: the marker stays under the
// pointer move by move while the map stays still, a press without a move is a click, near the map's edge the
// map pans along, and each drag (or a run of arrow keys) is one step that Ctrl+Z undoes.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, screenshot, urlParams } from '../support/openApp';
import { sharedChromium } from '../support/sharedChromium';

let browser: Browser;
beforeAll(async () => {
  browser = await sharedChromium();
});
afterAll(async () => {
  await browser?.close();
});

const THREE_POINTS =
  '?sites=50.45,30.52,Kyiv;49.99,36.23,Kharkiv;46.48,30.72,Odesa&systems=atacms&view=48.5,33,6';

/** Where the launch point's name sits, from the marker's centre. */
async function nameOffset(page: Page, name: string, marker: { x: number; y: number }) {
  const box = await page.locator('.leaflet-tooltip.site-label', { hasText: name }).boundingBox();
  if (!box) throw new Error(`no name ${name}`);
  return { x: Math.round(box.x - marker.x), y: Math.round(box.y + box.height / 2 - marker.y) };
}

async function centreOf(page: Page, name: RegExp): Promise<{ x: number; y: number }> {
  const box = await page.getByRole('button', { name }).boundingBox();
  if (!box) throw new Error(`no marker ${name}`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

describe('dragging a launch point with the mouse', () => {
  it('keeps the marker under the pointer, the map still, and Ctrl+Z puts the point back', async () => {
    const { page, watch } = await openApp(browser, THREE_POINTS);
    await expect.poll(() => page.locator('.ring-label').count()).toBe(3);
    const before = await urlParams(page);
    const start = await centreOf(page, /Launch point Kharkiv/);
    const kyiv = await centreOf(page, /Launch point Kyiv/);
    const nameBefore = await nameOffset(page, 'Kharkiv', start);
    // pressed a little off the marker's centre: the marker keeps that offset, it does not jump to the pointer
    const grab = { x: start.x + 4, y: start.y - 3 };
    await page.mouse.move(grab.x, grab.y);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) {
      await page.mouse.move(grab.x - 12 * i, grab.y + 9 * i);
      const at = await centreOf(page, /Launch point Kharkiv/);
      expect(Math.abs(at.x - (start.x - 12 * i))).toBeLessThan(1.5);
      expect(Math.abs(at.y - (start.y + 9 * i))).toBeLessThan(1.5);
    }
    // the name follows the marker
    const held = await centreOf(page, /Launch point Kharkiv/);
    const nameHeld = await nameOffset(page, 'Kharkiv', held);
    expect(Math.abs(nameHeld.x - nameBefore.x)).toBeLessThanOrEqual(1);
    expect(Math.abs(nameHeld.y - nameBefore.y)).toBeLessThanOrEqual(1);
    // the map did not pan under the drag: another point is where it was
    // (read from its laid-out box: while one point is dragged the others are shown by a picture of them)
    const kyivHeld = (await page.locator('.launch-marker[title="Kyiv"]').boundingBox())!;
    expect({ x: kyivHeld.x + kyivHeld.width / 2, y: kyivHeld.y + kyivHeld.height / 2 }).toEqual(kyiv);
    // the dragged point's ring is drawn around it, on the pane's own SVG
    const ring = await page.locator('.leaflet-rings-pane svg path').evaluateAll((paths) => {
      const boxes = paths.map((p) => p.getBoundingClientRect());
      const left = Math.min(...boxes.map((b) => b.left));
      const right = Math.max(...boxes.map((b) => b.right));
      return (left + right) / 2;
    });
    expect(Math.abs(ring - (start.x - 120))).toBeLessThan(6);
    await screenshot(page, 'drag-pointer-held');
    await page.mouse.up();

    const dropped = (await urlParams(page)).sites?.split(';') ?? [];
    expect(dropped[0]).toBe(before.sites?.split(';')[0]);
    const [lat, lon] = (dropped[1] as string).split(',').map(Number);
    expect(lon).toBeLessThan(36.23 - 1.5); // 120 px west at zoom 6: about 2.6° of longitude
    expect(lat).toBeLessThan(49.99 - 0.8); // 90 px south
    await expect(page.locator('.notice', { hasText: 'Moved Kharkiv.' })).toHaveCount(1);
    // the release ends the drag: it is not a click on the map, which would measure from there
    await expect(page.locator('.probe')).toHaveCount(0);

    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await urlParams(page)).sites).toBe(before.sites);
    const back = await centreOf(page, /Launch point Kharkiv/);
    expect(Math.abs(back.x - start.x)).toBeLessThan(1.5);
    expect(Math.abs(back.y - start.y)).toBeLessThan(1.5);
    await expect(page.locator('.notice', { hasText: 'Moved' })).toHaveCount(0);
    expect(watch.errors).toEqual([]);
    await page.context().close();
  });

  it('takes a press without a move as a click (it measures from there): nothing moves, nothing to undo', async () => {
    const { page, watch } = await openApp(browser, THREE_POINTS);
    const before = await urlParams(page);
    const start = await centreOf(page, /Launch point Odesa/);
    const moving = page.locator('.leaflet-rings-pane svg path');
    await expect(moving).toHaveCount(0);
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    // pressed, its rings are handed to the moving layer already, so a drag's first move is drawn in its frame
    await expect.poll(() => moving.count()).toBeGreaterThan(0);
    await page.mouse.move(start.x + 1, start.y + 1); // within the click tolerance
    await page.mouse.up();
    await expect(page.locator('.probe', { hasText: 'from Odesa' })).toHaveCount(1);
    // let go without a drag: back on the shared canvas
    await expect(moving).toHaveCount(0);
    expect(await urlParams(page)).toEqual(before);
    await expect(page.locator('.notice')).toHaveCount(0);
    expect(await centreOf(page, /Launch point Odesa/)).toEqual(start);
    expect(watch.errors).toEqual([]);
    await page.context().close();
  });

  it('leaves no drag behind when a pressed point is removed with Delete before it is let go', async () => {
    const { page, watch } = await openApp(browser, THREE_POINTS);
    const moving = page.locator('.leaflet-rings-pane svg path');
    const odesa = await centreOf(page, /Launch point Odesa/);
    await page.mouse.move(odesa.x, odesa.y);
    await page.mouse.down();
    await expect.poll(() => moving.count()).toBeGreaterThan(0);
    await page.keyboard.press('Delete'); // the pressed marker has the focus
    await page.mouse.up();
    await expect(page.getByRole('button', { name: /Launch point Odesa/ })).toHaveCount(0);
    // the moving layer is gone with it; nothing is held: a ring pointed at is highlighted (not while a point is
    // held), and another point is dragged as before
    await expect(moving).toHaveCount(0);
    const other = page.getByRole('button', { name: /Launch point / }).first();
    const box = (await other.boundingBox())!;
    const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
    await page.mouse.move(x + 20, y + 5); // inside its smallest ring
    await expect(page.locator('.compare [aria-pressed=true]')).toHaveCount(1);
    await page.mouse.move(x, y);
    await page.mouse.down();
    for (let i = 1; i <= 5; i++) await page.mouse.move(x + 8 * i, y + 4 * i);
    await expect.poll(() => moving.count()).toBeGreaterThan(0);
    await page.mouse.up();
    await expect(moving).toHaveCount(0);
    expect(watch.errors).toEqual([]);
    await page.context().close();
  });

  it('pans the map along while the point is held near its edge, the point staying under the pointer', async () => {
    const { page, watch } = await openApp(browser, THREE_POINTS);
    const map = (await page.locator('.leaflet-container').boundingBox())!;
    const start = await centreOf(page, /Launch point Kharkiv/);
    const kyiv = await centreOf(page, /Launch point Kyiv/);
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    const edge = { x: map.x + map.width - 20, y: start.y };
    for (let i = 1; i <= 8; i++) await page.mouse.move(start.x + ((edge.x - start.x) * i) / 8, start.y);
    // the map moves west under the still pointer, a frame at a time
    await expect.poll(async () => (await centreOf(page, /Launch point Kyiv/)).x).toBeLessThan(kyiv.x - 60);
    const held = await centreOf(page, /Launch point Kharkiv/);
    expect(Math.abs(held.x - edge.x)).toBeLessThan(1.5);
    await page.mouse.up();
    const kyivDropped = await centreOf(page, /Launch point Kyiv/);
    // the pan stops with the drop
    await page.waitForTimeout(200);
    expect(await centreOf(page, /Launch point Kyiv/)).toEqual(kyivDropped);
    const dropped = (await urlParams(page)).sites?.split(';') ?? [];
    const [, lon] = (dropped[1] as string).split(',').map(Number);
    // further east than the map's edge as it opened: the pointer's way, and more (about 45.5 px a degree at zoom 6)
    expect(lon).toBeGreaterThan(36.23 + (edge.x - start.x) / 45.5 + 1);
    expect(watch.errors).toEqual([]);
    await page.context().close();
  });

  it('leaves the dropped point and its name where they were dropped, and a zoom keeps them together', async () => {
    const { page, watch } = await openApp(browser, THREE_POINTS);
    await expect.poll(() => page.locator('.ring-label').count()).toBe(3);
    const start = await centreOf(page, /Launch point Kharkiv/);
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    for (let i = 1; i <= 8; i++) await page.mouse.move(start.x - 10 * i, start.y + 8 * i);
    await page.mouse.up();
    await expect(page.locator('.notice', { hasText: 'Moved Kharkiv.' })).toHaveCount(1);
    const dropped = await centreOf(page, /Launch point Kharkiv/);
    expect(Math.abs(dropped.x - (start.x - 80))).toBeLessThan(1.5);
    expect(Math.abs(dropped.y - (start.y + 64))).toBeLessThan(1.5);
    const kyiv = await centreOf(page, /Launch point Kyiv/);
    // one zoom step doubles the way from Kyiv to the dropped point: nothing of the drag's carrying is left over
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect
      .poll(async () => {
        const k = await centreOf(page, /Launch point Kyiv/);
        const d = await centreOf(page, /Launch point Kharkiv/);
        return Math.round(
          Math.hypot(d.x - k.x - 2 * (dropped.x - kyiv.x), d.y - k.y - 2 * (dropped.y - kyiv.y)),
        );
      })
      .toBeLessThanOrEqual(2);
    // and its name is beside it (on either side: the sides are chosen again for the new zoom)
    const zoomed = await centreOf(page, /Launch point Kharkiv/);
    const name = (await page.locator('.leaflet-tooltip.site-label', { hasText: 'Kharkiv' }).boundingBox())!;
    const gap = (at: number, from: number, to: number) => Math.max(from - at, 0, at - to);
    expect(gap(zoomed.x, name.x, name.x + name.width)).toBeLessThan(24);
    expect(gap(zoomed.y, name.y, name.y + name.height)).toBeLessThan(24);
    expect(watch.errors).toEqual([]);
    await page.context().close();
  });

  it('undoes a run of arrow-key moves in one step', async () => {
    const { page, watch } = await openApp(browser, THREE_POINTS);
    const before = await urlParams(page);
    await page.getByRole('button', { name: /Launch point Kyiv/ }).focus();
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await urlParams(page)).sites).not.toBe(before.sites);
    await expect(page.locator('.notice', { hasText: 'Moved Kyiv.' })).toHaveCount(1);
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await urlParams(page)).sites).toBe(before.sites);
    await expect(page.locator('.notice')).toHaveCount(0);
    expect(watch.errors).toEqual([]);
    await page.context().close();
  });
});
