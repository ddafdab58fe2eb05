// Clicks on the map as a person makes them: Escape leaves "Add by clicking the map"; measuring near the edge
// never pans the map; a point added outside the view (search, typed coordinates) is brought into it.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, screenshot } from '../support/openApp';
import { sharedChromium } from '../support/sharedChromium';

let browser: Browser;
beforeAll(async () => {
  browser = await sharedChromium();
});
afterAll(async () => {
  await browser?.close();
});

const ZOOMED_ON_KHARKIV = '?sites=49.9935,36.2304,Kharkiv&systems=atacms&view=50,36.23,7';

/** Centre of the n-th launch marker on screen. */
async function markerAt(page: Page, n = 0) {
  const box = (await page.locator('.launch-marker').nth(n).boundingBox()) as NonNullable<
    Awaited<ReturnType<ReturnType<Page['locator']>['boundingBox']>>
  >;
  return { x: Math.round(box.x + box.width / 2), y: Math.round(box.y + box.height / 2) };
}

async function mapBox(page: Page) {
  const box = await page.locator('.range-map').boundingBox();
  if (!box) throw new Error('no map on the page');
  return box;
}

/** Whether the n-th marker's centre lies within the map on screen. */
async function markerInView(page: Page, n: number) {
  const map = await mapBox(page);
  const at = await markerAt(page, n);
  return at.x > map.x && at.x < map.x + map.width && at.y > map.y && at.y < map.y + map.height;
}

describe('map clicks', () => {
  it('Escape leaves "Add by clicking the map"; a click then measures instead of adding', async () => {
    const { page, watch } = await openApp(browser, ZOOMED_ON_KHARKIV);
    const toggle = page.getByRole('button', { name: 'Add by clicking the map' });
    await toggle.click();
    await expect(page.getByRole('button', { name: 'Click the map…' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await page.keyboard.press('Escape');
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    const map = await mapBox(page);
    await page.mouse.click(map.x + map.width * 0.3, map.y + map.height * 0.3);
    await expect(page.locator('.probe')).toContainText('from Kharkiv');
    await expect(page.locator('.site-list li')).toHaveCount(1);
    // Escape while the map has the focus (after clicking it) leaves the mode too
    await toggle.click();
    await page.locator('.range-map').focus();
    await page.keyboard.press('Escape');
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    expect(watch.errors).toEqual([]);
  });

  it('measures a point clicked 5 px from each edge without moving the map', async () => {
    const { page, watch } = await openApp(browser, ZOOMED_ON_KHARKIV);
    const map = await mapBox(page);
    const start = await markerAt(page);
    const midX = map.x + map.width / 2;
    const midY = map.y + map.height / 2;
    const edges = [
      { name: 'top', x: midX, y: map.y + 5 },
      { name: 'right', x: map.x + map.width - 5, y: midY },
      { name: 'bottom', x: midX + 40, y: map.y + map.height - 5 },
      { name: 'left', x: map.x + 5, y: midY + 40 },
    ];
    let shown = '';
    for (const edge of edges) {
      await page.mouse.click(edge.x, edge.y);
      // the read-out names the new point once the click is taken
      await expect
        .poll(async () =>
          page
            .locator('.probe')
            .innerText()
            .catch(() => ''),
        )
        .not.toBe(shown);
      shown = await page.locator('.probe').innerText();
      // a pan would start at once and last ~250 ms: the marker must not move within that time
      for (let i = 0; i < 5; i++) {
        await page.waitForTimeout(80);
        expect(await markerAt(page), `after a click at the ${edge.name} edge`).toEqual(start);
      }
    }
    await screenshot(page, 'map-click-edge');
    expect(watch.errors).toEqual([]);
  });

  it('brings a point added outside the view into it, with its rings, by search and by coordinates', async () => {
    const { page, watch } = await openApp(browser, ZOOMED_ON_KHARKIV);
    const search = page.getByRole('combobox', { name: 'Find a place or type coordinates' });
    await search.click();
    await page.keyboard.type('Lisbon');
    await expect(
      page.getByRole('listbox', { name: 'Matching places' }).getByRole('option').first(),
    ).toContainText('Lisbon');
    await page.keyboard.press('Enter');
    await expect(page.locator('.site-list li')).toHaveCount(2);
    await expect.poll(() => markerInView(page, 1)).toBe(true);
    await page.keyboard.type('-33.87, 151.21');
    await expect(
      page.getByRole('listbox', { name: 'Matching places' }).getByRole('option').first(),
    ).toContainText('33.87°S 151.21°E');
    await page.keyboard.press('Enter');
    await expect(page.locator('.site-list li')).toHaveCount(3);
    await expect.poll(() => markerInView(page, 2)).toBe(true);
    await screenshot(page, 'map-added-point-brought-into-view');
    // a point added by clicking is in view already: the map stays where it is
    const before = await markerAt(page, 2);
    await page.getByRole('button', { name: 'Add by clicking the map' }).click();
    const map = await mapBox(page);
    await page.mouse.click(map.x + map.width * 0.2, map.y + map.height * 0.8);
    await expect(page.locator('.site-list li')).toHaveCount(4);
    await page.waitForTimeout(300);
    expect(await markerAt(page, 2)).toEqual(before);
    expect(watch.errors).toEqual([]);
  });
});
