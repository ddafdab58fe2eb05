// Adding a launch point in a real Chromium, frame by frame: its marker, name, rings and ring labels are on the
// map in the frame after the key press or click, the country names under them gone in that frame, and the side
// panel's new row and the text summary follow in a later frame (src/app/useMapFirst.ts); the name beside a
// marker is centred on it without Leaflet reading its size (src/map/placeNameUnmeasured.ts).
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp } from '../support/openApp';
import { openNamedMap } from '../support/openNamedMap';
import { sharedChromium } from '../support/sharedChromium';

let browser: Browser;
beforeAll(async () => {
  browser = await sharedChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** Types coordinates into the place search key by key, until they are offered as a point; returns the field. */
async function typeCoordinates(page: Page) {
  const search = page.getByRole('combobox', { name: 'Find a place or type coordinates' });
  await search.click();
  await search.pressSequentially('48.5, 35.2');
  await expect(
    page.getByRole('listbox', { name: 'Matching places' }).getByRole('option').first(),
  ).toContainText('48.50°N 35.20°E');
  return search;
}

/**
 * From now on, the page counts its frames and notes the frame in which the map first holds `markers` launch
 * markers with as many names, and the panel `rows` rows; and how often a name's size is read.
 */
async function watchFrames(page: Page, markers: number, rows: number) {
  await page.evaluate(
    ({ markers, rows }) => {
      const seen: { frame: number; marker?: number; row?: number; sizeReads: number } = {
        frame: 0,
        sizeReads: 0,
      };
      (window as unknown as { __seen: typeof seen }).__seen = seen;
      const tick = () => {
        seen.frame++;
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
      const look = () => {
        const onMap =
          document.querySelectorAll('.range-map .launch-marker').length >= markers &&
          document.querySelectorAll('.range-map .site-label').length >= markers;
        if (seen.marker === undefined && onMap) seen.marker = seen.frame;
        if (seen.row === undefined && document.querySelectorAll('.site-list li').length >= rows)
          seen.row = seen.frame;
      };
      new MutationObserver(look).observe(document.body, { subtree: true, childList: true });
      for (const name of ['offsetWidth', 'offsetHeight'] as const) {
        const own = Object.getOwnPropertyDescriptor(HTMLElement.prototype, name);
        Object.defineProperty(HTMLElement.prototype, name, {
          configurable: true,
          get(this: HTMLElement) {
            if (this.classList.contains('site-label')) seen.sizeReads++;
            return own?.get?.call(this);
          },
        });
      }
    },
    { markers, rows },
  );
}

const seenFrames = (page: Page) =>
  page.evaluate(
    () => (window as unknown as { __seen: { marker?: number; row?: number; sizeReads: number } }).__seen,
  );

/**
 * Vertical distance, in px, between each name's centre and the centre of its marker: the marker whose right
 * edge is 4 px left of the name (offset 10 px, less the marker's 12 px half width, plus the 6 px arrow), or
 * whose left edge is 4 px right of a name on the left.
 */
const nameOffsets = (page: Page) =>
  page.evaluate(() => {
    const markers = [...document.querySelectorAll('.range-map .launch-marker')].map((m) =>
      m.getBoundingClientRect(),
    );
    return [...document.querySelectorAll('.range-map .site-label')].map((name) => {
      const n = name.getBoundingClientRect();
      // a name on the left (siteNameSides) ends 4 px before its marker, the same way round
      const m = markers.find(
        (box) => Math.abs(n.left - box.right - 4) < 0.6 || Math.abs(box.left - n.right - 4) < 0.6,
      );
      return m ? Math.abs(m.top + m.height / 2 - (n.top + n.height / 2)) : Number.NaN;
    });
  });

describe('adding a launch point', () => {
  it('shows typed coordinates on the map first, then the panel row and the summary; focus stays in the field', async () => {
    const { page, watch } = await openNamedMap(browser);
    const search = await typeCoordinates(page);
    await watchFrames(page, 2, 2);
    await search.press('Enter');

    await expect.poll(async () => (await seenFrames(page)).row).toBeDefined();
    const seen = await seenFrames(page);
    expect(seen.marker).toBeDefined();
    // the map showed the point in an earlier frame than the panel's row
    expect(seen.row).toBeGreaterThan(seen.marker as number);
    expect(seen.sizeReads).toBe(0);

    await expect.poll(() => page.locator('.range-map .site-label').allTextContents()).toHaveLength(2);
    expect(await page.locator('.site-list .coords').nth(1).textContent()).toBe('48.50°N 35.20°E');
    await expect.poll(() => page.getByTestId('rings-summary').textContent()).toContain('2 launch points');
    // the field is emptied and keeps the focus, ready for the next point
    expect(await search.inputValue()).toBe('');
    expect(await search.evaluate((el) => el === document.activeElement)).toBe(true);
    const offsets = await nameOffsets(page);
    expect(offsets).toHaveLength(2);
    for (const offset of offsets) expect(offset).toBeLessThanOrEqual(1);
    expect(watch.errors).toEqual([]);
  });

  it('draws the new name, its ring labels and the country names that make way for them in one frame', async () => {
    const { page, watch } = await openNamedMap(browser, '', 4);
    const search = await typeCoordinates(page);
    const countriesBefore = await page.locator('.range-map .basemap-label span').allTextContents();
    // from the frame that first shows the second marker, what each of the next 20 frames shows
    await page.evaluate(() => {
      type Shown = { names: string[]; ringLabels: number; countries: string[]; covered: string[] };
      const frames: Shown[] = [];
      (window as unknown as { __frames: Shown[] }).__frames = frames;
      const boxes = (selector: string) =>
        [...document.querySelectorAll(`.range-map ${selector}`)].map((el) => ({
          text: el.textContent ?? '',
          box: el.getBoundingClientRect(),
        }));
      const meet = (a: DOMRect, b: DOMRect) =>
        a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
      const look = () => {
        if (document.querySelectorAll('.range-map .launch-marker').length >= 2) {
          const words = [...boxes('.ring-label'), ...boxes('.site-label')];
          const countries = boxes('.basemap-label span');
          frames.push({
            names: boxes('.site-label').map((n) => n.text),
            ringLabels: boxes('.ring-label').length,
            countries: countries.map((c) => c.text),
            covered: countries.filter((c) => words.some((w) => meet(c.box, w.box))).map((c) => c.text),
          });
        }
        if (frames.length < 20) requestAnimationFrame(look);
      };
      requestAnimationFrame(look);
    });
    await search.press('Enter');

    type Shown = { names: string[]; ringLabels: number; countries: string[]; covered: string[] };
    const frames = () => page.evaluate(() => (window as unknown as { __frames: Shown[] }).__frames);
    await expect.poll(async () => (await frames()).length, { timeout: 10_000 }).toBe(20);
    const [first, ...later] = (await frames()) as [Shown, ...Shown[]];
    // the new point's name has its text, and its three ring labels are placed, in the marker's own frame
    expect(first.names).toHaveLength(2);
    for (const name of first.names) expect(name).not.toBe('');
    expect(first.ringLabels).toBe(6);
    // a country name under the new labels has made way in that frame too, and the others stay
    expect(first.covered).toEqual([]);
    expect(first.countries.length).toBeLessThan(countriesBefore.length);
    for (const country of first.countries) expect(countriesBefore).toContain(country);
    // and nothing on the map changes in the frames after it
    for (const shown of later) expect(shown).toEqual(first);
    expect(watch.errors).toEqual([]);
  });

  it('shows a point clicked on the map first, and the panel leaves the "add" mode after it', async () => {
    const { page, watch } = await openNamedMap(browser);
    await page.getByRole('button', { name: 'Add by clicking the map' }).click();
    const box = (await page.locator('.range-map').boundingBox()) as {
      x: number;
      y: number;
      width: number;
      height: number;
    };
    await watchFrames(page, 2, 2);
    await page.mouse.click(box.x + box.width * 0.25, box.y + box.height * 0.4);

    await expect.poll(async () => (await seenFrames(page)).row).toBeDefined();
    const seen = await seenFrames(page);
    expect(seen.row).toBeGreaterThan(seen.marker as number);
    await expect
      .poll(() => page.getByRole('button', { name: 'Add by clicking the map' }).getAttribute('aria-pressed'))
      .toBe('false');
    expect(await page.locator('.map-wrap.adding').count()).toBe(0);
    expect(watch.errors).toEqual([]);
  });

  it('keeps each name centred on its marker, in both directions of text and after a zoom, never measuring it', async () => {
    const { page } = await openApp(
      browser,
      '?sites=50.45,30.52,Kyiv;48.5,35.2,%D9%85%D8%AD%D8%B7%D8%A9&systems=tomahawk',
    );
    await page.locator('.range-map .site-label').nth(1).waitFor();
    await watchFrames(page, 2, 2);
    const before = await nameOffsets(page);
    expect(before).toHaveLength(2);
    for (const offset of before) expect(offset).toBeLessThanOrEqual(1);
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.waitForTimeout(600);
    const offsets = await nameOffsets(page);
    expect(offsets).toHaveLength(2);
    for (const offset of offsets) expect(offset).toBeLessThanOrEqual(1);
    expect((await seenFrames(page)).sizeReads).toBe(0);
  });
});
