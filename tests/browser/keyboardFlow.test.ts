// The whole flow by keyboard alone in a real Chromium: find a place, add it as a launch point, pick the
// systems, change the unit and export GeoJSON, with Tab, Shift+Tab, arrows, Enter and Space only. After
// each key the focus must be where a reader expects it, and visible; the scenario URL follows each step.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/launchChromium';
import { openApp, screenshot, urlParams } from '../support/openApp';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** The focused element as the accessibility tree names it, e.g. `- button "Export GeoJSON"`. */
async function focused(page: Page): Promise<string> {
  const handle = await page.evaluateHandle(() => document.activeElement);
  const isBody = await handle.evaluate((el) => el === document.body || el === null);
  await handle.dispose();
  if (isBody) return '(nothing)';
  return (await page.locator('*:focus').ariaSnapshot()).split('\n')[0] as string;
}

/**
 * How the focus shows: the focused element matches :focus-visible, and it, or the label that stands for
 * it (a visually hidden radio button), draws an outline at least 2 px wide, inside the window, whose colour
 * contrasts at least 3:1 (WCAG 1.4.11) with what it is drawn on: the parent's background outside the
 * element, or inside it (a negative offset) the element's own background or an inset ring. A chart row
 * (SVG) strokes its hit area instead, and the map draws its ring inside itself, on an ::after layer.
 */
async function focusRing(page: Page) {
  return page.evaluate(() => {
    type Rgba = [number, number, number, number];
    const parse = (css: string): Rgba | null => {
      const srgb = css.match(/color\(srgb ([^)]+)\)/);
      const rgb = css.match(/rgba?\(([^)]+)\)/);
      const found = srgb ?? rgb;
      if (!found) return null;
      const p = (found[1] as string)
        .split(/[\s,/]+/)
        .filter(Boolean)
        .map(Number);
      const scale = srgb ? 255 : 1;
      return [(p[0] ?? 0) * scale, (p[1] ?? 0) * scale, (p[2] ?? 0) * scale, p[3] ?? 1];
    };
    // the colour an element's background shows, its ancestors' composed under it
    const backgroundOf = (el: Element | null): Rgba => {
      const layers: Rgba[] = [];
      for (let at = el; at; at = at.parentElement) {
        const c = parse(getComputedStyle(at).backgroundColor);
        if (c && c[3] > 0) layers.push(c);
        if (c && c[3] >= 1) break;
      }
      return layers.reduceRight<Rgba>(
        (under, [r, g, b, a]) => [
          r * a + under[0] * (1 - a),
          g * a + under[1] * (1 - a),
          b * a + under[2] * (1 - a),
          1,
        ],
        [255, 255, 255, 1],
      );
    };
    const luminance = ([r, g, b]: Rgba) => {
      const [R, G, B] = [r, g, b].map((v) => {
        const c = v / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      }) as [number, number, number];
      return 0.2126 * R + 0.7152 * G + 0.0722 * B;
    };
    const contrast = (a: Rgba, b: Rgba) => {
      const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
      return (hi + 0.05) / (lo + 0.05);
    };

    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const inView = (box: DOMRect) =>
      box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < window.innerHeight;
    // a chart row (SVG, where outlines are not drawn) shows its focus by stroking its hit area
    const hit = el instanceof SVGElement ? el.querySelector('.hit') : null;
    if (hit) {
      const stroke = getComputedStyle(hit);
      return {
        focusVisible: el.matches(':focus-visible'),
        outline: stroke.stroke !== 'none' && Number.parseFloat(stroke.strokeWidth) >= 2,
        contrasts:
          contrast(
            parse(stroke.stroke) ?? [0, 0, 0, 0],
            backgroundOf(el.closest('svg')?.parentElement ?? null),
          ) >= 3,
        inView: inView(hit.getBoundingClientRect()),
      };
    }
    // the map draws its ring inside itself, as the border of a layer above its panes
    const layer = getComputedStyle(el, '::after');
    if (layer.content !== 'none' && layer.borderTopStyle !== 'none') {
      return {
        focusVisible: el.matches(':focus-visible'),
        outline: Number.parseFloat(layer.borderTopWidth) >= 2,
        contrasts: contrast(parse(layer.borderTopColor) ?? [0, 0, 0, 0], backgroundOf(el)) >= 3,
        inView: inView(el.getBoundingClientRect()),
      };
    }
    const hidden = Number.parseFloat(getComputedStyle(el).opacity) === 0;
    const shown = hidden ? (el.closest('label') ?? el) : el;
    const style = getComputedStyle(shown);
    const box = shown.getBoundingClientRect();
    const inset = style.boxShadow.includes('inset') ? parse(style.boxShadow) : null;
    const drawnOn =
      Number.parseFloat(style.outlineOffset) < 0
        ? (inset ?? backgroundOf(shown))
        : backgroundOf(shown.parentElement);
    const outlineColour = parse(style.outlineColor) ?? [0, 0, 0, 0];
    return {
      focusVisible: el.matches(':focus-visible'),
      outline: style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 2,
      contrasts: contrast(outlineColour, drawnOn) >= 3,
      inView: inView(box),
    };
  });
}

const VISIBLE = { focusVisible: true, outline: true, contrasts: true, inView: true };

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
    const geojson = JSON.parse(readFileSync((await download.path()) as string, 'utf8'));
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
