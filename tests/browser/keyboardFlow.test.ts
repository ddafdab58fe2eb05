// The whole flow by keyboard alone in a real Chromium: find a place, add it as a launch point, pick the
// systems, change the unit and export GeoJSON, with Tab, Shift+Tab, arrows, Enter and Space only. After
// each key the focus must be where a reader expects it, and visible; the scenario URL follows each step.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { focused, focusRing, VISIBLE } from '../support/focusRing';
import { openApp, screenshot, urlParams } from '../support/openApp';
import { downloadBytes, sharedChromium } from '../support/sharedChromium';

let browser: Browser;
beforeAll(async () => {
  browser = await sharedChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function expectFocus(page: Page, name: string | RegExp) {
  await expect.poll(() => focused(page)).toMatch(name);
  expect(await focusRing(page), `focus ring of ${await focused(page)}`).toEqual(VISIBLE);
}

/** Presses `key` until the focus reaches `name`, at most `most` times; returns how many presses it took. */
async function pressUntil(page: Page, key: string, name: string | RegExp, most: number): Promise<number> {
  const seen: string[] = [];
  for (let n = 1; n <= most; n++) {
    await page.keyboard.press(key);
    const now = await focused(page);
    seen.push(now);
    if (typeof name === 'string' ? now.includes(name) : name.test(now)) {
      await expectFocus(page, name);
      return n;
    }
  }
  throw new Error(`${key} × ${most} never reached ${name}; it went through:\n${seen.join('\n')}`);
}

describe('the whole flow by keyboard', () => {
  it('finds a place, adds it, picks systems, switches to miles and exports GeoJSON', async () => {
    const { page, watch } = await openApp(browser);
    expect(await urlParams(page)).toMatchObject({
      sites: '49.9935,36.2304,Kharkiv',
      systems: 'tomahawk,eram,atacms',
    });

    // 1. Tab from the top of the page to the place search, through the header and the map
    await pressUntil(page, 'Tab', '- combobox "Find a place or type coordinates"', 20);
    await page.keyboard.type('Zapo');
    const options = page.getByRole('listbox', { name: 'Matching places' }).getByRole('option');
    // every town whose name starts so, the one near the launch point first; Zapopan, Mexico (larger) further down
    await expect(options.first()).toContainText('Zaporizhzhia, Ukraine');
    await expect
      .poll(() => options.allInnerTexts())
      .toContainEqual(expect.stringMatching(/^Zapopan, Mexico/));
    const combobox = page.getByRole('combobox', { name: 'Find a place or type coordinates' });
    const activeOption = async () => {
      const id = await combobox.getAttribute('aria-activedescendant');
      return id ? page.evaluate((i) => document.getElementById(i)?.textContent ?? null, id) : null;
    };
    expect(await activeOption()).toContain('Zaporizhzhia');
    // the arrows move the active option; the focus stays in the box (the ARIA combobox pattern)
    const second = (await options.nth(1).innerText()).split(',')[0] ?? '';
    await page.keyboard.press('ArrowDown');
    await expect.poll(activeOption).toContain(second);
    await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
    // the active option is marked by a bar in the focus colour, not by a pale tint alone
    expect(await options.nth(1).evaluate((el) => getComputedStyle(el).boxShadow)).toMatch(/inset/);
    await page.keyboard.press('ArrowUp');
    await expect.poll(activeOption).toContain('Zaporizhzhia');
    await expectFocus(page, '- combobox "Find a place or type coordinates"');
    await screenshot(page, 'keyboard-1-place-search');

    // 2. Enter adds it as a launch point; the box is emptied for the next one
    await page.keyboard.press('Enter');
    await expect(page.locator('.site-list li')).toHaveCount(2);
    await expect(options).toHaveCount(0);
    expect(await combobox.inputValue()).toBe('');
    expect((await urlParams(page)).sites).toMatch(
      /^49\.9935,36\.2304,Kharkiv;47\.8\d*,35\.1\d*,Zaporizhzhia$/,
    );
    await expect
      .poll(() => page.locator('.leaflet-tooltip.site-label').allTextContents())
      .toEqual(['Kharkiv', 'Zaporizhzhia']);
    // the new launch point is next in the list: its name box, then its remove button
    await pressUntil(page, 'Tab', /- textbox "Name of launch point at 47\.\d+°N 35\.\d+°E"/, 4);
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe(
      'Zaporizhzhia',
    );
    await page.keyboard.press('Tab');
    await expectFocus(page, '- button "Remove launch point Zaporizhzhia"');
    await page.keyboard.press('Shift+Tab');
    await expectFocus(page, /- textbox "Name of launch point at 47/);
    await page.keyboard.press('Tab');

    // 3. past the marks and the launch areas' country list, the unit: one Tab stop for the group, the arrow
    // keys choose
    await page.keyboard.press('Tab');
    await expectFocus(page, '- button "Click the map to mark"');
    await page.keyboard.press('Tab');
    await expectFocus(page, '- combobox "Mark a place"');
    await page.keyboard.press('Tab');
    await expectFocus(page, '- combobox "Reach from anywhere in"');
    // then picking one on the map, and the ways to make an area of one's own
    await page.keyboard.press('Tab');
    await expectFocus(page, '- button "Pick a country on the map"');
    await page.keyboard.press('Tab');
    await expectFocus(page, '- button "Draw a line"');
    await page.keyboard.press('Tab');
    await expectFocus(page, '- button "Draw an area"');
    await page.keyboard.press('Tab');
    await expectFocus(page, '- button "Open a file of lines or areas"');
    await page.keyboard.press('Tab');
    await expectFocus(page, '- radio "km (kilometres)" [checked]');
    await page.keyboard.press('ArrowRight');
    await expectFocus(page, '- radio "mi (miles)" [checked]');
    expect((await urlParams(page)).units).toBe('mi');
    await expect(page.locator('.system-list li[data-system="tomahawk"] .range')).toHaveText('about 995 mi');
    await screenshot(page, 'keyboard-3-units');

    // 4. the systems: Space turns a system's rings off and on again
    await page.keyboard.press('Tab');
    await expectFocus(page, '- checkbox "Tomahawk about 995 mi" [checked]');
    // each system's colour picker follows its checkbox
    await page.keyboard.press('Tab');
    await expectFocus(page, '- textbox "Colour of Tomahawk"');
    await page.keyboard.press('Tab');
    await expectFocus(page, '- checkbox "ERAM about 285 mi" [checked]');
    await page.keyboard.press('Space');
    await expectFocus(page, '- checkbox "ERAM about 285 mi"');
    expect((await urlParams(page)).systems).toBe('tomahawk,atacms');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await expectFocus(page, '- checkbox "Tomahawk about 995 mi" [checked]');
    await page.keyboard.press('Space');
    expect((await urlParams(page)).systems).toBe('atacms');
    await page.keyboard.press('Space');
    // a system turned on again is drawn last
    expect((await urlParams(page)).systems).toBe('atacms,tomahawk');
    await expectFocus(page, '- checkbox "Tomahawk about 995 mi" [checked]');
    await screenshot(page, 'keyboard-4-systems');

    // 5. on to the export, and Enter downloads the GeoJSON of what is shown
    await pressUntil(page, 'Tab', '- button "Export GeoJSON"', 25);
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    await expectFocus(page, '- button "Export GeoJSON"');
    await screenshot(page, 'keyboard-5-export');
    expect(download.suggestedFilename()).toBe('how-far-they-reach.geojson');
    const geojson = JSON.parse((await downloadBytes(download)).toString('utf8'));
    type Feature = { properties: Record<string, unknown>; geometry: { coordinates: unknown } };
    const features = geojson.features as Feature[];
    const launch = features.filter((f) => f.properties.kind === 'launch-point');
    expect(launch.map((f) => f.properties.label)).toEqual(['Kharkiv', 'Zaporizhzhia']);
    const [lon, lat] = (launch[1] as Feature).geometry.coordinates as [number, number];
    expect(lon).toBeCloseTo(35.14, 1);
    expect(lat).toBeCloseTo(47.84, 1);
    const rings = features.filter((f) => f.properties.kind === 'range-ring');
    expect(new Set(rings.map((f) => `${f.properties.system_id} from ${f.properties.site_label}`))).toEqual(
      new Set([
        'tomahawk from Kharkiv',
        'atacms from Kharkiv',
        'tomahawk from Zaporizhzhia',
        'atacms from Zaporizhzhia',
      ]),
    );
    expect(rings.every((f) => f.properties.unit === 'mi')).toBe(true);
    // Space presses a button too
    const [again] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Space')]);
    expect(again.suggestedFilename()).toBe('how-far-they-reach.geojson');

    expect(await urlParams(page)).toMatchObject({
      sites: expect.stringContaining('Zaporizhzhia'),
      systems: 'atacms,tomahawk',
      units: 'mi',
    });
    expect(watch.errors).toEqual([]);
  }, 120_000);
});
