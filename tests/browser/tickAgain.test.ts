// Systems switched off and on again in a real Chromium, on a map of two launch points: what is kept from before
// (each ring, each in-reach list) must draw and list exactly what a map opened with those systems shows.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { colourBox, openApp } from '../support/openApp';
import { sharedChromium } from '../support/sharedChromium';

let browser: Browser;
beforeAll(async () => {
  browser = await sharedChromium();
});
afterAll(async () => {
  await browser?.close();
});

const SITES = 'sites=49.99,36.23,Kharkiv;50.45,30.52,Kyiv&view=49,34,5';
const COLOURS = { tomahawk: '#D55E00', eram: '#0072B2', atacms: '#009E73' };

/** What a reader sees of the map and the lists: each ring's pixels and each list's summary line. */
async function seen(page: Page) {
  await page.mouse.move(5, 5); // off the system list: a hovered system dims the others' rings
  await expect.poll(() => page.locator('.in-reach details summary').count()).toBeGreaterThan(0);
  const lists = await page.locator('.in-reach details summary').allTextContents();
  const rings: Record<string, unknown> = {};
  for (const [id, hex] of Object.entries(COLOURS)) rings[id] = await colourBox(page, hex);
  return { lists, rings };
}

describe('ticking systems again', () => {
  it('draws and lists what a map opened with the same systems does', async () => {
    const { page, watch } = await openApp(browser, `?${SITES}&systems=eram`);
    const atacms = page.getByRole('checkbox', { name: /ATACMS/ });
    const tomahawk = page.getByRole('checkbox', { name: /Tomahawk/ });
    const eram = page.getByRole('checkbox', { name: /ERAM/ });
    // a shorter range, then a longer one than any shown, then one off and on again
    await atacms.click();
    await tomahawk.click();
    await eram.click();
    await eram.click();
    await expect(page.locator('.in-reach details')).toHaveCount(6);
    const ticked = await seen(page);

    const fresh = await openApp(browser, `?${SITES}&systems=tomahawk,eram,atacms`);
    await expect(fresh.page.locator('.in-reach details')).toHaveCount(6);
    const opened = await seen(fresh.page);
    expect([...ticked.lists].sort()).toEqual([...opened.lists].sort());
    expect(ticked.lists.join(' ')).toMatch(/Tomahawk from Kyiv: \d+ cities/);
    expect(ticked.rings).toEqual(opened.rings); // stacked as on the fresh map: the same pixels
    expect(watch.errors).toEqual([]);
  });
});
