// The globe in a real Chromium: chosen with the header's "View" control and kept in the link, turned by dragging
// (with inertia, none for reduced motion) and by keys, rings drawn where the projection puts them, a pole cap and
// a ring across ±180° whole, a click measured, and the embed showing and switching the view a host page asks for.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { geoOrthographic } from 'd3';
import type { Browser, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readPngText } from '../../src/export/pngText';
import { SCENARIO_PNG_KEYWORD } from '../../src/export/scenarioFromPng';
import { destination, type LonLat } from '../../src/geo';
import { dragOnPageClock } from '../support/dragOnPageClock';
import { launchChromium, type PageWatch, watchPage } from '../support/launchChromium';
import { SCREENSHOTS, screenshot, urlParams } from '../support/openApp';
import { type HostPages, hostHtml, serveHostPages } from '../support/serveHostPages';

const APP_URL = inject('appUrl');
const KHARKIV: LonLat = [36.2304, 49.9935];
const LONGYEARBYEN: LonLat = [15.6267, 78.2232];
const ANADYR: LonLat = [177.51, 64.73];
// The default systems' colours (Okabe–Ito, in the data file's order), as the legend shows them.
const COLOURS = { tomahawk: '#D55E00', eram: '#0072B2', atacms: '#009E73' };
const RANGES_KM = { tomahawk: 1600, eram: 460, atacms: 300 };

let browser: Browser;
let host: HostPages;

beforeAll(async () => {
  browser = await launchChromium();
  host = await serveHostPages();
});

afterAll(async () => {
  await browser?.close();
  await host?.close();
});

interface ViewRead {
  center: LonLat;
  zoom: number;
  width: number;
  height: number;
  basemap: string;
  label: string;
}

async function openGlobe(
  query: string,
  options: { reducedMotion?: 'reduce' | 'no-preference' } = {},
): Promise<{ page: Page; watch: PageWatch }> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    reducedMotion: options.reducedMotion ?? 'no-preference',
  });
  const page = await context.newPage();
  const watch = watchPage(page);
  await page.goto(`${APP_URL}${query}`);
  await page.waitForSelector('.projected-view[data-center]');
  return { page, watch };
}

async function readView(page: Page): Promise<ViewRead> {
  return page.evaluate(() => {
    const view = document.querySelector('.projected-view') as HTMLElement;
    const [lon, lat] = (view.dataset.center ?? '').split(',').map(Number);
    return {
      center: [lon, lat] as [number, number],
      zoom: Number(view.dataset.zoom),
      width: view.clientWidth,
      height: view.clientHeight,
      basemap: view.dataset.basemap ?? '',
      label: view.getAttribute('aria-label') ?? '',
    };
  });
}

/** Waits until the view is still and drawn with the 1:50m countries, and returns it. */
async function settled(page: Page): Promise<ViewRead> {
  await page.waitForSelector('.projected-view[data-basemap="50m"]');
  let before = await readView(page);
  for (let i = 0; i < 40; i++) {
    await page.waitForTimeout(50);
    const now = await readView(page);
    if (now.center.join() === before.center.join() && now.zoom === before.zoom) return now;
    before = now;
  }
  return before;
}

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
    const { page, watch } = await openGlobe('?projection=globe');
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

  it('turns when dragged, glides on after a fling, and writes its centre to the link', async () => {
    const { page, watch } = await openGlobe('?projection=globe');
    const start = await settled(page);
    const box = await page.locator('.projected-view').boundingBox();
    if (!box) throw new Error('no globe');
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    // moves a frame apart and let go a frame after the last, by the page's clock: a fling however busy the
    // machine; the view is read as the last move left it, before the button is let go
    let released = start;
    expect((await urlParams(page)).view).toBeUndefined();
    await dragOnPageClock(page, [x, y], [-150, 40], 6, async () => {
      released = await readView(page);
    });
    expect(released.center[0]).toBeGreaterThan(start.center[0]); // the drag was drawn before the release
    // at rest once the link holds the view (written when the glide ends)
    await expect.poll(async () => (await urlParams(page)).view ?? '', { timeout: 10_000 }).not.toBe('');
    const after = await settled(page);
    // dragged west-to-east the other way: the globe shows what lies east, and north as it is pulled down
    expect(after.center[0]).toBeGreaterThan(start.center[0] + 5);
    expect(after.center[1]).toBeGreaterThan(start.center[1]);
    // the fling went on after the button was let go
    expect(after.center[0]).toBeGreaterThan(released.center[0]);
    expect(after.label).not.toBe(start.label);
    const link = (await urlParams(page)).view?.split(',').map(Number) ?? [];
    expect(link[0]).toBeCloseTo(after.center[1], 3);
    expect(link[1]).toBeCloseTo(after.center[0], 3);
    await screenshot(page, 'globe-turned');
    // the wheel zooms about the same centre; "Fit rings" brings the launch point back to the middle
    await page.mouse.move(x, y);
    await page.mouse.wheel(0, -300);
    expect((await settled(page)).zoom).toBeGreaterThan(after.zoom + 0.5);
    await page.getByRole('button', { name: 'Fit rings' }).click();
    const fitted = await settled(page);
    expect(fitted.center[0]).toBeCloseTo(start.center[0], 3);
    expect(fitted.zoom).toBeCloseTo(start.zoom, 3);
    expect(watch.errors).toEqual([]);
    await page.context().close();
  });

  it('stops when let go for a reader who asked for reduced motion', async () => {
    const { page } = await openGlobe('?projection=globe', { reducedMotion: 'reduce' });
    await settled(page);
    const box = await page.locator('.projected-view').boundingBox();
    if (!box) throw new Error('no globe');
    await page.mouse.move(box.x + 300, box.y + 300);
    await page.mouse.down();
    await page.mouse.move(box.x + 150, box.y + 300, { steps: 6 });
    await page.mouse.up();
    const released = await readView(page);
    await page.waitForTimeout(200);
    expect((await readView(page)).center).toEqual(released.center);
    await page.context().close();
  });

  it('turns with the arrow keys and zooms with + and −', async () => {
    const { page } = await openGlobe('?projection=globe&view=50,36,3');
    const globe = page.locator('.projected-view');
    await globe.focus();
    const start = await readView(page);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowUp');
    const turned = await readView(page);
    expect(turned.center[0]).toBeGreaterThan(start.center[0]);
    expect(turned.center[1]).toBeGreaterThan(start.center[1]);
    await page.keyboard.press('+');
    await page.keyboard.press('+');
    expect((await readView(page)).zoom).toBeCloseTo(4, 6);
    await page.keyboard.press('-');
    const zoomed = await readView(page);
    expect(zoomed.zoom).toBeCloseTo(3.5, 6);
    expect(zoomed.label).toContain('zoom 3.5');
    await page.context().close();
  });

  it('measures from each launch point where the reader clicks', async () => {
    const { page, watch } = await openGlobe('?projection=globe&view=50,36.23,5');
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
    const { page, watch } = await openGlobe(query);
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
      '?sites=54.71,20.51,Kaliningrad&systems=atacms&view=54.7,20.5,4&projection=globe',
    );
    const view = await readView(page);
    expect(view.center).toEqual([20.5, 54.7]);
    expect(view.zoom).toBe(4);
    expect(await page.getByLabel('View', { exact: true }).inputValue()).toBe('globe');
    await page.context().close();
  });
});

describe('the globe, exported', () => {
  it('downloads a social card of the globe with its rings, and the link names the view', async () => {
    const { page, watch } = await openGlobe('?projection=globe');
    await settled(page);
    await page.getByRole('button', { name: 'Export image', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Export image' });
    await dialog.getByLabel('Size').selectOption('social');
    await dialog.getByRole('radio', { name: '1×' }).check();
    await dialog.locator('.projected-view[data-basemap="50m"]').waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Download PNG' }).click(),
    ]);
    const bytes = readFileSync(await download.path());
    writeFileSync(join(SCREENSHOTS, 'globe-export-social.png'), bytes);
    const png = PNG.sync.read(bytes);
    expect([png.width, png.height]).toEqual([1200, 675]);
    expect(readPngText(new Uint8Array(bytes), SCENARIO_PNG_KEYWORD)).toMatch(/&projection=globe$/);
    // each ring's outline, not only its legend swatch: a ring a few hundred pixels across
    const count = (hex: string) => {
      const want = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
      let n = 0;
      for (let o = 0; o < png.data.length; o += 4)
        if (want.every((v, k) => Math.abs((png.data[o + k] as number) - v) < 16)) n++;
      return n;
    };
    expect(count(COLOURS.tomahawk)).toBeGreaterThan(1500);
    expect(count(COLOURS.eram)).toBeGreaterThan(400);
    expect(count(COLOURS.atacms)).toBeGreaterThan(300);
    expect(watch.errors).toEqual([]);
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
