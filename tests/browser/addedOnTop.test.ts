// Launch points added one after another in a real Chromium: their rings are drawn over the picture the rings
// canvas shows (drawAddedOnTop), and must give the very pixels of a map opened with all of them, as must a
// system ticked among them afterwards (its rings go under the points' smaller rings: keepRingsStacked).
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, urlParams } from '../support/openApp';
import { sharedChromium } from '../support/sharedChromium';

let browser: Browser;
beforeAll(async () => {
  browser = await sharedChromium();
});
afterAll(async () => {
  await browser?.close();
});

const START = 'sites=49.99,36.23,Kharkiv;50.45,30.52,Kyiv&view=49,34,5';

/** The rings canvas's pixels, losslessly as a PNG, with no system hovered. */
async function ringPixels(page: Page): Promise<string> {
  await page.mouse.move(5, 5); // off the system list: a hovered system dims the others' rings
  await page.waitForTimeout(300);
  return page.evaluate(() => {
    const canvases = document.querySelectorAll<HTMLCanvasElement>('.leaflet-rings-pane canvas');
    if (canvases.length !== 1) throw new Error(`${canvases.length} rings canvases`);
    return (canvases[0] as HTMLCanvasElement).toDataURL('image/png');
  });
}

/** A picture with no pixel drawn, of the size of the rings canvas. */
async function blank(page: Page): Promise<string> {
  return page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>(
      '.leaflet-rings-pane canvas',
    ) as HTMLCanvasElement;
    const empty = document.createElement('canvas');
    empty.width = canvas.width;
    empty.height = canvas.height;
    return empty.toDataURL('image/png');
  });
}

async function addByCoordinates(page: Page, typed: string, markers: number) {
  const search = page.getByRole('combobox', { name: 'Find a place or type coordinates' });
  await search.click();
  await search.pressSequentially(typed);
  await page.getByRole('listbox', { name: 'Matching places' }).getByRole('option').first().waitFor();
  await search.press('Enter');
  await expect.poll(() => page.locator('.range-map .launch-marker').count()).toBe(markers);
}

describe('adding launch points', () => {
  it('draws the pixels a map opened with them draws, and so does a system ticked afterwards', async () => {
    const { page, watch } = await openApp(browser, `?${START}&systems=tomahawk,atacms`);
    await page.locator('.site-list li').first().waitFor();
    await addByCoordinates(page, '48.5, 35.2', 3);
    await addByCoordinates(page, '47.1, 37.5', 4);
    const added = await ringPixels(page);
    const { sites } = await urlParams(page);
    expect(sites?.split(';')).toHaveLength(4);

    const fresh = await openApp(browser, `?sites=${sites}&systems=tomahawk,atacms&view=49,34,5`);
    await expect.poll(() => fresh.page.locator('.range-map .launch-marker').count()).toBe(4);
    const opened = await ringPixels(fresh.page);
    expect(opened).not.toBe(await blank(fresh.page)); // rings were drawn at all
    expect(added).toBe(opened);

    // ERAM's rings go under ATACMS's at every point: the part of the canvas they cover is drawn again
    await page.getByRole('checkbox', { name: /ERAM/ }).click();
    const ticked = await ringPixels(page);
    const withEram = await openApp(browser, `?sites=${sites}&systems=tomahawk,eram,atacms&view=49,34,5`);
    await expect.poll(() => withEram.page.locator('.range-map .launch-marker').count()).toBe(4);
    expect(ticked).toBe(await ringPixels(withEram.page));
    expect(ticked).not.toBe(added);
    expect(watch.errors).toEqual([]);
  }, 180_000);
});
