// A part of the page that fails to render shows a recoverable message; the rest of the page and the scenario
// stay. The failure is real: the browser's number formatting is made to throw, as a broken extension or
// polyfill might, and every part that shows a distance fails with it.
import type { Browser } from 'playwright-core';
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

const BREAK_NUMBERS = `(() => {
  const proto = Intl.NumberFormat.prototype;
  window.__format = Object.getOwnPropertyDescriptor(proto, 'format');
  Object.defineProperty(proto, 'format', { configurable: true, get() { throw new Error('number formatting failed'); } });
})()`;
const MEND_NUMBERS = `Object.defineProperty(Intl.NumberFormat.prototype, 'format', window.__format)`;

describe('a part that fails to render', () => {
  it('shows a message in its place, keeps the rest and the scenario, and comes back with "Try again"', async () => {
    const { page, watch } = await openApp(browser, '?sites=50.45,30.52,Kyiv&systems=tomahawk,atacms');
    await expect(page.locator('.system-list li')).not.toHaveCount(0);
    await page.evaluate(BREAK_NUMBERS);
    await page.getByRole('button', { name: 'Fit rings' }).click(); // any change re-renders every part
    const failed = page.locator('.panel-error');
    await expect(failed.first()).toContainText('ran into a problem');
    await expect(failed.first()).toContainText('number formatting failed');
    // the page is not blank: the title, the launch point controls and the link are there
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('How far they reach');
    const params = await urlParams(page);
    expect(params.sites).toContain('Kyiv');
    expect(params.systems).toBe('tomahawk,atacms');
    await screenshot(page, 'panel-error');
    await page.evaluate(MEND_NUMBERS);
    const count = await failed.count();
    for (let i = 0; i < count; i++) await failed.first().getByRole('button', { name: 'Try again' }).click();
    await expect(failed).toHaveCount(0);
    await expect(page.locator('.system-list')).toContainText('about 1,600 km');
    await expect(page.locator('.launch-marker')).toHaveCount(1);
    expect(watch.errors.filter((e) => e.startsWith('pageerror'))).toEqual([]);
    await page.context().close();
  });
});
