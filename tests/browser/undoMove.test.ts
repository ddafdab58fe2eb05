// A launch point dragged (or moved with the arrow keys) by mistake goes back: "Moved …" with an Undo button,
// and Ctrl+Z typed as a person types it, right after the drop or after a click on the map.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, screenshot, urlParams } from '../support/openApp';
import { sharedChromium } from '../support/sharedChromium';

const THREE_POINTS =
  '?sites=50.45,30.52,Kyiv;49.99,36.23,Kharkiv;46.48,30.72,Odesa&systems=atacms&view=48.5,33,6';
let browser: Browser;
beforeAll(async () => {
  browser = await sharedChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** Drags Kharkiv's marker 120 px west and 30 px south with the mouse, as a person does; resolves on the drop. */
async function dragKharkiv(page: Page): Promise<void> {
  const box = (await page.getByRole('button', { name: /Launch point Kharkiv/ }).boundingBox())!;
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let i = 1; i <= 12; i++) await page.mouse.move(x - 10 * i, y + 2.5 * i);
  await page.mouse.up();
}

const kharkivCoords = (page: Page) => page.locator('.site-list li').nth(1).locator('.coords');

/** Whether the link holds Kharkiv where the panel says it is (the link is written once moves settle). */
async function linkMatchesPanel(page: Page): Promise<boolean> {
  const [lat, lon] = ((await urlParams(page)).sites?.split(';')[1] ?? '').split(',').map(Number);
  const shown = (await kharkivCoords(page).textContent()) ?? '';
  return shown === `${lat?.toFixed(2)}°N ${lon?.toFixed(2)}°E`;
}

describe('undo a move', () => {
  it('puts a dragged point back with Ctrl+Z right after the drop', async () => {
    const { page, watch } = await openApp(browser, THREE_POINTS);
    await expect(page.locator('.notice')).toHaveCount(0);
    const before = await urlParams(page);
    const coordsBefore = (await kharkivCoords(page).textContent()) ?? '';
    await dragKharkiv(page);
    await expect(kharkivCoords(page)).not.toHaveText(coordsBefore);
    expect((await urlParams(page)).sites).not.toEqual(before.sites);
    await expect(page.locator('.notice', { hasText: 'Moved Kharkiv.' })).toHaveCount(1);
    await screenshot(page, 'undo-move-notice');
    await page.keyboard.down('Control');
    await page.keyboard.press('z');
    await page.keyboard.up('Control');
    await expect(kharkivCoords(page)).toHaveText(coordsBefore);
    await expect.poll(() => urlParams(page)).toEqual(before);
    await expect(page.locator('.notice')).toHaveCount(0);
    // nothing left to undo: Ctrl+Z changes nothing
    await page.keyboard.press('Control+z');
    await expect(kharkivCoords(page)).toHaveText(coordsBefore);
    expect(watch.errors).toEqual([]);
    await page.context().close();
  });

  it('puts it back with Ctrl+Z after a click on the map, and with the notice’s Undo', async () => {
    const { page, watch } = await openApp(browser, THREE_POINTS);
    const before = await urlParams(page);
    const coordsBefore = (await kharkivCoords(page).textContent()) ?? '';
    await dragKharkiv(page);
    await expect(kharkivCoords(page)).not.toHaveText(coordsBefore);
    const map = (await page.locator('.leaflet-container').boundingBox())!;
    await page.mouse.click(map.x + map.width * 0.85, map.y + map.height * 0.8); // the Black Sea, no marker
    await expect(page.locator('.launch-marker')).toHaveCount(3);
    await page.keyboard.press('Control+z');
    await expect(kharkivCoords(page)).toHaveText(coordsBefore);
    await expect.poll(() => urlParams(page)).toEqual(before);

    // a second drag, undone with the button
    await dragKharkiv(page);
    await expect(kharkivCoords(page)).not.toHaveText(coordsBefore);
    await page
      .locator('.notice', { hasText: 'Moved Kharkiv.' })
      .getByRole('button', { name: 'Undo' })
      .click();
    await expect(kharkivCoords(page)).toHaveText(coordsBefore);
    await expect.poll(() => urlParams(page)).toEqual(before);
    expect(watch.errors).toEqual([]);
    await page.context().close();
  });

  it('takes arrow-key steps on one point back in one undo, after a reload too', async () => {
    const { page, watch } = await openApp(browser, THREE_POINTS);
    const before = await urlParams(page);
    const coordsBefore = (await kharkivCoords(page).textContent()) ?? '';
    const marker = page.getByRole('button', { name: /Launch point Kharkiv/ });
    await marker.focus();
    await page.keyboard.press('ArrowLeft');
    // the notice dismissed, the next steps of the same point offer the same undo again
    await page.getByRole('button', { name: 'Dismiss notice' }).click();
    await expect(page.locator('.notice')).toHaveCount(0);
    await marker.focus();
    for (const key of ['ArrowLeft', 'ArrowDown']) await page.keyboard.press(key);
    await expect(page.locator('.notice', { hasText: 'Moved Kharkiv.' })).toHaveCount(1);
    await expect(kharkivCoords(page)).not.toHaveText(coordsBefore);
    // the step is kept in the history entry: a reload offers it again (once the link holds the new place, as
    // it does a moment after the last step)
    await expect.poll(() => linkMatchesPanel(page)).toBe(true);
    await page.reload();
    await expect(page.locator('.notice', { hasText: 'Moved Kharkiv.' })).toHaveCount(1);
    await expect(kharkivCoords(page)).not.toHaveText(coordsBefore);
    await page.locator('body').press('Control+z');
    await expect(kharkivCoords(page)).toHaveText(coordsBefore);
    await expect.poll(() => urlParams(page)).toEqual(before);
    expect(watch.errors).toEqual([]);
    await page.context().close();
  });

  it('redoes an undone move with Ctrl+Shift+Z or Ctrl+Y, after a reload too, until the map is changed otherwise', async () => {
    const { page, watch } = await openApp(browser, THREE_POINTS);
    const before = await urlParams(page);
    const coordsBefore = (await kharkivCoords(page).textContent()) ?? '';
    await dragKharkiv(page);
    await expect(kharkivCoords(page)).not.toHaveText(coordsBefore);
    const coordsMoved = (await kharkivCoords(page).textContent()) ?? '';
    await expect.poll(() => linkMatchesPanel(page)).toBe(true);
    const moved = await urlParams(page);

    await page.keyboard.press('Control+z');
    await expect(kharkivCoords(page)).toHaveText(coordsBefore);
    // a zoom between them leaves the move to redo, and is kept by it
    await page.getByRole('button', { name: 'Zoom out' }).click();
    await expect.poll(async () => (await urlParams(page)).view).not.toBe(moved.view);
    const zoomedOut = (await urlParams(page)).view;
    await page.locator('body').press('Control+Shift+Z');
    await expect(kharkivCoords(page)).toHaveText(coordsMoved);
    await expect.poll(() => urlParams(page)).toEqual({ ...moved, view: zoomedOut });
    // the redone move is a step again: its notice offers to undo it
    await expect(page.locator('.notice', { hasText: 'Moved Kharkiv.' })).toHaveCount(1);
    await page.keyboard.press('Control+z');
    await expect(kharkivCoords(page)).toHaveText(coordsBefore);
    await expect.poll(async () => (await urlParams(page)).sites).toBe(before.sites);
    // kept in the history entry, as the undo steps are
    await page.reload();
    await expect(kharkivCoords(page)).toHaveText(coordsBefore);
    await page.locator('body').press('Control+y');
    await expect(kharkivCoords(page)).toHaveText(coordsMoved);
    // nothing more to redo
    await page.keyboard.press('Control+y');
    await expect(kharkivCoords(page)).toHaveText(coordsMoved);

    // undone again: in a text field, Ctrl+Shift+Z is the field's own redo, not the map's
    await page.keyboard.press('Control+z');
    await expect(kharkivCoords(page)).toHaveText(coordsBefore);
    await page.getByRole('combobox', { name: 'Find a place or type coordinates' }).click();
    await page.keyboard.press('Control+Shift+Z');
    await page.waitForTimeout(300);
    await expect(kharkivCoords(page)).toHaveText(coordsBefore);
    // another change (Odesa moved with an arrow key): the undone move stays undone
    const odesa = page.getByRole('button', { name: /Launch point Odesa/ });
    const odesaCoords = page.locator('.site-list li').nth(2).locator('.coords');
    const odesaBefore = (await odesaCoords.textContent()) ?? '';
    await odesa.focus();
    await page.keyboard.press('ArrowUp');
    await expect(odesaCoords).not.toHaveText(odesaBefore);
    await page.locator('body').press('Control+Shift+Z');
    await page.waitForTimeout(300);
    await expect(kharkivCoords(page)).toHaveText(coordsBefore);
    await expect(odesaCoords).not.toHaveText(odesaBefore);
    expect(watch.errors).toEqual([]);
    await page.context().close();
  });
});
