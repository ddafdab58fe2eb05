// Launch areas in every view of a real Chromium: the in-reach list measures from the area's nearest point
// (checked against the core's distance to the outline), the screen-reader summary and the map's labels say
// each area's reach, and a reach across 180° is drawn whole, with no stroke along the seam, on the world copy
// in view.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { countryOutline, loadDetailedOutlines } from '../../src/data';
import { type LonLat, nearestOnSource, reachSource } from '../../src/geo';
import { formatDistance } from '../../src/scenario';
import { watchPage } from '../support/launchChromium';
import { screenshot } from '../support/openApp';
import { sharedChromium } from '../support/sharedChromium';

let browser: Browser;
beforeAll(async () => {
  browser = await sharedChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function open(query: string, viewport = { width: 1280, height: 800 }) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const watch = watchPage(page);
  await page.goto(`${inject('appUrl')}${query}`);
  return { page, watch };
}

/** The distance from a place to Ukraine's outline at both scales the app may measure from, in km. */
async function kmToUkraine(place: LonLat): Promise<number[]> {
  const coarse = countryOutline('UA', '110m');
  await loadDetailedOutlines();
  const fine = countryOutline('UA', '50m');
  return [coarse, fine].map((outline) => {
    if (!outline) throw new Error('no outline of Ukraine');
    return nearestOnSource(place, reachSource(outline.geometry)).distanceM / 1000;
  });
}

const REACH_CANVAS = '.leaflet-areaReaches-pane canvas';

/** The alpha of the reach canvas at screen offsets from a map position, from the view written in the link. */
async function reachAlphas(page: Page, [lon, lat]: LonLat, offsets: [number, number][]): Promise<number[]> {
  return page.evaluate(
    ({ lon, lat, offsets, selector }) => {
      const container = document.querySelector('.leaflet-container') as HTMLElement;
      const canvas = document.querySelector(selector) as HTMLCanvasElement | null;
      if (!canvas) return offsets.map(() => -1);
      const view = new URLSearchParams(location.search).get('view')?.split(',').map(Number) ?? [];
      const [cLat = 0, cLon = 0, zoom = 0] = view;
      const scale = (256 * 2 ** zoom) / 360;
      const y = (l: number) => (Math.log(Math.tan(Math.PI / 4 + (l * Math.PI) / 360)) * 180) / Math.PI;
      const box = container.getBoundingClientRect();
      const rect = canvas.getBoundingClientRect();
      const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
      return offsets.map(([dx, dy]) => {
        const clientX = box.left + box.width / 2 + (lon - cLon) * scale + dx;
        const clientY = box.top + box.height / 2 - (y(lat) - y(cLat)) * scale + dy;
        const px = Math.round(((clientX - rect.left) * canvas.width) / rect.width);
        const py = Math.round(((clientY - rect.top) * canvas.height) / rect.height);
        return ctx.getImageData(px, py, 1, 1).data[3] ?? 0;
      });
    },
    { lon, lat, offsets, selector: REACH_CANVAS },
  );
}

const areaDone = (page: Page) =>
  expect.poll(() => page.locator('.area-status').textContent(), { timeout: 30_000 }).toBe('');

describe('in reach of a launch area', () => {
  it('lists Belgorod with its distance to the border, sorted, and Kyiv only once asked, in km and mi', async () => {
    const belgorod: LonLat = [36.6, 50.6];
    const truth = await kmToUkraine(belgorod);
    const { page, watch } = await open('?from=UA&systems=atacms');
    await areaDone(page);
    const atacms = page.locator('.in-reach details', { hasText: 'ATACMS from Ukraine' });
    await expect(atacms.locator('summary')).toContainText(/ATACMS from Ukraine: [\d,]+ cities, including/);
    await atacms.locator('summary').click();
    const row = atacms.locator('.reach-list li', { hasText: 'Belgorod' });
    await expect(row).toHaveCount(1);
    const shown = (await row.locator('.detail').textContent()) ?? '';
    // the outline the map has loaded: 1:50m once it is, which the status above waited for
    expect(shown).toBe(` RU · ${formatDistance(truth[1] as number, 'km', 'en-US')}`);
    expect(await atacms.locator('.reach-list li', { hasText: 'Kyiv' }).count()).toBe(0);
    const distances = await atacms.locator('.reach-list li .detail').allTextContents();
    const km = distances.map((t) => Number(t.replace(/[^\d.]/g, '')));
    expect(km.length).toBeGreaterThan(10);
    expect(km).toEqual([...km].sort((a, b) => a - b));
    expect(Math.max(...km)).toBeLessThanOrEqual(300);

    await page.getByLabel('Include places inside the area').check();
    await expect(atacms.locator('.reach-list li', { hasText: 'Kyiv' })).toContainText('UA · inside');
    await expect(atacms.locator('.reach-list li').first()).toContainText('inside');

    await page.locator('.units label', { hasText: 'mi' }).first().click();
    const inMiles = atacms.locator('.reach-list li', { hasText: 'Belgorod' }).locator('.detail');
    await expect(inMiles).toHaveText(`RU · ${formatDistance(truth[1] as number, 'mi', 'en-US')}`);
    await screenshot(page, 'in-reach-of-ukraine');
    expect(watch.errors).toEqual([]);
  });
});

describe('a launch area on the map and in the summary', () => {
  it('says what the reach covers, and labels it with its range clear of the outline', async () => {
    const { page, watch } = await open('?from=UA&systems=tomahawk');
    await areaDone(page);
    const summary = page.getByTestId('rings-summary');
    await expect(summary).toHaveText(
      /^Tomahawk's reach from Ukraine \(about 1,600 km\) covers [\d,]{3,} cities of 100,000 people or more outside it, as far as .+ \(1,[56]\d\d km\) and .+ \(1,[56]\d\d km\)\.$/,
    );
    const label = page.locator('.leaflet-areaLabels-pane .ring-label', {
      hasText: 'Tomahawk from Ukraine, 1,600 km',
    });
    // one per world copy; the one on the copy in view is on screen
    await expect(label).toHaveCount(3);
    const map = await page.locator('.leaflet-container').boundingBox();
    const boxes = (await label.evaluateAll((els) =>
      els.map((el) => el.getBoundingClientRect().toJSON()),
    )) as DOMRect[];
    const shown = boxes.filter(
      (b) => map && b.left >= map.x && b.right <= map.x + map.width && b.top >= map.y,
    );
    expect(shown).toHaveLength(1);
    const box = shown[0] as DOMRect;
    // no outline pixel under the label: the reach canvas is clear there (the fill lies below the top point)
    const alphas = await page.evaluate(
      ({ box, selector }) => {
        const canvas = document.querySelector(selector) as HTMLCanvasElement;
        const rect = canvas.getBoundingClientRect();
        const sx = canvas.width / rect.width;
        const data = (canvas.getContext('2d') as CanvasRenderingContext2D).getImageData(
          Math.round((box.left - rect.left) * sx),
          Math.round((box.top - rect.top) * sx),
          Math.round(box.width * sx),
          Math.round(box.height * sx),
        ).data;
        let max = 0;
        for (let i = 3; i < data.length; i += 4) max = Math.max(max, data[i] as number);
        return max;
      },
      { box, selector: REACH_CANVAS },
    );
    expect(alphas).toBe(0);
    await screenshot(page, 'reach-label-tomahawk-from-ukraine');
    expect(watch.errors).toEqual([]);
  });

  it('draws a reach across 180° whole on the world copy in view, with no stroke along the seam', async () => {
    // Fiji straddles 180°: its reach is split there by the core; the view is west of the seam. Tomahawk's reach
    // (no published band, its outline 1,600 km away, beyond this view) leaves no true outline or dashed band in
    // view, so any stroke here would be one along the seam.
    const { page, watch } = await open('?from=FJ&systems=tomahawk&view=-17,-179.5,6');
    await areaDone(page);
    const seam: LonLat = [-180, -17];
    await expect
      .poll(async () => (await reachAlphas(page, seam, [[0, 0]]))[0], { timeout: 20_000 })
      .toBeGreaterThan(0);
    // the fill on both sides: east of the seam as drawn, west of it from the copy one world west (179.5°E)
    const [east = 0, west = 0] = await reachAlphas(page, seam, [
      [25, 0],
      [-25, 0],
    ]);
    expect(east).toBeGreaterThan(0);
    expect(west).toBe(east);
    // down the seam, well inside the reach: fill only, never an outline
    const scale = (256 * 2 ** 6) / 360;
    const column: [number, number][] = [];
    for (let dy = -3 * scale * 0.9; dy <= 3 * scale * 0.9; dy += 4) {
      for (const dx of [-2, -1, 0, 1, 2]) column.push([dx, dy]);
    }
    const alphas = await reachAlphas(page, seam, column);
    expect(Math.min(...alphas)).toBeGreaterThan(0);
    expect(Math.max(...alphas)).toBe(east);
    await screenshot(page, 'reach-across-180-fiji');
    expect(watch.errors).toEqual([]);
  });
});
