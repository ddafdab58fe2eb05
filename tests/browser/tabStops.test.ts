// Every Tab stop of the page in a real Chromium, in both themes: named as expected, in order forwards and
// backwards, each showing its focus; the skip link takes the keyboard past the header and the map.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { focused, focusRing, VISIBLE } from '../support/focusRing';
import { openApp, screenshot } from '../support/openApp';
import { sharedChromium } from '../support/sharedChromium';

let browser: Browser;
beforeAll(async () => {
  browser = await sharedChromium();
});
afterAll(async () => {
  await browser?.close();
});

// The page's Tab order with one launch point and two of three systems shown: what each stop is called.
const TAB_ORDER = [
  '- link "Skip to the controls"',
  '- combobox "View"',
  '- button "Export image"',
  '- button "Embed"',
  '- button "Hide panel"',
  '- region "Map of range rings. Arrow keys pan it, plus and minus zoom."',
  '- button "Launch point Kyiv. Arrow keys move it',
  '- button "Zoom in"',
  '- button "Zoom out"',
  '- link "Leaflet"',
  '- link "Natural Earth"',
  '- button "Fit rings"',
  '- button "Add by clicking the map"',
  '- combobox "Find a place or type coordinates"',
  '- textbox "Name of launch point at 50.45°N 30.52°E"',
  '- button "Remove launch point Kyiv"',
  '- button "Click the map to mark"',
  '- combobox "Mark a place"',
  '- combobox "Reach from anywhere in"',
  '- button "Pick a country on the map"',
  '- button "Draw a line"',
  '- button "Draw an area"',
  '- button "Open a file of lines or areas"',
  '- radio "km (kilometres)" [checked]',
  '- checkbox "Tomahawk about 1,600 km"',
  '- textbox "Colour of Tomahawk"',
  '- checkbox "ERAM about 460 km" [checked]',
  '- textbox "Colour of ERAM"',
  '- checkbox "ATACMS about 300 km" [checked]',
  '- textbox "Colour of ATACMS"',
  '- text: Add or load systems',
  '- button "ERAM, about 460 km',
  '- button "ATACMS, about 300 km',
  '- text: "ERAM from Kyiv',
  '- text: "ATACMS from Kyiv',
  '- text: Title, theme and basemap',
  '- button "Export GeoJSON"',
  '- button "Export KML"',
  '- button "Save scenario"',
  '- button "Open scenario"',
];

describe('the skip link', () => {
  it('takes the keyboard past the header and the map to the panel', async () => {
    const { page, watch } = await openApp(browser, '?sites=50.45,30.5234,Kyiv');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toContain('- link "Skip to the controls"');
    await screenshot(page, 'keyboard-skip-link');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toContain('- button "Add by clicking the map"');
    expect(watch.errors).toEqual([]);
    await page.context().close();
  });
});

describe('every Tab stop', () => {
  for (const theme of ['light', 'dark']) {
    it(`is named and shows its focus, forwards and backwards, in the ${theme} theme`, async () => {
      const { page, watch } = await openApp(
        browser,
        `?theme=${theme}&sites=50.45,30.5234,Kyiv&systems=atacms,eram`,
      );
      // the lists of places in reach come with the lazily loaded gazetteer
      await expect(page.locator('.reach-system summary')).toHaveCount(2);
      const forwards: string[] = [];
      for (const expected of TAB_ORDER) {
        await page.keyboard.press('Tab');
        const name = await focused(page);
        forwards.push(name);
        expect(name, `after ${forwards.slice(-3, -1).join(' → ')}`).toContain(expected);
        expect(await focusRing(page), `focus ring of ${name}`).toEqual(VISIBLE);
        if (name.startsWith('- button "ERAM, about')) await screenshot(page, `keyboard-chart-focus-${theme}`);
        if (name.startsWith('- region')) await screenshot(page, `keyboard-map-focus-${theme}`);
        if (name.startsWith('- radio')) await screenshot(page, `keyboard-units-focus-${theme}`);
      }
      // Tab from the last stop leaves the page; Shift+Tab comes back through the same stops in reverse
      for (const expected of [...TAB_ORDER].reverse().slice(1)) {
        await page.keyboard.press('Shift+Tab');
        expect(await focused(page)).toContain(expected);
      }
      expect(watch.errors).toEqual([]);
    }, 90_000);
  }
});
