// Nothing lost by a slip: removing a launch point or a system of one's own shows "Removed …" with an Undo
// button; Undo (or Ctrl+Z) puts it back where it was, in the list, on the map and in the link.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, screenshot, urlParams } from '../support/openApp';
import { sharedChromium } from '../support/sharedChromium';

const QUERY =
  '?sites=50.45,30.52,Kyiv;49.99,36.23,Kharkiv;46.48,30.72,Odesa&systems=atacms,custom-fateh-110&custom=Fateh-110:300km&view=48,32,5';
let browser: Browser;
beforeAll(async () => {
  browser = await sharedChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('undo a removal', () => {
  it('puts back a launch point removed from the list, at its place', async () => {
    const { page, watch } = await openApp(browser, QUERY);
    await expect(page.locator('.notice')).toHaveCount(0); // the link is read in full
    const before = await urlParams(page);
    await page.getByRole('button', { name: 'Remove launch point Kharkiv' }).click();
    await expect(page.locator('.site-list li')).toHaveCount(2);
    const notice = page.locator('.notice', { hasText: 'Removed Kharkiv.' });
    await expect(notice).toHaveCount(1);
    await screenshot(page, 'undo-notice');
    await notice.getByRole('button', { name: 'Undo' }).click();
    await expect(page.locator('.site-list li')).toHaveCount(3);
    await expect(page.locator('.launch-marker')).toHaveCount(3);
    await expect(page.locator('.notice', { hasText: 'Removed' })).toHaveCount(0);
    expect(await urlParams(page)).toEqual(before);
    expect(watch.errors).toEqual([]);
    await page.context().close();
  });

  it('undoes Delete on a focused marker with Ctrl+Z', async () => {
    const { page, watch } = await openApp(browser, QUERY);
    const before = await urlParams(page);
    await page.locator('.launch-marker').first().focus();
    await page.keyboard.press('Delete');
    await expect(page.locator('.launch-marker')).toHaveCount(2);
    await expect(page.locator('.notice', { hasText: 'Removed Kyiv.' })).toHaveCount(1);
    await page.locator('body').press('Control+z');
    await expect(page.locator('.launch-marker')).toHaveCount(3);
    expect(await urlParams(page)).toEqual(before);
    // nothing left to undo: Ctrl+Z changes nothing
    await page.locator('body').press('Control+z');
    await expect(page.locator('.launch-marker')).toHaveCount(3);
    expect(watch.errors).toEqual([]);
    await page.context().close();
  });

  it('undoes several removals, last first', async () => {
    const { page, watch } = await openApp(browser, QUERY);
    await expect(page.locator('.notice')).toHaveCount(0);
    const before = await urlParams(page);
    await page.getByRole('button', { name: 'Remove launch point Kharkiv' }).click();
    await page.getByRole('button', { name: 'Remove launch point Odesa' }).click();
    await expect(page.locator('.site-list li')).toHaveCount(1);
    await page
      .locator('.notice', { hasText: 'Removed Odesa.' })
      .getByRole('button', { name: 'Undo' })
      .click();
    // the step before is offered next
    await page
      .locator('.notice', { hasText: 'Removed Kharkiv.' })
      .getByRole('button', { name: 'Undo' })
      .click();
    await expect(page.locator('.site-list li')).toHaveCount(3);
    await expect(page.locator('.notice')).toHaveCount(0);
    expect(await urlParams(page)).toEqual(before);
    expect(watch.errors).toEqual([]);
    await page.context().close();
  });

  it('puts back a removed system of one’s own, shown again', async () => {
    const { page, watch } = await openApp(browser, QUERY);
    const before = await urlParams(page);
    await page.getByRole('button', { name: 'Remove Fateh-110' }).click();
    await expect.poll(async () => (await urlParams(page)).custom).toBeUndefined();
    // the pointer was on the removed row: no ring stays dimmed by its highlight
    await expect(page.locator('.system-list li.highlighted')).toHaveCount(0);
    await expect(page.locator('.ring-label')).toHaveCount(3); // ATACMS from each launch point
    await page
      .locator('.notice', { hasText: 'Removed Fateh-110.' })
      .getByRole('button', { name: 'Undo' })
      .click();
    await expect(page.getByRole('button', { name: 'Remove Fateh-110' })).toHaveCount(1);
    expect(await urlParams(page)).toEqual(before);
    expect(watch.errors).toEqual([]);
    await page.context().close();
  });
});
