// The globe in a real Chromium: chosen with the header's "View" control and kept in the link, rings drawn where
// the projection puts them, a pole cap and a ring across ±180° whole, a click measured, and the embed showing
// and switching the view a host page asks for (globeTurning: dragging and keys; globeExport: the image).
import { geoOrthographic } from 'd3';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { destination, type LonLat } from '../../src/geo';
import { watchPage } from '../support/launchChromium';
import { screenshot, urlParams } from '../support/openApp';
import { COLOURS, openGlobe, readView, settled, type ViewRead } from '../support/openGlobe';
import { type HostPages, hostHtml, serveHostPages } from '../support/serveHostPages';
import { sharedChromium } from '../support/sharedChromium';

const APP_URL = inject('appUrl');
const KHARKIV: LonLat = [36.2304, 49.9935];
const LONGYEARBYEN: LonLat = [15.6267, 78.2232];
const ANADYR: LonLat = [177.51, 64.73];
const RANGES_KM = { tomahawk: 1600, eram: 460, atacms: 300 };

let browser: Browser;
let host: HostPages;

beforeAll(async () => {
  browser = await sharedChromium();
  host = await serveHostPages();
});

afterAll(async () => {
  await browser?.close();
  await host?.close();
});

/** Where the test's own orthographic projection puts a point, for the view as the page reports it. */
function projectedAt(view: ViewRead, lonLat: LonLat): [number, number] {
  const projection = geoOrthographic()
    .rotate([-view.center[0], -view.center[1]])
    .scale((256 * 2 ** view.zoom) / (2 * Math.PI))
    .translate([view.width / 2, view.height / 2]);
  return projection(lonLat) as [number, number];
}

/** The canvas pixel (RGB) at CSS position (x, y) of the view. */
async function pixelAt(page: Page, [x, y]: [number, number]): Promise<[number, number, number]> {
  return page.evaluate(
    ({ px, py }) => {
      const canvas = document.querySelector('.projected-view canvas') as HTMLCanvasElement;
      const ratio = canvas.width / canvas.clientWidth;
      const d = (canvas.getContext('2d') as CanvasRenderingContext2D).getImageData(
        Math.round(px * ratio),
        Math.round(py * ratio),
        1,
        1,
      ).data;
      return [d[0], d[1], d[2]] as [number, number, number];
    },
    { px: x, py: y },
  );
}

/** Whether a pixel within 2 CSS pixels of (x, y) has the colour (the stroke is 2 px wide, anti-aliased). */
async function colourNear(page: Page, [x, y]: [number, number], hex: string): Promise<boolean> {
  return page.evaluate(
    ({ px, py, colour }) => {
      const canvas = document.querySelector('.projected-view canvas') as HTMLCanvasElement;
      const ratio = canvas.width / canvas.clientWidth;
      const reach = Math.ceil(2 * ratio);
      const cx = Math.round(px * ratio);
      const cy = Math.round(py * ratio);
      const d = (canvas.getContext('2d') as CanvasRenderingContext2D).getImageData(
        cx - reach,
        cy - reach,
        2 * reach + 1,
        2 * reach + 1,
      ).data;
      const want = [1, 3, 5].map((i) => Number.parseInt(colour.slice(i, i + 2), 16));
      for (let o = 0; o < d.length; o += 4) {
        if (want.every((v, k) => Math.abs((d[o + k] as number) - v) < 24)) return true;
      }
      return false;
    },
    { px: x, py: y, colour: hex },
  );
}

const orangeTint = ([r, , b]: [number, number, number]) => r - b;

describe('the globe', () => {
  it('is chosen with the "View" control, kept in the link, and left again for the map', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const watch = watchPage(page);
    await page.goto(APP_URL);
    await page.waitForSelector('.app:not([inert]) .leaflet-rings-pane canvas');
    const view = page.getByLabel('View', { exact: true });
    await view.selectOption({ label: 'Globe' });
    await page.waitForSelector('.globe-view[data-center]');
    expect(await page.locator('.leaflet-container').count()).toBe(0);
    expect((await urlParams(page)).projection).toBe('globe');
    // the panels stay as they are: the chart and the launch points are still there
    await expect(page.locator('.comparison-chart')).toHaveCount(1);
    await expect(page.getByRole('heading', { name: 'In reach' })).toHaveCount(1);
    await view.selectOption({ label: 'Distance map' });
    await page.waitForSelector('.distance-view[data-center]');
    expect((await urlParams(page)).projection).toBe('distance');
    expect(await page.locator('.distance-view').getAttribute('aria-label')).toContain(
      'Distance map centred on Kharkiv',
    );
    await view.selectOption({ label: 'Map' });
    await page.waitForSelector('.app:not([inert]) .leaflet-rings-pane canvas');
    expect((await urlParams(page)).projection).toBeUndefined();
    expect(watch.errors).toEqual([]);
    await context.close();
  });

  it('draws every ring where the projection puts a point of it, centred on the launch point', async () => {
    const { page, watch } = await openGlobe(browser, '?projection=globe');
    const view = await settled(page);
    expect(view.center[0]).toBeCloseTo(KHARKIV[0], 3);
    expect(view.center[1]).toBeCloseTo(KHARKIV[1], 3);
    expect(view.label).toMatch(/^Globe centred on 49\.99°N 36\.23°E/);
    await screenshot(page, 'globe-default');
    for (const [id, colour] of Object.entries(COLOURS)) {
      const rangeM = RANGES_KM[id as keyof typeof RANGES_KM] * 1000;
      // south-east, south and west: the rings' labels sit at their tops, the launch point's name east of it
      for (const azimuth of [135, 180, 270]) {
        const onRing = destination(KHARKIV, azimuth, rangeM);
        expect(await colourNear(page, projectedAt(view, onRing), colour), `${id} at ${azimuth}°`).toBe(true);
      }
    }
    expect(watch.errors).toEqual([]);
    await page.context().close();
  });

  it('measures from each launch point where the reader clicks', async () => {
    const { page, watch } = await openGlobe(browser, '?projection=globe&view=50,36.23,5');
    const view = await settled(page);
    const target = destination(KHARKIV, 90, 200_000);
    const [x, y] = projectedAt(view, target);
    const box = await page.locator('.projected-view').boundingBox();
    if (!box) throw new Error('no globe');
    await page.mouse.click(box.x + x, box.y + y);
    await expect(page.locator('.probe')).toContainText(/\d+ km from Kharkiv/);
    await expect(page.locator('.probe')).toContainText('ATACMS');
    expect(watch.errors).toEqual([]);
    await page.context().close();
  });

  it.each([
    ['a pole cap (Longyearbyen)', 'Longyearbyen', LONGYEARBYEN, [[0, 90] as LonLat], [-150, 88] as LonLat],
    // both sides of ±180°, clear of the launch point's name east of it
    ['a ring across ±180° (Anadyr)', 'Anadyr', ANADYR, [[-176, 62.5] as LonLat, [172, 64] as LonLat], null],
  ])('draws %s whole: filled inside, not outside', async (name, label, site, inside, extraInside) => {
    const query = `?sites=${site[1]},${site[0]},${label}&systems=tomahawk&projection=globe&view=${site[1]},${site[0]},3.5`;
    const { page, watch } = await openGlobe(browser, query);
    const view = await settled(page);
    await screenshot(page, `globe-${label.toLowerCase()}`);
    const insidePoints = [
      ...inside,
      ...(extraInside ? [extraInside] : []),
      ...[45, 135, 225, 315].map((azimuth) => destination(site, azimuth, 1_000_000)),
    ];
    const outsidePoints = [90, 180, 270].map((azimuth) => destination(site, azimuth, 2_300_000));
    const read = async () =>
      Promise.all([...insidePoints, ...outsidePoints].map((p) => pixelAt(page, projectedAt(view, p))));
    const withRing = await read();
    // the same places with the ring hidden: only the ring's own fill may differ
    await page.getByRole('checkbox', { name: /Tomahawk/ }).uncheck();
    await page.waitForSelector('.projected-view[data-rings="0"]');
    const without = await read();
    withRing.forEach((pixel, i) => {
      const tint = orangeTint(pixel) - orangeTint(without[i] as [number, number, number]);
      if (i < insidePoints.length) expect(tint, `${name}: inside point ${i}`).toBeGreaterThan(6);
      else expect(Math.abs(tint), `${name}: outside point ${i - insidePoints.length}`).toBeLessThan(2);
    });
    expect(watch.errors).toEqual([]);
    await page.context().close();
  });

  it('opens from a link with projection=globe and its view', async () => {
    const { page } = await openGlobe(
      browser,
      '?sites=54.71,20.51,Kaliningrad&systems=atacms&view=54.7,20.5,4&projection=globe',
    );
    const view = await readView(page);
    expect(view.center).toEqual([20.5, 54.7]);
    expect(view.zoom).toBe(4);
    expect(await page.getByLabel('View', { exact: true }).inputValue()).toBe('globe');
    await page.context().close();
  });
});

describe('the embedded globe', () => {
  it('shows the view its link names, and a host page switches and turns it', async () => {
    const src = `${APP_URL}?embed=1&sites=49.9935,36.2304,Kharkiv&systems=tomahawk&projection=globe`;
    host.pages.set('/globe.html', {
      body: hostHtml(`<iframe title="map" style="width:100%;height:480px;border:0" src="${src}"></iframe>`),
    });
    const context = await browser.newContext({ viewport: { width: 900, height: 600 } });
    const page = await context.newPage();
    const watch = watchPage(page);
    await page.goto(`${host.origin}/globe.html`);
    const frame = await (await page.waitForSelector('iframe')).contentFrame();
    if (!frame) throw new Error('no map frame');
    await frame.waitForSelector('.globe-view[data-center]');
    const post = (message: unknown) =>
      page.evaluate(
        ([m, origin]) => document.querySelector('iframe')?.contentWindow?.postMessage(m, origin as string),
        [message, new URL(APP_URL).origin] as const,
      );
    // "now look from Kaliningrad"
    await post({ type: 'range-rings:patch', patch: { view: { center: [20.51, 54.71], zoom: 4 } } });
    await frame.waitForSelector('.globe-view[data-center="20.5100,54.7100"]');
    await screenshot(page, 'embed-globe');
    await post({ type: 'range-rings:patch', patch: { projection: 'map' } });
    await frame.waitForSelector('.app:not([inert]) .leaflet-rings-pane canvas');
    expect(await frame.locator('.projected-view').count()).toBe(0);
    await post({ type: 'range-rings:patch', patch: { projection: 'globe' } });
    await frame.waitForSelector('.globe-view[data-center]');
    expect(watch.errors).toEqual([]);
    await context.close();
  });
});
