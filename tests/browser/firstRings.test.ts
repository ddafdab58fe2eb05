// The first rings are painted before the app has mounted, and what a reader sees does not change when it
// mounts: the same map element, at the same place and size, the rings canvas the same in every painted frame
// from the first one on (never missing, never drawn twice), the same view; on a phone and for a link's view.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, type PageWatch, watchPage } from '../support/launchChromium';
import { screenshot } from '../support/openApp';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** What the page records of its frames, from the first 'rings-drawn' mark on (see WATCH_FRAMES). */
interface Frames {
  /** Whether the app had mounted when the first rings were drawn. */
  mountedAtFirst: boolean;
  first: { x: number; y: number; width: number; height: number };
  now: { x: number; y: number; width: number; height: number };
  sameElement: boolean;
  maps: number;
  /** The rings canvas of each frame painted, as an image URL, and whether the app had mounted by then. */
  painted: { image: string; mounted: boolean }[];
}

// Each sample is taken in a message posted from a frame's callback: after that frame was rendered.
const WATCH_FRAMES = `(() => {
  const w = { painted: [], done: false };
  window.__frames = w;
  const mark = performance.mark.bind(performance);
  const mounted = () => !document.querySelector('.app')?.inert;
  const sample = () => {
    const rings = document.querySelector('.leaflet-rings-pane canvas');
    w.painted.push({ image: rings ? rings.toDataURL() : '', mounted: mounted() });
    const settled = w.painted.filter((p) => p.mounted).length >= 20;
    if (settled) w.done = true;
    else requestAnimationFrame(() => { const c = new MessageChannel(); c.port1.onmessage = sample; c.port2.postMessage(null); });
  };
  performance.mark = function (name, options) {
    const entry = mark(name, options);
    if (name === 'rings-drawn' && !w.element) {
      w.element = document.querySelector('.range-map');
      w.first = w.element.getBoundingClientRect().toJSON();
      w.mountedAtFirst = mounted();
      requestAnimationFrame(() => { const c = new MessageChannel(); c.port1.onmessage = sample; c.port2.postMessage(null); });
    }
    return entry;
  };
})()`;

async function openWatched(query: string, viewport: { width: number; height: number }) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const watch = watchPage(page);
  await page.addInitScript(WATCH_FRAMES);
  await page.goto(`${inject('appUrl')}${query}`);
  await page.waitForFunction(() => (window as unknown as { __frames: { done: boolean } }).__frames.done);
  const frames = await page.evaluate(() => {
    const w = (window as unknown as { __frames: Record<string, unknown> }).__frames;
    const element = document.querySelector('.range-map') as HTMLElement;
    return {
      mountedAtFirst: w.mountedAtFirst,
      first: w.first,
      now: element.getBoundingClientRect().toJSON(),
      sameElement: w.element === element,
      maps: document.querySelectorAll('.leaflet-container').length,
      painted: w.painted,
    } as Frames;
  });
  return { page, watch, frames };
}

function expectSteadyFirstFrames({ frames, watch }: { frames: Frames; watch: PageWatch }) {
  expect(frames.mountedAtFirst).toBe(false);
  expect(frames.sameElement).toBe(true);
  expect(frames.maps).toBe(1);
  for (const key of ['x', 'y', 'width', 'height'] as const)
    expect(frames.now[key]).toBeCloseTo(frames.first[key], 1);
  const last = frames.painted.at(-1)?.image ?? '';
  expect(last.length).toBeGreaterThan(1000);
  // painted before the app mounted, and while and after it did: always these very pixels
  expect(frames.painted.some((p) => !p.mounted)).toBe(true);
  const differing = frames.painted.filter((p) => p.image !== last);
  expect(differing.length).toBe(0);
  expect(watch.errors).toEqual([]);
}

async function pageIsUsable(page: Page) {
  // the app answers as usual: its panel, the launch point's name on the map, the legend
  await expect(page.locator('.site-list .site-name').first().inputValue()).resolves.toBe('Kharkiv');
  await expect(page.locator('.leaflet-marker-icon').count()).resolves.toBeGreaterThan(0);
}

describe('first rings before the app mounts', () => {
  it('paints the default map first, then mounts the app around the same map without a change', async () => {
    const opened = await openWatched('', { width: 1280, height: 800 });
    expectSteadyFirstFrames(opened);
    await pageIsUsable(opened.page);
    await screenshot(opened.page, 'first-rings-default');
    await opened.page.context().close();
  });

  it('keeps the same map and view on a phone and for a link with its own view', async () => {
    const phone = await openWatched('', { width: 390, height: 760 });
    expectSteadyFirstFrames(phone);
    await phone.page.context().close();
    const linked = await openWatched('?view=50.4,30.5,6', { width: 1024, height: 700 });
    expectSteadyFirstFrames(linked);
    // the view asked for is kept as it was set first
    const view = new URLSearchParams(await linked.page.evaluate(() => window.location.search)).get('view');
    expect(view).toBe('50.4,30.5,6');
    await linked.page.context().close();
  });

  it('leaves a globe link to the app, which draws it as before', async () => {
    const context = await browser.newContext({ viewport: { width: 1024, height: 700 } });
    const page = await context.newPage();
    const watch = watchPage(page);
    await page.goto(`${inject('appUrl')}?projection=globe`);
    await page.locator('.projected-view').waitFor();
    expect(await page.locator('.range-map').count()).toBe(0);
    expect(watch.errors).toEqual([]);
    await context.close();
  });
});
