// The distance map's own scale in a real Chromium: circles at round distances around the centre with their
// labels, in the scenario's unit, drawn where the projection puts them (a label below the centre, at its true
// distance), changed when the reader switches to miles, and drawn in the PNG export's frame too.
import type { Browser, Locator, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { EQUATORIAL_RADIUS_M } from '../../src/geo';
import { scaleForZoom } from '../../src/views/viewProjection';
import { watchPage } from '../support/launchChromium';
import { screenshot } from '../support/openApp';
import { sharedChromium } from '../support/sharedChromium';

const QUERY = 'sites=49.9935,36.2304,Kharkiv&systems=tomahawk,eram,atacms&projection=distance';
const METRES_PER = { km: 1000, mi: 1609.344 };

let browser: Browser;
beforeAll(async () => {
  browser = await sharedChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function openDistanceMap(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${inject('appUrl')}?${QUERY}`);
  await page.waitForSelector('.distance-view[data-basemap="50m"][data-distance-scale]');
  return page;
}

const scaleLabels = async (view: Locator) =>
  ((await view.getAttribute('data-distance-scale')) ?? '').split('|');

/**
 * Dark grey pixels (the scale's label ink, not a ring's colour) in the box where the first circle's label is
 * drawn: just right of the point straight below the centre, at the circle's true distance.
 */
async function labelInkBelowCentre(view: Locator, label: string, unit: 'km' | 'mi'): Promise<number> {
  const read = await view.evaluate((el: HTMLElement) => ({
    zoom: Number(el.dataset.zoom),
    offset: (el.dataset.offset ?? '0,0').split(',').map(Number),
    width: el.clientWidth,
    height: el.clientHeight,
  }));
  const png = PNG.sync.read(await view.locator('canvas').screenshot());
  const distanceM = Number(label.replace(/[^\d.]/g, '')) * METRES_PER[unit];
  const x0 = Math.round(read.width / 2 + (read.offset[0] ?? 0));
  const y = Math.round(
    read.height / 2 + (read.offset[1] ?? 0) + distanceM * (scaleForZoom(read.zoom) / EQUATORIAL_RADIUS_M),
  );
  let ink = 0;
  for (let py = y - 14; py <= y - 4; py++)
    for (let px = x0 + 4; px <= x0 + 60; px++) {
      const o = (py * png.width + px) * 4;
      const [r, g, b] = [png.data[o] as number, png.data[o + 1] as number, png.data[o + 2] as number];
      if (Math.max(r, g, b) - Math.min(r, g, b) < 30 && r + g + b < 3 * 140) ink++;
    }
  return ink;
}

describe('the distance map scale', () => {
  it('labels round distances from the centre where they are, and follows the unit to miles', async () => {
    const page = await openDistanceMap();
    const watch = watchPage(page);
    const view = page.locator('.distance-view');
    const km = await scaleLabels(view);
    expect(km.length).toBeGreaterThanOrEqual(3);
    expect(km.length).toBeLessThanOrEqual(8);
    for (const label of km) expect(label).toMatch(/^[\d,]+ km$/);
    // evenly spaced, a round step: 1, 2 or 5 × 10ⁿ
    const kmValues = km.map((l) => Number(l.replace(/\D/g, '')));
    const step = kmValues[0] as number;
    expect(String(step)).toMatch(/^[125]0*$/);
    expect(kmValues).toEqual(kmValues.map((_, i) => step * (i + 1)));
    expect(await labelInkBelowCentre(view, km[0] as string, 'km')).toBeGreaterThan(15);
    await screenshot(page, 'distance-scale-km');

    await page.locator('.units label', { hasText: 'mi' }).first().click();
    await expect.poll(async () => (await scaleLabels(view))[0]).toMatch(/^[\d,]+ mi$/);
    const mi = await scaleLabels(view);
    for (const label of mi) expect(label).toMatch(/^[\d,]+ mi$/);
    expect(await labelInkBelowCentre(view, mi[0] as string, 'mi')).toBeGreaterThan(15);
    await screenshot(page, 'distance-scale-mi');
    expect(watch.errors).toEqual([]);
    await page.context().close();
  });

  it('is drawn in the PNG export frame as on screen', async () => {
    const page = await openDistanceMap();
    await page.getByRole('button', { name: 'Export image', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Export image' });
    const frame = dialog.locator('.projected-view[data-basemap="50m"]');
    await frame.waitFor();
    await expect.poll(async () => (await scaleLabels(frame))[0] ?? '').toMatch(/^[\d,]+ km$/);
    await screenshot(page, 'distance-scale-export');
    await page.context().close();
  });
});
