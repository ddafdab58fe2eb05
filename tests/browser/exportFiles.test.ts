// Geometry and scenario files from the page, in a real Chromium: GeoJSON and KML downloads hold the
// rings shown; a saved scenario opens again exactly.
import type { Browser, Download } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, urlParams } from '../support/openApp';
import { downloadBytes, sharedChromium } from '../support/sharedChromium';

let browser: Browser;
beforeAll(async () => {
  browser = await sharedChromium();
});
afterAll(async () => {
  await browser?.close();
});

const text = async (d: Download) => (await downloadBytes(d)).toString('utf8');

describe('geometry and scenario files', () => {
  it('exports the rings shown as GeoJSON and KML, named after the title', async () => {
    const { page } = await openApp(
      browser,
      '?sites=64.1466,-21.9426,Reykjavik&systems=tomahawk,eram&units=mi',
    );
    const [geojson] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export GeoJSON' }).click(),
    ]);
    expect(geojson.suggestedFilename()).toBe('how-far-they-reach.geojson');
    const fc = JSON.parse(await text(geojson));
    expect(fc.type).toBe('FeatureCollection');
    const rings = fc.features.filter(
      (f: { properties: { kind: string } }) => f.properties.kind === 'range-ring',
    );
    expect(rings.map((f: { properties: { system_id: string } }) => f.properties.system_id).sort()).toEqual([
      'eram',
      'tomahawk',
    ]);
    expect(
      rings.find((f: { properties: { system_id: string } }) => f.properties.system_id === 'tomahawk')
        .properties,
    ).toMatchObject({
      range_m: 1_600_000,
      unit: 'mi',
      site_label: 'Reykjavik',
    });
    const [kml] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export KML' }).click(),
    ]);
    expect(kml.suggestedFilename()).toBe('how-far-they-reach.kml');
    const xml = await text(kml);
    expect(xml).toContain('<kml xmlns="http://www.opengis.net/kml/2.2">');
    expect(xml).toContain('Reykjavik');
  });

  it('saves the scenario to a file and opens it again exactly', async () => {
    const { page } = await openApp(
      browser,
      '?sites=50.45,30.52,Kyiv;46.48,30.72,Odesa&systems=atacms&units=nmi&title=Saved%20map',
    );
    const before = await urlParams(page);
    const [saved] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Save scenario' }).click(),
    ]);
    const file = await text(saved);
    expect(JSON.parse(file)).toMatchObject({ format: 'range-rings-scenario', version: 1 });
    // change everything, then open the file
    await page.locator('.units label', { hasText: 'km' }).first().click();
    await page.getByRole('button', { name: /Remove launch point Odesa/ }).click();
    await page
      .locator('.export input[type=file]')
      .setInputFiles({ name: 'saved-map.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    await expect(page.locator('h1')).toHaveText('Saved map');
    await expect(page.locator('.site-list li')).toHaveCount(2);
    expect(await urlParams(page)).toEqual(before);
  });

  it('opens a broken scenario file with a clear notice and keeps the map', async () => {
    const { page, watch } = await openApp(browser, '?sites=50.45,30.52,Kyiv');
    await page.locator('.export input[type=file]').setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format": "range-rings-scenario",\n  "version": 1,\n'),
    });
    await expect(page.locator('.notices')).toContainText('broken.json');
    await expect(page.locator('.site-list .site-name')).toHaveValue('Kyiv');
    expect(watch.errors).toEqual([]);
  });
});
