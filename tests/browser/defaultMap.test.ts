// The page as a reader first meets it, in a real Chromium: the three default rings drawn where the exact
// geometry puts them, the legend, no error, and no request leaving the machine.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mapRing } from '../../src/geo';
import type { PageWatch } from '../support/launchChromium';
import { colourBox, openApp, screenshot } from '../support/openApp';
import { sharedChromium } from '../support/sharedChromium';

const KHARKIV: [number, number] = [36.2304, 49.9935];

let browser: Browser;
let page: Page;
let watch: PageWatch;

beforeAll(async () => {
  browser = await sharedChromium();
  ({ page, watch } = await openApp(browser));
  await screenshot(page, 'default-map');
});

afterAll(async () => {
  await browser?.close();
});

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
    await expect(page.locator('h1').textContent()).resolves.toBe('How far they reach');
    const legend = await page.locator('.legend').innerText();
    expect(legend).toMatch(/Tomahawk\s+about 1,600 km/);
    expect(legend).toMatch(/ERAM\s+about 460 km/);
    expect(legend).toMatch(/ATACMS\s+about 300 km/);
    expect(legend).toContain('Associated Press');
    await expect(page.locator('.site-list .site-name').inputValue()).resolves.toBe('Kharkiv');
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
      // a stroke is 2 px wide, and labels sit on the ring: allow a few px on each side of the measured box
      const tol = 6 / (box.maxY - box.minY) + 0.01;
      expect(Math.abs(aspect - trueAspect(km * 1000))).toBeLessThan(tol);
    }
    expect(atacms.minX).toBeGreaterThan(tomahawk.minX);
    expect(atacms.maxX).toBeLessThan(tomahawk.maxX);
    const widthRatio = (tomahawk.maxX - tomahawk.minX) / (atacms.maxX - atacms.minX);
    expect(widthRatio).toBeGreaterThan(4.9);
    expect(widthRatio).toBeLessThan(5.9);
  });

  it('labels each ring with its system and range', async () => {
    const labels = await page.locator('.ring-label').allTextContents();
    expect(labels).toEqual(
      expect.arrayContaining(['Tomahawk · 1,600 km', 'ERAM · 460 km', 'ATACMS · 300 km']),
    );
  });

  it('loads with no error and no request leaving the machine', async () => {
    await page.waitForTimeout(500); // the gazetteer loads lazily
    expect(watch.errors).toEqual([]);
    expect(watch.externalRequests).toEqual([]);
  });

  it('shows the basemap attribution', async () => {
    await expect(page.locator('.leaflet-control-attribution').innerText()).resolves.toContain(
      'Natural Earth',
    );
  });
});
