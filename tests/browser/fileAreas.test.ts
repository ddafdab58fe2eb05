// Launch areas from files in a real Chromium: a real GeoJSON and a real KML file dropped on the map become
// launch areas (counted as GDAL counts them), and a broken file says which feature and coordinate are wrong
// while the rest loads.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dropFile } from '../support/dropFile';
import { gdalCounts } from '../support/gdalCounts';
import { screenshot, urlParams } from '../support/openApp';
import { openAreaMap, REACH_CANVAS } from '../support/openAreaMap';
import { sharedChromium } from '../support/sharedChromium';

let browser: Browser;
beforeAll(async () => {
  browser = await sharedChromium();
});
afterAll(async () => {
  await browser?.close();
});

const FIXTURES = new URL('../fixtures/areas/', import.meta.url);

/** Pixels of the reach canvas drawn at all: a reach is on the map. */
async function reachPixelCount(page: Page): Promise<number> {
  return page.evaluate((selector) => {
    const canvas = document.querySelector(selector) as HTMLCanvasElement | null;
    if (!canvas) return 0;
    const data = (canvas.getContext('2d') as CanvasRenderingContext2D).getImageData(
      0,
      0,
      canvas.width,
      canvas.height,
    ).data;
    let count = 0;
    for (let i = 3; i < data.length; i += 4) if ((data[i] as number) > 0) count++;
    return count;
  }, REACH_CANVAS);
}

describe('file launch areas', () => {
  it('opens a dropped GeoJSON front line and a dropped KML file as launch areas, and says an opened bad file’s problems', async () => {
    const { page, watch } = await openAreaMap(browser, '?sites=&systems=atacms');
    const geojson = readFileSync(new URL('front-line-donbas.geojson', FIXTURES), 'utf8');
    await dropFile(page, geojson, 'front-line-donbas.geojson', 'application/geo+json');
    const gdal = gdalCounts(new URL('front-line-donbas.geojson', FIXTURES));
    await expect
      .poll(() =>
        page
          .getByText(
            `Opened front-line-donbas.geojson as the launch area "Front line, eastern Ukraine (illustrative)": 4 lines, ${gdal.vertices} vertices.`,
          )
          .count(),
      )
      .toBe(1);
    await expect
      .poll(
        () =>
          page
            .locator('.leaflet-areaLabels-pane .ring-label', {
              hasText: 'ATACMS from Front line, eastern Ukraine (illustrative)',
            })
            .count(),
        { timeout: 20_000 },
      )
      .toBe(3);
    await expect.poll(() => reachPixelCount(page), { timeout: 20_000 }).toBeGreaterThan(1000);
    // the link cannot hold it: the panel says the saved scenario file does
    await expect.poll(() => page.getByText(/not in the link/).count()).toBe(1);
    expect((await urlParams(page)).areas).toBeUndefined();
    await screenshot(page, 'file-area-geojson');
    // and so does the Embed dialog, where the map is shared
    await page.getByRole('button', { name: 'Embed' }).click();
    const embed = page.getByRole('dialog', { name: 'Embed this map' });
    await expect
      .poll(() =>
        embed.getByText('Not in the embedded map: Front line, eastern Ukraine (illustrative).').count(),
      )
      .toBe(1);
    await embed.getByRole('button', { name: 'Close' }).click();

    const kml = readFileSync(new URL('front-line-donbas.kml', FIXTURES), 'utf8');
    await dropFile(page, kml, 'front-line-donbas.kml', 'application/vnd.google-earth.kml+xml');
    const kmlCounts = gdalCounts(new URL('front-line-donbas.kml', FIXTURES));
    expect(kmlCounts.features).toBe(2);
    await expect
      .poll(() =>
        page.getByText(`: 1 line and 1 polygon, ${kmlCounts.vertices} vertices.`, { exact: false }).count(),
      )
      .toBe(1);
    await expect.poll(() => page.locator('.area-list li').count()).toBe(2);
    await expect.poll(() => page.locator('.area-status').textContent(), { timeout: 30_000 }).toBe('');

    // the broken file is opened with the panel's button, as a person picks a file
    await page
      .getByLabel('Open a file of lines or areas')
      .setInputFiles(new URL('broken-front.geojson', FIXTURES).pathname);
    const notice = page.getByText('Opened broken-front.geojson', { exact: false });
    await expect.poll(() => notice.count()).toBe(1);
    const said = (await notice.textContent()) ?? '';
    expect(said).toContain(
      'feature 2 ("Mistyped segment"), coordinate 3: latitude 95.45 is not between -90 and 90',
    );
    expect(said).toContain('feature 3 ("Headquarters"): Point is not supported');
    expect(said).toContain('feature 4 ("Lone vertex"): a line needs 2 positions or more, it has 1');
    await expect.poll(() => page.locator('.area-list li').count()).toBe(3);
    await screenshot(page, 'file-area-problems');
    expect(watch.errors).toEqual([]);
    await page.context().close();
  });
});
