// The page as a reader first meets it, in a real Chromium: the three default rings drawn where the exact
// geometry puts them, the legend, no error, and no request leaving the machine.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { mapRing } from '../../src/geo';
import { launchChromium, type PageWatch, watchPage } from '../support/launchChromium';

const SHOTS = join(import.meta.dirname, '../../test-results/screenshots');
const KHARKIV: [number, number] = [36.2304, 49.9935];

let browser: Browser;
let page: Page;
let watch: PageWatch;

beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
  watch = watchPage(page);
  await page.goto(inject('appUrl'));
  await page.waitForSelector('.leaflet-rings-pane canvas');
  await page.waitForTimeout(300);
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, 'default-map.png') });
});

afterAll(async () => {
  await browser?.close();
});

/** Bounding box, in canvas pixels, of the pixels drawn in a colour (within a small tolerance). */
async function colourBox(p: Page, hex: string) {
  return p.evaluate((hexColour) => {
    const canvas = document.querySelector('.leaflet-rings-pane canvas') as HTMLCanvasElement;
    const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
    const { width, height } = canvas;
    const data = ctx.getImageData(0, 0, width, height).data;
    const want = [1, 3, 5].map((i) => Number.parseInt(hexColour.slice(i, i + 2), 16));
    let minX = Number.POSITIVE_INFINITY;
    let minY = Number.POSITIVE_INFINITY;
    let maxX = -1;
    let maxY = -1;
    for (let y = 0; y < height; y++)
      for (let x = 0; x < width; x++) {
        const o = (y * width + x) * 4;
        if ((data[o + 3] as number) < 250) continue;
        if (want.every((v, k) => Math.abs((data[o + k] as number) - v) < 8)) {
          minX = Math.min(minX, x);
          maxX = Math.max(maxX, x);
          minY = Math.min(minY, y);
          maxY = Math.max(maxY, y);
        }
      }
    return { minX, minY, maxX, maxY, ratio: window.devicePixelRatio };
  }, hex);
}

const mercY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));

/** Width/height of the true ring in Web Mercator, independent of zoom. */
function trueAspect(rangeM: number): number {
  const ring = mapRing(KHARKIV, rangeM, 720)[0]?.[0] ?? [];
  const lons = ring.map((p) => p[0]);
  const lats = ring.map((p) => p[1]);
  const width = ((Math.max(...lons) - Math.min(...lons)) * Math.PI) / 180;
  return width / (mercY(Math.max(...lats)) - mercY(Math.min(...lats)));
}

describe('default map', () => {
  it('shows the title and the three default systems in the legend, with their AP figures', async () => {
    await expect(page.locator('h1').textContent()).resolves.toBeTruthy();
    const legend = await page.locator('.legend').innerText();
    expect(legend).toMatch(/Tomahawk\s+about 1,600 km/);
    expect(legend).toMatch(/ERAM\s+about 460 km/);
    expect(legend).toMatch(/ATACMS\s+about 300 km/);
    expect(legend).toContain('Associated Press');
  });

  it('draws each ring with the shape of the exact geodesic circle, centred on Kharkiv', async () => {
    const tomahawk = await colourBox(page, '#D55E00');
    const atacms = await colourBox(page, '#009E73');
    for (const [box, km] of [
      [tomahawk, 1600],
      [atacms, 300],
    ] as const) {
      expect(box.maxX).toBeGreaterThan(box.minX);
      const aspect = (box.maxX - box.minX) / (box.maxY - box.minY);
      // a stroke is 2 px wide: allow 2 px on each side of the measured box
      const tol = 4 / (box.maxY - box.minY) + 0.01;
      expect(Math.abs(aspect - trueAspect(km * 1000))).toBeLessThan(tol);
    }
    // the small ring sits inside the large one, and the large ring is 1,600/300 times as wide (± stroke)
    expect(atacms.minX).toBeGreaterThan(tomahawk.minX);
    expect(atacms.maxX).toBeLessThan(tomahawk.maxX);
    const widthRatio = (tomahawk.maxX - tomahawk.minX) / (atacms.maxX - atacms.minX);
    expect(widthRatio).toBeGreaterThan(4.9);
    expect(widthRatio).toBeLessThan(5.9);
  });

  it('loads with no error and no request leaving the machine', async () => {
    expect(watch.errors).toEqual([]);
    expect(watch.externalRequests).toEqual([]);
  });

  it('shows the basemap attribution', async () => {
    await expect(page.locator('.leaflet-control-attribution').innerText()).resolves.toContain(
      'Natural Earth',
    );
  });
});
