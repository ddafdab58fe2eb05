// Rings that go round a pole or reach across the world, as a reader sees them in a real Chromium: the
// outline is stroked only along the true ring (no straight line along the map's top edge or down the
// meridian opposite the launch point), and "Fit rings" frames a pole cap without a band of empty map.
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

/** What the rings pane drew at each pixel of the map, row by row: ' ' nothing, 'f' fill only, 'S' stroke. */
interface RingPixels {
  width: number;
  height: number;
  at: (x: number, y: number) => ' ' | 'f' | 'S';
}

/** Down the map's middle column: the first row drawn, and the last stroked row as a share of the height. */
async function framed(page: Page): Promise<{ firstDrawn: number; lastStroke: number }> {
  const px = await ringPixels(page);
  const x = Math.round(px.width / 2);
  let firstDrawn = 0;
  while (firstDrawn < px.height && px.at(x, firstDrawn) === ' ') firstDrawn++;
  let lastStroke = px.height - 1;
  while (lastStroke > 0 && px.at(x, lastStroke) !== 'S') lastStroke--;
  return { firstDrawn, lastStroke: lastStroke / px.height };
}

async function ringPixels(page: Page): Promise<RingPixels> {
  const { width, height, mask } = await page.evaluate(() => {
    const map = document.querySelector('.range-map') as HTMLElement;
    const canvas = document.querySelector('.leaflet-rings-pane canvas') as HTMLCanvasElement;
    const m = map.getBoundingClientRect();
    const c = canvas.getBoundingClientRect();
    const scale = canvas.width / c.width;
    const data = (canvas.getContext('2d') as CanvasRenderingContext2D).getImageData(
      0,
      0,
      canvas.width,
      canvas.height,
    ).data;
    const w = Math.floor(m.width);
    const h = Math.floor(m.height);
    const out: string[] = [];
    for (let y = 0; y < h; y++) {
      let row = '';
      for (let x = 0; x < w; x++) {
        const cx = Math.floor((x + m.left - c.left) * scale);
        const cy = Math.floor((y + m.top - c.top) * scale);
        const a =
          cx < 0 || cy < 0 || cx >= canvas.width || cy >= canvas.height
            ? 0
            : (data[(cy * canvas.width + cx) * 4 + 3] as number);
        row += a === 0 ? ' ' : a < 200 ? 'f' : 'S';
      }
      out.push(row);
    }
    return { width: w, height: h, mask: out };
  });
  return { width, height, at: (x, y) => (mask[y]?.[x] ?? ' ') as ' ' | 'f' | 'S' };
}

const mercY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
const MAX_LAT = 85.051_128_78;

/** Container y of a latitude in a view centred on `centerLat` at `zoom` (what `view=` in the URL sets). */
function rowOf(lat: number, centerLat: number, zoom: number, height: number): number {
  return Math.round(height / 2 - ((mercY(lat) - mercY(centerLat)) * 256 * 2 ** zoom) / (2 * Math.PI));
}

/** The longest horizontal run of stroke pixels in rows y0…y1. */
function longestStrokeRun(px: RingPixels, y0: number, y1: number): number {
  let longest = 0;
  for (let y = y0; y <= y1; y++) {
    let run = 0;
    for (let x = 0; x < px.width; x++) {
      run = px.at(x, y) === 'S' ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
  }
  return longest;
}

function strokesIn(px: RingPixels, x0: number, x1: number, y0: number, y1: number): number {
  let n = 0;
  for (let y = y0; y <= y1; y++) for (let x = x0; x <= x1; x++) if (px.at(x, y) === 'S') n++;
  return n;
}

describe('drawing rings round a pole and across the world', () => {
  it('strokes a 12,000 km ring from Kyiv without a line down the meridian opposite Kyiv or along the top', async () => {
    // the meridian opposite Kyiv (30.52° + 180° = −149.48°) runs down the middle of this view
    const { page, watch } = await openApp(
      browser,
      '?sites=50.45,30.52,Kyiv&custom=Big:12000km&systems=custom-big&view=55,-149.48,2',
    );
    await screenshot(page, 'ring-drawing-kyiv-12000km');
    const px = await ringPixels(page);
    const middle = Math.round(px.width / 2);
    const row = (lat: number) => rowOf(lat, 55, 2, px.height);
    // the ring itself crosses that meridian at about 21.6° N, and is stroked there
    expect(strokesIn(px, middle - 4, middle + 4, row(24), row(19))).toBeGreaterThan(0);
    // above it the cap is filled all the way up, and no stroke runs along the meridian
    expect(strokesIn(px, middle - 4, middle + 4, row(80), row(27))).toBe(0);
    for (const lat of [30, 50, 70, 80]) expect(px.at(middle, row(lat))).toBe('f');
    const top = row(MAX_LAT);
    expect(top).toBeGreaterThan(5);
    expect(longestStrokeRun(px, top - 2, top + 2)).toBe(0);
    expect(watch.errors).toEqual([]);
  });

  it('strokes a cap round the North Pole from Longyearbyen without a line along the top of the map', async () => {
    const { page } = await openApp(
      browser,
      '?sites=78.22,15.65,Longyearbyen&systems=tomahawk&view=70,15.65,2',
    );
    await screenshot(page, 'ring-drawing-longyearbyen');
    const px = await ringPixels(page);
    const top = rowOf(MAX_LAT, 70, 2, px.height);
    expect(top).toBeGreaterThan(20);
    // the cap is filled up to the map's top edge…
    expect(px.at(Math.round(px.width / 2), top + 3)).toBe('f');
    // …where the ring leaves the map steeply, at a few points: no straight line runs along the edge
    expect(longestStrokeRun(px, top - 2, top + 2)).toBeLessThan(12);
    // and the ring is stroked where it is on the map (south of Svalbard, 1,600 km: about 63.8° N)
    const south = rowOf(63.8, 70, 2, px.height);
    expect(strokesIn(px, px.width / 2 - 3, px.width / 2 + 3, south - 4, south + 4)).toBeGreaterThan(0);
  });

  it('strokes a ring round both poles (17,000 km from Kyiv) only round the unreached hole, not along the map edge', async () => {
    const { page } = await openApp(
      browser,
      '?sites=50.45,30.52,Kyiv&custom=Huge:17000km&systems=custom-huge&view=55,-150,2',
    );
    await screenshot(page, 'ring-drawing-kyiv-17000km');
    const px = await ringPixels(page);
    const top = rowOf(MAX_LAT, 55, 2, px.height);
    expect(top).toBeGreaterThan(5);
    // the reached world is filled up to the top edge, with no line along it
    expect(px.at(Math.round(px.width / 2), top + 3)).toBe('f');
    expect(longestStrokeRun(px, top - 2, top + 2)).toBe(0);
    // the hole round the antipode (in the South Pacific, about 50° S 150° W) is outlined
    let strokes = 0;
    for (let y = top; y < px.height; y++)
      for (let x = 0; x < px.width; x++) if (px.at(x, y) === 'S') strokes++;
    expect(strokes).toBeGreaterThan(100);
  });

  it('fits a pole cap from its southern edge to the top of the map, with no empty band, also after a pan', async () => {
    const { page, watch } = await openApp(browser, '?sites=78.22,15.65,Longyearbyen&systems=tomahawk');
    const check = async () => {
      const { firstDrawn, lastStroke } = await framed(page);
      // filled from the very top of the view (the map's top edge) down to the ring, which is in view
      expect(firstDrawn).toBeLessThanOrEqual(2);
      expect(lastStroke).toBeGreaterThan(0.55);
      expect(lastStroke).toBeLessThan(0.98);
    };
    await check();
    await screenshot(page, 'ring-drawing-fit-longyearbyen');
    // the reader pans the map far south, then asks for the rings again
    const box = (await page.locator('.range-map').boundingBox()) as {
      x: number;
      y: number;
      width: number;
      height: number;
    };
    await page.mouse.move(box.x + box.width / 2, box.y + 100);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 - 200, box.y + 200, { steps: 5 });
    await page.mouse.move(box.x + box.width / 2 - 250, box.y + box.height - 20, { steps: 5 });
    await page.mouse.up();
    await expect.poll(async () => (await framed(page)).firstDrawn).toBeGreaterThan(50);
    await page.getByRole('button', { name: 'Fit rings' }).click();
    await expect.poll(async () => (await framed(page)).firstDrawn, { timeout: 5000 }).toBeLessThanOrEqual(2);
    await check();
    expect(watch.errors).toEqual([]);
  });

  it('fits a 12,000 km ring from Kyiv so that the world fills the view from top to bottom', async () => {
    const { page } = await openApp(browser, '?sites=50.45,30.52,Kyiv&custom=Big:12000km&systems=custom-big');
    await screenshot(page, 'ring-drawing-fit-kyiv-12000km');
    const px = await ringPixels(page);
    const x = Math.round(px.width / 2);
    // the cap is filled from the top of the view, and its southern edge (about 57° S) is in view
    expect(px.at(x, 1)).not.toBe(' ');
    let lastStroke = px.height - 1;
    while (lastStroke > 0 && px.at(x, lastStroke) !== 'S') lastStroke--;
    expect(lastStroke / px.height).toBeGreaterThan(0.7);
    expect(lastStroke).toBeLessThan(px.height - 5);
  });

  it('fits a pole cap at first with the rings the app makes in slices (more than the first map draws)', async () => {
    // 51 launch points round Longyearbyen × 3 systems: 153 rings, made by the app, not drawn before it
    const sites = Array.from(
      { length: 51 },
      (_, i) =>
        `${(78.2 + (i % 3) * 0.01).toFixed(2)},${(15.6 + Math.floor(i / 3) * 0.01).toFixed(2)},P${i + 1}`,
    );
    const { page, watch } = await openApp(browser, `?sites=${sites.join(';')}&systems=tomahawk,eram,atacms`);
    await page.locator('.ring-label').first().waitFor({ timeout: 60_000 });
    // the first view frames the cap from the map's top edge down to the ring, as "Fit rings" does
    await expect
      .poll(async () => (await framed(page)).firstDrawn, { timeout: 30_000 })
      .toBeLessThanOrEqual(2);
    const { lastStroke } = await framed(page);
    expect(lastStroke).toBeGreaterThan(0.55);
    expect(lastStroke).toBeLessThan(0.98);
    expect(watch.errors).toEqual([]);
  });
});
