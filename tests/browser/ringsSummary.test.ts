// The map's text summary for screen readers is in the page (visually hidden), in the full app and in embed
// mode, and follows the scenario.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp } from '../support/openApp';
import { sharedChromium } from '../support/sharedChromium';

let browser: Browser;
beforeAll(async () => {
  browser = await sharedChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('rings summary for screen readers', () => {
  it('describes the rings and follows a change of unit', async () => {
    const { page, watch } = await openApp(browser);
    const summary = page.getByTestId('rings-summary');
    await expect(summary).toContainText('Range rings of Tomahawk (about 1,600 km)');
    await expect(summary).toContainText('drawn from Kharkiv.');
    await page.getByRole('radio', { name: 'mi (miles)' }).check();
    await expect(summary).toContainText('Tomahawk (about 995 mi)');
    expect(watch.errors).toEqual([]);
    await page.context().close();
  });

  it('is there in embed mode too', async () => {
    const { page } = await openApp(browser, '?embed=1&sites=50.45,30.52,Kyiv&systems=atacms');
    await expect(page.getByTestId('rings-summary')).toHaveText(
      'Range rings of ATACMS (about 300 km), drawn from Kyiv.',
    );
    await page.context().close();
  });
});
