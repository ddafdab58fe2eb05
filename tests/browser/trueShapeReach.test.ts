// A launch area's reach on the globe and the distance map, in a real Chromium: Tomahawk's reach from Ukraine
// tints Berlin (about 600 km from the border) with the ring's colour and leaves Madrid (about 2,400 km away)
// as plain land (on the globe; the distance map looks from Madrid), read from the canvas where the view's own projection puts each city.
import type { Browser, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { LonLat } from '../../src/geo';
import { distanceViewProjection, globeProjection, type ViewState } from '../../src/views/viewProjection';
import { launchChromium, watchPage } from '../support/launchChromium';
import { screenshot } from '../support/openApp';

const BERLIN: LonLat = [13.4, 52.52];
const MADRID: LonLat = [-3.7, 40.42];
// land of the light basemap, and Tomahawk's #D55E00 over it at the reach's 7 %
const LAND = [0xf4, 0xf2, 0xee];
const TINTED = LAND.map((v, k) => Math.round(0.93 * v + 0.07 * ([0xd5, 0x5e, 0x00][k] as number)));

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** The colour most common in a 9 × 9 box around a place (a border line or a label does not decide it). */
async function colourAt(page: Page, kind: 'globe' | 'distance', place: LonLat): Promise<number[]> {
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
  const project = kind === 'globe' ? globeProjection : distanceViewProjection;
  const [x, y] = project(state, read)(place) as [number, number];
  const png = PNG.sync.read(await view.locator('canvas').screenshot());
  const counts = new Map<string, number>();
  for (let dy = -4; dy <= 4; dy++)
    for (let dx = -4; dx <= 4; dx++) {
      const o = (Math.round(y + dy) * png.width + Math.round(x + dx)) * 4;
      const key = [png.data[o], png.data[o + 1], png.data[o + 2]].join(',');
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
});
