// A map with hundreds of rings to nearly 20,000 km, whose rings are made and painted in slices between frames
// and whose labels are placed in slices too: it keeps showing rings (the ones it had, rescaled) while the new
// ones are made after a zoom click, and a zoom in and out again ends on the very picture, and the very labels,
// it began with. The heaviest map a link may hold paints its rings once, all of them with their labels, though
// the page renders meanwhile (a system hovered in the list): no part of them is painted first.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { heavyMapQuery } from '../bench/heavyMapBench';
import { openApp, screenshot } from '../support/openApp';
import { sharedChromium } from '../support/sharedChromium';

const SITES = Array.from(
  { length: 20 },
  (_, i) => `${(35 + (i % 5) * 4).toFixed(2)},${(-5 + Math.floor(i / 5) * 30).toFixed(2)},P${i + 1}`,
);
const CUSTOM = Array.from({ length: 20 }, (_, i) => `S${i + 1}:${1000 * (i + 1) - 50}km`);
const QUERY = `?sites=${SITES.join(';')}&custom=${CUSTOM.join(';')}&systems=${CUSTOM.map((_, i) => `custom-s${i + 1}`).join(',')}`;

let browser: Browser;
beforeAll(async () => {
  browser = await sharedChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** The rings canvas as a PNG data URL, with its size. */
const ringsPicture = (page: Page) =>
  page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('.leaflet-rings-pane canvas');
    return canvas ? `${canvas.width}x${canvas.height}:${canvas.toDataURL()}` : '';
  });

/** Share of the rings canvas's pixels that are painted (not transparent). */
const paintedShare = (page: Page) =>
  page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('.leaflet-rings-pane canvas');
    if (!canvas) return 0;
    // read through a copy made for reading: the map's own canvas is not read back again and again by the test
    const copy = document.createElement('canvas');
    copy.width = canvas.width;
    copy.height = canvas.height;
    const ctx = copy.getContext('2d', { willReadFrequently: true });
    ctx?.drawImage(canvas, 0, 0);
    const data = ctx?.getImageData(0, 0, copy.width, copy.height).data;
    if (!data) return 0;
    let painted = 0;
    for (let i = 3; i < data.length; i += 4) if ((data[i] as number) > 0) painted++;
    return painted / (data.length / 4);
  });

/** Each ring label shown, by its text and where it stands on the page. */
const labelsShown = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('.ring-label')]
      .map((label) => {
        const box = label.getBoundingClientRect();
        return `${label.textContent} @ ${Math.round(box.left)},${Math.round(box.top)}`;
      })
      .sort(),
  );

/** Resolves when the page's main thread is next idle: no slice of rings, paint or labels is queued then. */
const idle = (page: Page) =>
  page.evaluate(() => new Promise<void>((done) => requestIdleCallback(() => done())));

/** Resolves once the labels have stood still for a while (the last of them placed). */
async function settledLabels(page: Page): Promise<string[]> {
  let last = '';
  await expect
    .poll(
      async () => {
        await idle(page);
        const now = JSON.stringify(await labelsShown(page));
        const same = now === last;
        last = now;
        return same;
      },
      { timeout: 120_000, interval: 1000 },
    )
    .toBe(true);
  return JSON.parse(last) as string[];
}

/**
 * Run in the page from its navigation: notes each new look of the rings canvas (a small copy of it, sampled every
 * 30 ms), whether it is bare, and whether a ring label was shown then.
 */
function watchRingsPicture(): void {
  const seen: { bare: boolean; labels: boolean }[] = [];
  (window as unknown as { ringsLooks: typeof seen }).ringsLooks = seen;
  const copy = document.createElement('canvas');
  copy.width = 64;
  copy.height = 40;
  const ctx = copy.getContext('2d', { willReadFrequently: true });
  let last = '';
  setInterval(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('.leaflet-rings-pane canvas');
    if (!canvas || !ctx || canvas.width === 0) return;
    ctx.clearRect(0, 0, copy.width, copy.height);
    ctx.drawImage(canvas, 0, 0, copy.width, copy.height);
    const data = ctx.getImageData(0, 0, copy.width, copy.height).data;
    const look = data.join(',');
    if (look === last) return;
    last = look;
    seen.push({ bare: data.every((v) => v === 0), labels: document.querySelector('.ring-label') !== null });
  }, 30);
}

/** Resolves once the picture has rings and has stood still for a while (the last slice shown). */
async function settledPicture(page: Page): Promise<string> {
  let last = '';
  await expect
    .poll(
      async () => {
        await idle(page);
        const now = await ringsPicture(page);
        // a heavy map's canvas is bare until its rings, all made, are painted (in slices, after the labels)
        const same = now === last && now !== '' && (await paintedShare(page)) > 0;
        last = now;
        return same;
      },
      { timeout: 120_000, interval: 1000 },
    )
    .toBe(true);
  return last;
}

describe('a heavy map drawn in slices', () => {
  it('keeps rings on the map while the rings of a zoom are made, and zooms back to the same picture', async () => {
    const { page, watch } = await openApp(browser, QUERY);
    await page.locator('.ring-label').first().waitFor({ timeout: 60_000 });
    const before = await settledPicture(page);
    const labelsBefore = await settledLabels(page);
    expect(labelsBefore.length).toBeGreaterThan(20);
    expect(await paintedShare(page)).toBeGreaterThan(0.5);

    await page.getByRole('button', { name: 'Zoom in' }).click();
    // in the frames after the click, before the new rings are all made, the map is not bare
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
    expect(await paintedShare(page)).toBeGreaterThan(0.5);
    const zoomed = await settledPicture(page);
    await screenshot(page, 'heavy-map-zoomed');
    expect(zoomed).not.toBe(before);

    await page.getByRole('button', { name: 'Zoom out' }).click();
    expect(await settledPicture(page)).toBe(before);
    expect(await settledLabels(page)).toEqual(labelsBefore);
    expect(watch.errors).toEqual([]);
    // each painting slice reads its canvas back once: no warning of a canvas read again and again
    expect(watch.warnings.filter((w) => /getImageData|willReadFrequently/.test(w))).toEqual([]);
  }, 180_000);
});

describe('the heaviest map opened', () => {
  it('paints its rings once, all of them, with their labels, while the page renders meanwhile', async () => {
    const { page, watch } = await openApp(browser);
    await page.addInitScript(watchRingsPicture);
    await page.goto(`${inject('appUrl')}${heavyMapQuery()}`);
    // a person points at systems in the list while its 2,650 rings are made: the rings layer renders for each
    const systems = page.locator('.system-list li');
    await systems.nth(0).hover({ timeout: 120_000 });
    await systems.nth(1).hover({ timeout: 60_000 });
    await page.locator('.ring-label').first().waitFor({ timeout: 120_000 });
    await settledPicture(page);
    const looks = await page.evaluate(
      () => (window as unknown as { ringsLooks: { bare: boolean; labels: boolean }[] }).ringsLooks,
    );
    // the canvas was bare until the rings and their labels came: no part of the rings was painted before
    expect(looks.filter((look) => !look.bare && !look.labels)).toEqual([]);
    expect(looks.some((look) => !look.bare && look.labels)).toBe(true);
    expect(watch.errors).toEqual([]);
  }, 300_000);
});
