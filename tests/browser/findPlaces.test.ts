// Finding places as a person does it, in a real Chromium: typing key by key in "Find a place or type
// coordinates", reading the suggestions (with their country), adding one (the map shows it), dragging a point
// named after a place (it takes the new place's name; a typed name stays), and a place picked in "In reach".
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { colourBox, openApp, screenshot, urlParams } from '../support/openApp';
import { sharedChromium } from '../support/sharedChromium';

let browser: Browser;
beforeAll(async () => {
  browser = await sharedChromium();
});
afterAll(async () => {
  await browser?.close();
});

const searchBox = (page: Page) => page.getByRole('combobox', { name: 'Find a place or type coordinates' });
const siteNames = (page: Page) =>
  page.locator('.site-list .site-name').evaluateAll((els) => els.map((el) => (el as HTMLInputElement).value));
const markerLabels = (page: Page) => page.locator('.leaflet-tooltip.site-label').allTextContents();

async function typeInSearch(page: Page, text: string) {
  const box = searchBox(page);
  await box.click();
  await box.press('ControlOrMeta+a');
  await box.press('Backspace');
  await box.pressSequentially(text, { delay: 15 });
}

/** The suggestions as shown: "Odesa, Ukraine also “Odessa” · 1,017,699 people". */
const suggestions = (page: Page) => page.locator('.place-search [role=option]').allInnerTexts();

describe('finding places', () => {
  it('finds former names and other spellings, says the country, and adds the place', async () => {
    const { page, watch } = await openApp(browser);
    await typeInSearch(page, 'Odessa');
    await expect.poll(() => suggestions(page).then((s) => s[0])).toMatch(/^Odesa, Ukraine\s+also “Odessa”/);
    const odessa = await suggestions(page);
    expect(odessa.some((s) => s.startsWith('Odessa, United States'))).toBe(true);
    await screenshot(page, 'search-odessa');
    await page.keyboard.press('Enter');
    await expect.poll(() => siteNames(page)).toEqual(['Kharkiv', 'Odesa']);
    await expect.poll(() => markerLabels(page)).toContain('Odesa');
    // Odesa was in view already: the map stays as it was, fitted to the rings (no view in the link)
    expect((await urlParams(page)).view).toBeUndefined();

    await typeInSearch(page, 'Kiev');
    await expect
      .poll(() => suggestions(page).then((s) => s[0]))
      .toMatch(/^Kyiv, Ukraine\s+also “Kiev” · capital/);
    await page.keyboard.press('Enter');
    await expect.poll(() => siteNames(page)).toEqual(['Kharkiv', 'Odesa', 'Kyiv']);
    expect((await urlParams(page)).sites).toMatch(/50\.45,30\.5233,Kyiv/);
    expect(watch.errors).toEqual([]);
  });

  it('prefers the place near the map: St Petersburg is Russia’s, and the map moves to show it', async () => {
    // zoomed in on Kharkiv, so Saint Petersburg is far outside the view
    const { page, watch } = await openApp(
      browser,
      '?sites=49.9935,36.2304,Kharkiv&systems=atacms&view=49.99,36.23,8',
    );
    await typeInSearch(page, 'St Petersburg');
    await expect
      .poll(() => suggestions(page).then((s) => s.slice(0, 2)))
      .toEqual([
        expect.stringMatching(/^Saint Petersburg, Russia/),
        expect.stringMatching(/^St\. Petersburg, United States/),
      ]);
    await page.keyboard.press('Enter');
    await expect.poll(() => siteNames(page)).toEqual(['Kharkiv', 'Saint Petersburg']);
    // the map fits the new point and its ring: its marker is inside the map, and the view written to the URL
    // is centred near it
    const map = (await page.locator('.range-map').boundingBox())!;
    await expect
      .poll(async () => {
        const marker = await page.locator('.launch-marker').nth(1).boundingBox();
        return (
          !!marker &&
          marker.x > map.x &&
          marker.x < map.x + map.width &&
          marker.y > map.y &&
          marker.y < map.y + map.height
        );
      })
      .toBe(true);
    await screenshot(page, 'search-st-petersburg-fitted');
    await expect
      .poll(async () => Number((await urlParams(page)).view?.split(',')[0]), { timeout: 5000 })
      .toBeGreaterThan(56);
    expect(watch.errors).toEqual([]);
  });

  it('knows towns of under 100,000 people and refuses broken coordinates', async () => {
    const { page, watch } = await openApp(browser);
    await typeInSearch(page, 'Pokrovsk');
    // the towns under 100,000 are a lazy chunk of their own: as long as the locator matchers wait for one
    await expect
      .poll(() => suggestions(page).then((s) => s[0]), { timeout: 8000 })
      .toMatch(/^Pokrovsk, Ukraine\s+63,437 people/);
    await typeInSearch(page, 'Starokostiantyniv');
    await expect.poll(() => suggestions(page).then((s) => s[0])).toMatch(/^Starokostiantyniv, Ukraine/);
    await typeInSearch(page, 'NaN, NaN');
    await expect(page.locator('.place-search .hint')).toHaveText(
      '"NaN" is not a number: type coordinates such as 49.99, 36.23 or 49°59′N 36°14′E',
    );
    await screenshot(page, 'search-nan');
    expect(await page.locator('.place-search [role=option]').count()).toBe(0);
    await page.keyboard.press('Enter');
    expect(await siteNames(page)).toEqual(['Kharkiv']);
    expect(watch.errors).toEqual([]);
  });

  it('loads every town for a name, not for coordinates typed and added', async () => {
    const { page, watch } = await openApp(browser);
    const everyTown: string[] = [];
    page.on('request', (request) => {
      if (/_virtual_places-rest-[^/]*\.js$/.test(request.url())) everyTown.push(request.url());
    });
    await typeInSearch(page, '47.5 31.25');
    await expect
      .poll(() => suggestions(page))
      .toEqual([expect.stringMatching(/^47\.50°N 31\.25°E\s+coordinates$/)]);
    await page.keyboard.press('Enter');
    await expect.poll(() => siteNames(page)).toHaveLength(2);
    await typeInSearch(page, '-33.9 18.4');
    await expect.poll(() => suggestions(page).then((s) => s.length)).toBe(1);
    expect(everyTown).toEqual([]);
    // the first letter of a name asks for them
    await typeInSearch(page, 'P');
    await expect.poll(() => everyTown.length).toBe(1);
    await typeInSearch(page, 'Pokrovsk');
    await expect
      .poll(() => suggestions(page).then((s) => s[0]), { timeout: 8000 })
      .toMatch(/^Pokrovsk, Ukraine/);
    expect(everyTown).toHaveLength(1);
    expect(watch.errors).toEqual([]);
  });
});

describe('the point Enter would add', () => {
  /** Where rings were made ahead of an add, in the order they were made ('rings-ahead' marks). */
  const madeAhead = (page: Page) =>
    page.evaluate(() =>
      performance
        .getEntriesByName('rings-ahead', 'mark')
        .map((mark) => (mark as PerformanceMark).detail.lonLat as [number, number]),
    );

  it('has its rings made while the user chooses it, and added shows them', async () => {
    const { page, watch } = await openApp(browser, '?sites=49.9935,36.2304,Kharkiv&systems=atacms');
    const before = (await colourBox(page, '#009E73'))!;
    await typeInSearch(page, '47.5 31.25');
    await expect.poll(() => madeAhead(page).then((at) => at.at(-1))).toEqual([31.25, 47.5]);

    // a place: made for the option Enter would add, the one the arrows choose
    await typeInSearch(page, 'Odessa');
    await expect.poll(() => suggestions(page).then((s) => s[1])).toMatch(/^Odessa, United States/);
    await expect.poll(() => madeAhead(page).then((at) => at.at(-1)?.map(Math.round))).toEqual([31, 46]);
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => madeAhead(page).then((at) => at.at(-1)?.map(Math.round))).toEqual([-102, 32]);
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => madeAhead(page).then((at) => at.at(-1)?.map(Math.round))).toEqual([31, 46]);
    await page.keyboard.press('Enter');
    await expect.poll(() => siteNames(page)).toEqual(['Kharkiv', 'Odesa']);
    // the new point's ATACMS ring is drawn: the green reaches some 300 km west of Odesa, far past Kharkiv's
    await expect.poll(async () => (await colourBox(page, '#009E73'))!.minX).toBeLessThan(before.minX - 100);
    expect(watch.errors).toEqual([]);
  });
});

describe('a point named after a place', () => {
  async function dragMarker(page: Page, index: number, dxPx: number) {
    const marker = (await page.locator('.launch-marker').nth(index).boundingBox())!;
    const x = marker.x + marker.width / 2;
    const y = marker.y + marker.height / 2;
    await page.mouse.move(x, y);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) await page.mouse.move(x + (dxPx * i) / 10, y);
    await page.mouse.up();
  }

  it('takes the name of the place it is dragged to; a name typed by the user stays', async () => {
    // zoom 7 at 50°N: about 790 m a pixel, so 127 px is about 100 km
    const { page, watch } = await openApp(
      browser,
      '?sites=49.9935,36.2304,Kharkiv&systems=atacms&view=50.3,30.5,7',
    );
    await typeInSearch(page, 'Kiev');
    await expect.poll(() => suggestions(page).then((s) => s[0])).toMatch(/^Kyiv, Ukraine/);
    await page.keyboard.press('Enter');
    await expect.poll(() => siteNames(page)).toEqual(['Kharkiv', 'Kyiv']);
    await dragMarker(page, 1, -127);
    await expect.poll(() => siteNames(page).then((n) => n[1])).not.toBe('Kyiv');
    const renamed = (await siteNames(page))[1]!;
    // the new name is a place's, or the coordinates, and the marker says the same
    expect(renamed).not.toMatch(/^Kyiv$/);
    await expect.poll(() => markerLabels(page)).toContain(renamed);
    await screenshot(page, 'drag-place-renamed');

    // the user's own name stays wherever the point goes
    const name = page.locator('.site-list .site-name').nth(1);
    await name.click();
    await name.press('ControlOrMeta+a');
    await name.pressSequentially('Depot', { delay: 15 });
    await name.press('Tab');
    await expect.poll(() => siteNames(page).then((n) => n[1])).toBe('Depot');
    await dragMarker(page, 1, 127);
    await page.waitForTimeout(300);
    expect((await siteNames(page))[1]).toBe('Depot');
    await expect.poll(() => markerLabels(page)).toContain('Depot');
    expect(watch.errors).toEqual([]);
  });
});

describe('a place picked in "In reach"', () => {
  it('is labelled on the map and named in the distances', async () => {
    const { page, watch } = await openApp(browser);
    const tomahawk = page.locator('.in-reach details', { hasText: 'Tomahawk from Kharkiv' });
    await tomahawk.locator('summary').click();
    await tomahawk.getByRole('button', { name: 'Moscow', exact: true }).click();
    await expect(page.locator('.leaflet-tooltip.probe-label')).toHaveText('Moscow');
    await expect(page.locator('.probe h2')).toContainText(/^Moscow, 55\.76°N 37\.62°E$/i);
    await expect(page.locator('.probe li').first()).toContainText(
      /^Moscow — 648 km from Kharkiv: in reach of Tomahawk/,
    );
    await screenshot(page, 'in-reach-moscow-labelled');
    // added from there, the point takes the place's name
    await page.getByRole('button', { name: 'Add as launch point' }).click();
    await expect.poll(() => siteNames(page)).toEqual(['Kharkiv', 'Moscow']);
    // a click on the map measures a point again, without a name
    const map = (await page.locator('.range-map').boundingBox())!;
    await page.mouse.click(map.x + map.width * 0.3, map.y + map.height * 0.6);
    await expect(page.locator('.probe h2')).toContainText(/^Point /i);
    await expect(page.locator('.leaflet-tooltip.probe-label')).toHaveCount(0);
    expect(watch.errors).toEqual([]);
  });

  it("is labelled where it covers no launch point's name: Kherson, whose right is Odesa's name", async () => {
    // zoom 5: Kherson lies 145 km (about 45 px) east of Odesa, within the run of Odesa's name right of its marker
    const { page, watch } = await openApp(browser, '?sites=46.48,30.72,Odesa&systems=eram&view=46.6,31.6,5');
    const eram = page.locator('.in-reach details', { hasText: 'ERAM from Odesa' });
    await eram.locator('summary').click();
    await eram.getByRole('button', { name: 'Kherson', exact: true }).click();
    const label = page.locator('.leaflet-tooltip.probe-label');
    await expect(label).toHaveText('Kherson');
    const box = async (selector: string) => {
      const b = (await page.locator(selector).boundingBox())!;
      return { left: b.x, top: b.y, right: b.x + b.width, bottom: b.y + b.height };
    };
    const overlaps = (a: Awaited<ReturnType<typeof box>>, b: typeof a) =>
      Math.min(a.right, b.right) > Math.max(a.left, b.left) &&
      Math.min(a.bottom, b.bottom) > Math.max(a.top, b.top);
    const odesa = await box('.leaflet-tooltip.site-label');
    const kherson = await box('.leaflet-tooltip.probe-label');
    // it went above the point (left of it is Odesa's name too): Leaflet centres a top tooltip over the point, its
    // foot 8 + 6 px (offset and arrow) above it, and puts a right one's left edge as far right of the point,
    // where this label, as before, would have run under Odesa's name
    expect(await label.getAttribute('class')).toMatch(/leaflet-tooltip-top/);
    const width = kherson.right - kherson.left;
    const height = kherson.bottom - kherson.top;
    const at = { x: (kherson.left + kherson.right) / 2, y: kherson.bottom + 14 };
    const right = {
      left: at.x + 14,
      top: at.y - height / 2,
      right: at.x + 14 + width,
      bottom: at.y + height / 2,
    };
    expect(overlaps(right, odesa)).toBe(true);
    expect(overlaps(kherson, odesa)).toBe(false);
    await screenshot(page, 'in-reach-kherson-labelled');
    expect(watch.errors).toEqual([]);
  });
});
