// Launch areas in a real Chromium: a link with from=UA draws Tomahawk's reach from all of Ukraine (checked
// against the core's geodesic distance to Ukraine's outline), a country picked in the panel goes into the
// link, and the GeoJSON export holds the reach area.
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { countryOutline } from '../../src/data';
import { type LonLat, nearestOnSource, reachSource } from '../../src/geo';
import { watchPage } from '../support/launchChromium';
import { screenshot, urlParams } from '../support/openApp';
import { boxesOverlap } from '../support/screenBoxes';
import { downloadBytes, sharedChromium } from '../support/sharedChromium';

let browser: Browser;
beforeAll(async () => {
  browser = await sharedChromium();
});
afterAll(async () => {
  await browser?.close();
});

const REACH_CANVAS = '.leaflet-areaReaches-pane canvas';

async function open(query: string, viewport = { width: 1280, height: 800 }) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const watch = watchPage(page);
  await page.goto(`${inject('appUrl')}${query}`);
  return { page, watch };
}

/** The alpha of the reach canvas at a map position, read where it is drawn on screen. */
async function reachAlphaAt(page: Page, [lon, lat]: LonLat): Promise<number> {
  return page.evaluate(
    ({ lon, lat, selector }) => {
      const container = document.querySelector('.leaflet-container') as HTMLElement;
      const canvas = document.querySelector(selector) as HTMLCanvasElement | null;
      if (!canvas) return -1;
      // Web Mercator pixel of a position relative to the map's centre, from the view written in the link
      const view = new URLSearchParams(location.search).get('view')?.split(',').map(Number) ?? [];
      const [cLat = 0, cLon = 0, zoom = 0] = view;
      const scale = (256 * 2 ** zoom) / 360;
      const y = (l: number) => (Math.log(Math.tan(Math.PI / 4 + (l * Math.PI) / 360)) * 180) / Math.PI;
      const box = container.getBoundingClientRect();
      const clientX = box.left + box.width / 2 + (lon - cLon) * scale;
      const clientY = box.top + box.height / 2 - (y(lat) - y(cLat)) * scale;
      const rect = canvas.getBoundingClientRect();
      const px = Math.round(((clientX - rect.left) * canvas.width) / rect.width);
      const py = Math.round(((clientY - rect.top) * canvas.height) / rect.height);
      const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
      return ctx.getImageData(px, py, 1, 1).data[3] ?? 0;
    },
    { lon, lat, selector: REACH_CANVAS },
  );
}

/** The labels written on the map (the reaches' on their own world copy, and the rings'), as boxes on screen. */
async function labelBoxes(scope: Locator) {
  return boxesOf(
    scope,
    '.leaflet-areaLabels-pane .ring-label:not(.world-copy), .leaflet-ringLabels-pane .ring-label',
  );
}

async function boxesOf(scope: Locator, selector: string) {
  return scope.locator(selector).evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return { text: el.textContent ?? '', left: r.left, right: r.right, top: r.top, bottom: r.bottom };
    }),
  );
}

type Box = Awaited<ReturnType<typeof boxesOf>>[number];

/**
 * Pairs of labels that cover each other, or a label and a launch point's marker or name (`points`), by more than
 * a pixel: the placement's widths are estimates.
 */
function overlapping(boxes: Box[], points: Box[] = []): string[] {
  const pairs: string[] = [];
  boxes.forEach((a, i) => {
    for (const b of [...boxes.slice(i + 1), ...points])
      if (boxesOverlap(a, b, 1)) pairs.push(`${a.text} | ${b.text}`);
  });
  return pairs;
}

/** A map with launch areas, once every reach is computed and `labels` reach labels stand on their own copy. */
async function openWithReachLabels(query: string, labels: number) {
  const opened = await open(query);
  await expect.poll(() => opened.page.locator('.area-status').textContent(), { timeout: 30_000 }).toBe('');
  const map = opened.page.locator('.range-map');
  const reaches = map.locator('.leaflet-areaLabels-pane .ring-label:not(.world-copy)');
  await expect.poll(() => reaches.count(), { timeout: 20_000 }).toBe(labels);
  return { ...opened, map, reaches };
}

describe('launch areas', () => {
  it('draws Tomahawk’s reach from anywhere in Ukraine: in range filled, out of range not', async () => {
    const ukraine = countryOutline('UA');
    if (!ukraine) throw new Error('no outline of Ukraine');
    const source = reachSource(ukraine.geometry);
    const km = (p: LonLat) => nearestOnSource(p, source).distanceM / 1000;
    const moscow: LonLat = [37.6173, 55.7558];
    const berlin: LonLat = [13.405, 52.52];
    const madrid: LonLat = [-3.7038, 40.4168];
    const reykjavik: LonLat = [-21.9426, 64.1466];
    // the truth, from the core: inside by a margin, outside by a margin (at 1:110m; 1:50m differs by far less)
    expect(km(moscow)).toBeLessThan(1200);
    expect(km(berlin)).toBeLessThan(1400);
    expect(km(madrid)).toBeGreaterThan(1800);
    expect(km(reykjavik)).toBeGreaterThan(1800);

    const { page, watch } = await open('?from=UA&systems=tomahawk&view=52,20,4');
    await page.waitForSelector(REACH_CANVAS);
    await expect.poll(() => reachAlphaAt(page, moscow), { timeout: 20_000 }).toBeGreaterThan(0);
    expect(await reachAlphaAt(page, berlin)).toBeGreaterThan(0);
    expect(await reachAlphaAt(page, madrid)).toBe(0);
    expect(await reachAlphaAt(page, reykjavik)).toBe(0);
    // labelled with its range, once on each world copy
    const labels = page.locator('.leaflet-areaLabels-pane', { hasText: 'Tomahawk from Ukraine, 1,600 km' });
    await expect.poll(() => labels.locator('.ring-label').count(), { timeout: 20_000 }).toBe(3);
    // the reach from the 1:50m outline follows once that chunk is loaded; then nothing is pending
    await expect.poll(() => page.locator('.area-status').textContent(), { timeout: 30_000 }).toBe('');
    expect(await page.getByTestId('rings-summary').textContent()).toMatch(
      /^Tomahawk's reach from Ukraine \(about 1,600 km\) covers /,
    );
    await screenshot(page, 'launch-areas-tomahawk-from-ukraine');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export GeoJSON' }).click(),
    ]);
    const fc = JSON.parse((await downloadBytes(download)).toString('utf8'));
    const kinds = fc.features.map((f: { properties: { kind: string } }) => f.properties.kind);
    expect(kinds).toEqual(['reach-area', 'launch-area']);
    expect(fc.features[0].properties).toMatchObject({
      system_id: 'tomahawk',
      range_m: 1_600_000,
      area_code: 'UA',
      area_label: 'Ukraine',
    });

    // the exported image draws the reach too: its preview map holds the area's label, and the reach's colour
    await page.getByRole('button', { name: 'Export image', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Export image' });
    await dialog.getByLabel('Size').selectOption('social');
    const preview = dialog.locator('.frame-map-box');
    // one label per world copy, as on the main map
    await expect
      .poll(() => preview.getByText('Tomahawk from Ukraine, 1,600 km').count(), { timeout: 20_000 })
      .toBe(3);
    await screenshot(page, 'launch-areas-export-preview');
    expect(watch.errors).toEqual([]);
    await page.context().close();
  });

  it('writes each reach’s label clear of the others’ and of the ring labels, on the map and in the social card', async () => {
    // Moldova's reaches and Odesa's rings, at a zoom where the labels at their tops met
    const { page, watch, map, reaches } = await openWithReachLabels(
      '?sites=46.48,30.73,Odesa&from=MD&view=48.5,29,4',
      3,
    );
    // the ring labels are placed again around the reaches' once those are drawn
    const points = () => boxesOf(map, '.site-label, .launch-marker');
    await expect
      .poll(async () => overlapping(await labelBoxes(map), await points()), { timeout: 10_000 })
      .toEqual([]);
    await page.waitForTimeout(500);
    const shown = await labelBoxes(map);
    expect(overlapping(shown, await points())).toEqual([]);
    expect(shown.map((b) => b.text).sort()).toEqual(
      [
        'ATACMS · 300 km',
        'ATACMS from Moldova, 300 km',
        'ERAM · 460 km',
        'ERAM from Moldova, 460 km',
        'Tomahawk · 1,600 km',
        'Tomahawk from Moldova, 1,600 km',
      ].sort(),
    );
    // each reach label and ring label stands where its placement took its box to be: centred on its anchor (its
    // icon, a point), its foot 15 % of its height above it (a reach label's anchor is 6 px off its outline)
    const stands = await map
      .locator(':is(.leaflet-areaLabels-pane, .leaflet-ringLabels-pane) .ring-label:not(.world-copy)')
      .evaluateAll((els) =>
        els.map((el) => {
          const r = el.getBoundingClientRect();
          const icon = (el.parentElement as HTMLElement).getBoundingClientRect();
          return { dx: (r.left + r.right) / 2 - icon.left, dy: r.bottom - (icon.top - 0.15 * r.height) };
        }),
      );
    expect(stands).toHaveLength(shown.length);
    for (const { dx, dy } of stands) {
      expect(Math.abs(dx)).toBeLessThan(1.5);
      expect(Math.abs(dy)).toBeLessThan(1.5);
    }
    await screenshot(page, 'launch-areas-labels-apart');
    // zoomed out a level: the reach labels are placed for the new zoom first, the ring labels around them once
    // their rings are made for it
    await page.getByRole('button', { name: 'Zoom out' }).click();
    await expect.poll(async () => (await urlParams(page)).view?.split(',')[2]).toBe('3');
    await expect
      .poll(async () => overlapping(await labelBoxes(map), await points()), { timeout: 10_000 })
      .toEqual([]);
    await page.waitForTimeout(500);
    expect(overlapping(await labelBoxes(map), await points())).toEqual([]);
    await expect.poll(() => reaches.count()).toBe(3);
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(async () => (await urlParams(page)).view?.split(',')[2]).toBe('4');

    await page.getByRole('button', { name: 'Export image', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Export image' });
    await dialog.getByLabel('Size').selectOption('social');
    await page.waitForFunction(
      () => document.querySelector('.png-preview')?.getAttribute('aria-busy') === 'false',
      undefined,
      { timeout: 30_000 },
    );
    const preview = dialog.locator('.frame-map-box');
    await expect
      .poll(() => preview.locator('.leaflet-areaLabels-pane .ring-label:not(.world-copy)').count())
      .toBe(3);
    const framed = await labelBoxes(preview);
    expect(overlapping(framed, await boxesOf(preview, '.site-label, .launch-marker'))).toEqual([]);
    // at the card's scale Odesa's ATACMS ring finds no place clear of the reaches' labels: the legend names it
    expect(framed.map((b) => b.text).sort()).toEqual(
      [
        'ATACMS from Moldova, 300 km',
        'ERAM from Moldova, 460 km',
        'ERAM · 460 km',
        'Tomahawk · 1,600 km',
        'Tomahawk from Moldova, 1,600 km',
      ].sort(),
    );
    await screenshot(page, 'launch-areas-labels-apart-social');
    expect(watch.errors).toEqual([]);
    await page.context().close();
  });

  it('moves a reach’s label off a marked place that stands at the reach’s top', async () => {
    // ERAM's reach from Moldova tops out at 52.60° N, 27.52° E: a place marked there, with its name
    const { page, watch, map } = await openWithReachLabels(
      '?systems=eram&from=MD&marks=52.6,27.52,Here&view=51,28,5',
      1,
    );
    const mark = await boxesOf(map, '.mark-marker, .mark-label');
    expect(mark).toHaveLength(2);
    expect(
      overlapping(await boxesOf(map, '.leaflet-areaLabels-pane .ring-label:not(.world-copy)'), mark),
    ).toEqual([]);
    expect(watch.errors).toEqual([]);
    await page.context().close();
  });

  it('adds a country picked by name to the link, removes it and undoes the removal', async () => {
    const { page, watch } = await open('?sites=49.9935,36.2304,Kharkiv&systems=atacms');
    await page.waitForSelector('.app:not([inert]) .leaflet-rings-pane canvas');
    await page.getByLabel('Reach from anywhere in').selectOption({ label: 'Moldova' });
    await page.getByRole('button', { name: 'Add area' }).click();
    await expect.poll(async () => (await urlParams(page)).from).toBe('MD');
    // one label per world copy of the reach
    const moldova = page.locator('.leaflet-areaLabels-pane .ring-label', { hasText: 'ATACMS from Moldova' });
    await expect.poll(() => moldova.count(), { timeout: 20_000 }).toBe(3);
    await page.getByRole('button', { name: 'Remove launch area Moldova' }).click();
    await expect.poll(async () => (await urlParams(page)).from).toBeUndefined();
    await expect.poll(() => page.getByText('Removed the launch area Moldova.').count()).toBe(1);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(async () => (await urlParams(page)).from).toBe('MD');
    expect(watch.errors).toEqual([]);
    await page.context().close();
  });
});
