// Exports of a map full of near-antipodal rings, in a real Chromium: the files are written in a worker (the
// page keeps taking keystrokes meanwhile), every ring in the file is exact against GeographicLib, and the
// KML holds the same rings.
import geodesic from 'geographiclib-geodesic';
import type { Position } from 'geojson';
import type { Browser, Download } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp } from '../support/openApp';
import { downloadBytes, sharedChromium } from '../support/sharedChromium';

const geod = geodesic.Geodesic.WGS84;
const SITES = ['50.45,30.52,Kyiv', '-18.14,178.44,Suva', '64.15,-21.94,Reykjavik', '0,0,Null Island'];
const RANGES_KM = [19_950, 19_000, 17_000, 15_000, 1_600];
const QUERY = `?sites=${SITES.join(';')}&custom=${RANGES_KM.map((km, i) => `Far ${i + 1}:${km}km`).join(';')}&systems=${RANGES_KM.map((_, i) => `custom-far-${i + 1}`).join(',')}`;

let browser: Browser;
beforeAll(async () => {
  browser = await sharedChromium();
});
afterAll(async () => {
  await browser?.close();
});

const text = async (d: Download) => (await downloadBytes(d)).toString('utf8');

interface RingFeature {
  properties: { kind: string; range_m: number; site_lon: number; site_lat: number };
  geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: Position[][] | Position[][][] };
}

describe('exporting a map of near-antipodal rings', () => {
  it('writes GeoJSON and KML in a worker while the page takes keystrokes, every vertex on its ring', async () => {
    const { page, watch } = await openApp(browser, QUERY);
    const workers: string[] = [];
    page.on('worker', (w) => workers.push(w.url()));
    await expect.poll(() => page.locator('.system-list li').count()).toBeGreaterThanOrEqual(RANGES_KM.length);
    // the in-reach lists above the settings are mounted a few at a time and push them down meanwhile: a click
    // aimed at the settings while they grow can land on a list instead, so the panel is let settle first
    await expect
      .poll(() => page.locator('.in-reach .reach-system').count(), { timeout: 30_000 })
      .toBe(SITES.length * RANGES_KM.length);

    await page.getByText('Title, theme and basemap').click();
    expect(
      await page.locator('details.settings').evaluate((details) => (details as HTMLDetailsElement).open),
    ).toBe(true);
    const title = page.getByRole('textbox', { name: 'Title' });
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export GeoJSON' }).click();
    // a person renames the map while the file is being written
    await title.click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Backspace');
    await page.keyboard.type('Far rings');
    expect(await title.inputValue()).toBe('Far rings');
    await page.keyboard.press('Tab'); // leaving the field commits it
    const fc = JSON.parse(await text(await downloading));
    await expect(page.locator('h1')).toHaveText('Far rings');
    expect(workers.some((url) => /exportFileWorker/.test(url))).toBe(true);

    const rings = (fc.features as RingFeature[]).filter((f) => f.properties.kind === 'range-ring');
    expect(rings).toHaveLength(SITES.length * RANGES_KM.length);
    let checked = 0;
    for (const ring of rings) {
      const { site_lon: lon0, site_lat: lat0, range_m: rangeM } = ring.properties;
      const polys = (
        ring.geometry.type === 'Polygon' ? [ring.geometry.coordinates] : ring.geometry.coordinates
      ) as Position[][][];
      for (const [lon, lat] of polys.flat(2)) {
        if (Math.abs(lon as number) === 180 || Math.abs(lat as number) === 90) continue; // the cut and the pole
        const s12 = geod.Inverse(lat0, lon0, lat as number, lon as number).s12 as number;
        // 7 decimals of a degree are about 1 cm; the site itself is rounded to 7 decimals too
        expect(Math.abs(s12 - rangeM)).toBeLessThan(0.05);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(rings.length * 100);

    const [kml] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export KML' }).click(),
    ]);
    const xml = await text(kml);
    expect(xml.split('<Placemark>').length - 1).toBe(rings.length + SITES.length);
    expect(xml).toContain('<name>Far rings</name>');
    expect(workers.filter((url) => /exportFileWorker/.test(url)).length).toBeGreaterThanOrEqual(2);
    expect(watch.errors).toEqual([]);
  });
});
