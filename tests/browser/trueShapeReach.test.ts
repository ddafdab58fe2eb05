// A launch area's reach on the globe and the distance map, in a real Chromium: Tomahawk's reach from Ukraine
// tints Berlin (about 600 km from the border) with the ring's colour and leaves Madrid (about 2,400 km away)
// as plain land (on the globe; the distance map looks from Madrid), read from the canvas where the view's own projection puts each city.
import type { Browser, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { LonLat } from '../../src/geo';
import { areaReachJobs, computeAreaReach, launchAreaSource } from '../../src/scenario';
import { distanceViewProjection, globeProjection, type ViewState } from '../../src/views/viewProjection';
import { watchPage } from '../support/launchChromium';
import { screenshot } from '../support/openApp';
import { downloadBytes, sharedChromium } from '../support/sharedChromium';

const BERLIN: LonLat = [13.4, 52.52];
const MADRID: LonLat = [-3.7, 40.42];
// land of the light basemap, and Tomahawk's #D55E00 over it at the reach's 7 %
const LAND = [0xf4, 0xf2, 0xee];
const TINTED = LAND.map((v, k) => Math.round(0.93 * v + 0.07 * ([0xd5, 0x5e, 0x00][k] as number)));

let browser: Browser;
beforeAll(async () => {
  browser = await sharedChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** The view's canvas as a PNG, and where the view's own projection puts a place on it. */
async function viewPixels(page: Page, kind: 'globe' | 'distance') {
  const view = page.locator('.projected-view');
  const read = await view.evaluate((el: HTMLElement) => ({
    center: (el.dataset.center ?? '').split(',').map(Number),
    zoom: Number(el.dataset.zoom),
    offset: (el.dataset.offset ?? '0,0').split(',').map(Number),
    width: el.clientWidth,
    height: el.clientHeight,
  }));
  const state: ViewState = {
    center: [read.center[0] ?? 0, read.center[1] ?? 0],
    zoom: read.zoom,
    offset: [read.offset[0] ?? 0, read.offset[1] ?? 0],
  };
  const projection = (kind === 'globe' ? globeProjection : distanceViewProjection)(state, read);
  const png = PNG.sync.read(await view.locator('canvas').screenshot());
  const pixel = (x: number, y: number) => {
    const o = (Math.round(y) * png.width + Math.round(x)) * 4;
    return [png.data[o] ?? 0, png.data[o + 1] ?? 0, png.data[o + 2] ?? 0];
  };
  return { project: (place: LonLat) => projection(place) as [number, number], pixel, png };
}

// Tomahawk's #D55E00 stroked at full strength (its fill is 7 %: never this saturated)
const isOutline = ([r = 0, g = 0, b = 0]: number[]) => r > 170 && g > 60 && g < 130 && b < 60;

/** Whether a pixel of Tomahawk's outline is within `radius` pixels of a place. */
function outlineNear(view: Awaited<ReturnType<typeof viewPixels>>, place: LonLat, radius: number): boolean {
  const [x, y] = view.project(place);
  for (let dy = -radius; dy <= radius; dy++)
    for (let dx = -radius; dx <= radius; dx++) if (isOutline(view.pixel(x + dx, y + dy))) return true;
  return false;
}

/** Tomahawk's reach from a country, computed here as the app computes it (1:110m outline, close to 1:50m's). */
function reachOf(code: string) {
  const [job] = areaReachJobs([{ kind: 'country', code }], [{ systemId: 'tomahawk', rangeKm: 1600 }]);
  const result = computeAreaReach(job as NonNullable<typeof job>);
  if (!('geometry' in result)) throw new Error(result.error);
  return result.geometry;
}

/** The colour most common in a 9 × 9 box around a place (a border line or a label does not decide it). */
async function colourAt(page: Page, kind: 'globe' | 'distance', place: LonLat): Promise<number[]> {
  const view = await viewPixels(page, kind);
  const [x, y] = view.project(place);
  const counts = new Map<string, number>();
  for (let dy = -4; dy <= 4; dy++)
    for (let dx = -4; dx <= 4; dx++) {
      const key = view.pixel(x + dx, y + dy).join(',');
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  const [best] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  return (best?.[0] ?? '').split(',').map(Number);
}

const near = (a: number[], b: number[]) => a.every((v, k) => Math.abs(v - (b[k] as number)) <= 3);

describe("a launch area's reach in the true-shape views", () => {
  for (const kind of ['globe', 'distance'] as const) {
    it(`fills Tomahawk's reach from Ukraine on the ${kind}`, async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      const watch = watchPage(page);
      // the distance map looks from a launch point: Madrid, whose own ring (1,600 km) stops short of Berlin (1,870 km)
      const site = kind === 'distance' ? '&sites=40.42,-3.7,Madrid' : '';
      await page.goto(
        `${inject('appUrl')}?from=UA&systems=tomahawk&projection=${kind}&view=48,20,3.3${site}`,
      );
      await page.waitForSelector('.projected-view[data-basemap="50m"]');
      await expect
        .poll(async () => near(await colourAt(page, kind, BERLIN), TINTED), { timeout: 15_000 })
        .toBe(true);
      // on the globe Madrid is in view and out of reach; the distance map is centred on it (its own ring's)
      if (kind === 'globe') expect(near(await colourAt(page, kind, MADRID), LAND)).toBe(true);
      await screenshot(page, `reach-from-ukraine-${kind}`);
      expect(watch.errors).toEqual([]);
      await context.close();
    });
  }

  it('outlines the reach from Ukraine along its boundary and labels it, on screen and in the SVG', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const watch = watchPage(page);
    await page.goto(`${inject('appUrl')}?from=UA&systems=tomahawk&projection=globe&view=48,20,3.3`);
    await page.waitForSelector('.projected-view[data-basemap="50m"]');
    const reach = reachOf('UA');
    const ring = (reach.type === 'Polygon' ? reach.coordinates[0] : reach.coordinates[0]?.[0]) ?? [];
    const byLon = [...ring].sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0));
    const west = byLon[0] as LonLat;
    const east = byLon[byLon.length - 1] as LonLat;
    // the boundary's westernmost and easternmost points (France, the Urals) carry the outline; Berlin, inside, does not
    await expect
      .poll(
        async () => {
          const view = await viewPixels(page, 'globe');
          return [outlineNear(view, west, 3), outlineNear(view, east, 3), outlineNear(view, BERLIN, 3)];
        },
        { timeout: 15_000 },
      )
      .toEqual([true, true, false]);
    // Ukraine's own outline, grey and dashed as on the map: most of its vertices have a dark grey pixel near them
    const border = launchAreaSource({ kind: 'country', code: 'UA' })?.geometry;
    const vertices = (border?.type === 'Polygon' ? border.coordinates.flat() : []) as LonLat[];
    expect(vertices.length).toBeGreaterThan(20);
    const view = await viewPixels(page, 'globe');
    const grey = ([r = 0, g = 0, b = 0]: number[]) => r < 120 && Math.abs(r - g) < 16 && Math.abs(g - b) < 16;
    const nearGrey = vertices.filter((v) => {
      const [x, y] = view.project(v);
      for (let dy = -2; dy <= 2; dy++)
        for (let dx = -2; dx <= 2; dx++) if (grey(view.pixel(x + dx, y + dy))) return true;
      return false;
    });
    expect(nearGrey.length / vertices.length).toBeGreaterThan(0.6);
    expect(grey(view.pixel(...view.project(BERLIN)))).toBe(false);
    await screenshot(page, 'reach-outline-from-ukraine-globe');

    await page.getByRole('button', { name: 'Export image', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Export image' });
    await dialog.locator('.projected-view[data-basemap="50m"]').waitFor();
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Download SVG', exact: true }).click(),
    ]);
    const svg = (await downloadBytes(file)).toString('utf8');
    const texts = [...svg.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map((m) => m[1] ?? '');
    expect(texts.filter((t) => /^Tomahawk from Ukraine, .*1,600 km$/.test(t))).toHaveLength(1);
    // the outline is a stroked line in the rings' group, in Tomahawk's colour
    const rings = /<g id="rings"[^>]*>([\s\S]*?)<\/g>/.exec(svg)?.[1] ?? '';
    expect(rings).toMatch(/<path [^>]*stroke="#D55E00"/i);
    // and Ukraine's own outline in the launch areas' group, dashed grey
    const areas = /<g id="launch-areas"[^>]*>([\s\S]*?)<\/g>/.exec(svg)?.[1] ?? '';
    expect(areas).toMatch(/<path [^>]*stroke="#5a5a5a"/i);
    expect(watch.errors).toEqual([]);
    await context.close();
  });

  it('strokes no edge along 180° where the reach from Fiji is split', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const watch = watchPage(page);
    await page.goto(`${inject('appUrl')}?from=FJ&systems=tomahawk&projection=globe&view=-17,180,3.3`);
    await page.waitForSelector('.projected-view[data-basemap="50m"]');
    const reach = reachOf('FJ');
    // where the boundary crosses 180°: the northernmost and southernmost seam points of the reach
    const onSeam = (reach.type === 'Polygon' ? [reach.coordinates] : reach.coordinates)
      .flat(2)
      .filter((p) => Math.abs(p[0] ?? 0) === 180)
      .map((p) => p[1] ?? 0);
    const north = Math.max(...onSeam);
    const south = Math.min(...onSeam);
    expect(north - south).toBeGreaterThan(20);
    await expect
      .poll(async () => outlineNear(await viewPixels(page, 'globe'), [180, north], 3), { timeout: 15_000 })
      .toBe(true);
    const view = await viewPixels(page, 'globe');
    // along the meridian inside the reach, a step of a quarter degree: fill only, no outline
    const stroked: number[] = [];
    for (let lat = south + 1; lat <= north - 1; lat += 0.25) {
      const [x, y] = view.project([180, lat]);
      if ([-1, 0, 1].some((dx) => isOutline(view.pixel(x + dx, y)))) stroked.push(lat);
    }
    expect(stroked).toEqual([]);
    await screenshot(page, 'reach-from-fiji-globe');
    expect(watch.errors).toEqual([]);
    await context.close();
  });
});
