// OpenStreetMap tiles under an embed fitted at a fractional zoom: with 3D transforms off (as in this app) Leaflet
// would leave each zoom level's tiles at their own size, under rings drawn at the fractional zoom. Each tile must
// be as wide as the map's world at that zoom, split into its level's tiles: checked against the rings, whose
// height in pixels gives the world's size (their latitudes from GeographicLib). Tiles are served locally.
import geodesic from 'geographiclib-geodesic';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { watchPage } from '../support/launchChromium';
import { screenshot } from '../support/openApp';
import { serveTiles } from '../support/pngExportDialog';
import { sharedChromium } from '../support/sharedChromium';

const APP_URL = inject('appUrl');
const ODESA = [30.7326, 46.4775] as const;
const TOMAHAWK_M = 1_600_000;

let browser: Browser;
beforeAll(async () => {
  browser = await sharedChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** Web Mercator y of a latitude, as a share of the world's height (0 at the top). */
const mercatorY = (lat: number) => {
  const sin = Math.sin((lat * Math.PI) / 180);
  return 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI);
};

describe('online tiles at a fractional zoom', () => {
  it('scale each level so that a tile spans its share of the world the rings are drawn on', async () => {
    const page = await (await browser.newContext({ viewport: { width: 800, height: 420 } })).newPage();
    const watch = watchPage(page);
    await serveTiles(page, true);
    await page.goto(
      `${APP_URL}embed.html?sites=${ODESA[1]},${ODESA[0]},Odesa&systems=tomahawk,atacms&units=mi&basemap=osm`,
    );
    await page.getByRole('button', { name: 'Load', exact: true }).click();
    await page.waitForSelector('.leaflet-tile-loaded');
    await page.waitForTimeout(500);
    await screenshot(page, 'online-tiles-fractional-zoom');
    const { ringHeight, tileWidths } = await page.evaluate(() => {
      const canvas = document.querySelector('.leaflet-rings-pane canvas') as HTMLCanvasElement;
      const box = canvas.getBoundingClientRect();
      const scale = canvas.width / box.width;
      const data = (canvas.getContext('2d') as CanvasRenderingContext2D).getImageData(
        0,
        0,
        canvas.width,
        canvas.height,
      ).data;
      let [top, bottom] = [Infinity, -Infinity];
      for (let y = 0; y < canvas.height; y++)
        for (let x = 0; x < canvas.width; x += 2)
          if ((data[(y * canvas.width + x) * 4 + 3] as number) > 0) {
            top = Math.min(top, y);
            bottom = Math.max(bottom, y);
          }
      const tiles = [...document.querySelectorAll('.leaflet-tile-loaded')].map(
        (t) => t.getBoundingClientRect().width,
      );
      return { ringHeight: (bottom - top) / scale, tileWidths: tiles };
    });
    // the ring's north and south ends (on its meridian), and the world's height they imply on screen
    const geod = geodesic.Geodesic.WGS84;
    const north = geod.Direct(ODESA[1], ODESA[0], 0, TOMAHAWK_M).lat2 as number;
    const south = geod.Direct(ODESA[1], ODESA[0], 180, TOMAHAWK_M).lat2 as number;
    const worldPx = ringHeight / (mercatorY(south) - mercatorY(north));
    const zoom = Math.log2(worldPx / 256);
    // fitted at a fractional zoom (the embed takes quarter levels), so the case is the one that matters
    expect(Math.abs(zoom - Math.round(zoom))).toBeGreaterThan(0.1);
    const want = worldPx / 2 ** Math.round(zoom);
    expect(tileWidths.length).toBeGreaterThan(0);
    for (const width of tileWidths) expect(Math.abs(width - want) / want).toBeLessThan(0.02);
    expect(watch.errors).toEqual([]);
    await page.context().close();
  });
});
