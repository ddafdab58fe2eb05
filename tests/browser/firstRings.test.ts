// The first rings are painted before Leaflet has made a map and before the app has mounted, and what a reader
// sees does not change when Leaflet's map takes the first picture over or the app mounts: the same map element,
// at the same place and size, the rings in every painted frame from the first one on (never missing, never drawn
// twice), the same view; on a phone and for a link's view. The first rings and outlines are SVGs no larger than
// the map, the app's canvases: each first SVG, rasterised, has the pixels of the app's canvas in the same pane.
// Leaflet, React and the app's chunk are asked for once that first frame is painted.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type PageWatch, watchPage } from '../support/launchChromium';
import { screenshot } from '../support/openApp';
import { sharedChromium } from '../support/sharedChromium';

let browser: Browser;
beforeAll(async () => {
  browser = await sharedChromium();
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
  /**
   * The rings of each frame painted: the rings pane's SVG paths that draw something, its canvas as an image
   * URL ('' when it has none or it is blank), and whether the app had mounted by then.
   */
  painted: { svgPaths: number; image: string; mounted: boolean }[];
  /** Pixels of the map's box where the first frame's SVG and the app's canvas differ, of all pixels, by pane. */
  differingShare: { rings: number; basemap: number };
}

// Each sample is taken in a message posted from a frame's callback: after that frame was rendered.
const WATCH_FRAMES = `(() => {
  const w = { painted: [], done: false };
  window.__frames = w;
  const mark = performance.mark.bind(performance);
  const mounted = () => !document.querySelector('.app')?.inert;
  const blank = (canvas) => {
    const empty = document.createElement('canvas');
    empty.width = canvas.width;
    empty.height = canvas.height;
    return canvas.toDataURL() === empty.toDataURL();
  };
  const sample = () => {
    const pane = document.querySelector('.leaflet-rings-pane');
    const svg = pane?.querySelector('svg');
    const canvas = pane?.querySelector('canvas');
    const svgPaths = svg ? [...svg.querySelectorAll('path')].filter((p) => (p.getAttribute('d') ?? '') !== '').length : 0;
    if (svgPaths > 0 && !w.svg) {
      w.svg = {};
      for (const name of ['rings', 'basemap']) {
        const first = document.querySelector('.leaflet-' + name + '-pane svg');
        if (first) w.svg[name] = { markup: new XMLSerializer().serializeToString(first), box: first.getBoundingClientRect().toJSON() };
      }
    }
    const image = canvas && !blank(canvas) ? canvas.toDataURL() : '';
    // each pane's canvas in the app's first frame, before the 1:50m outlines may replace the 1:110m ones
    if (image !== '' && !w.canvas) {
      w.canvas = {};
      for (const name of ['rings', 'basemap']) {
        const drawn = document.querySelector('.leaflet-' + name + '-pane canvas');
        if (drawn) w.canvas[name] = { image: drawn.toDataURL(), box: drawn.getBoundingClientRect().toJSON() };
      }
    }
    w.painted.push({ svgPaths, image, mounted: mounted() });
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

/**
 * The share of the map's pixels whose colour differs (by more than antialiasing) between the pane's SVG in the
 * first frame and its canvas in the app's first frame.
 */
async function firstSvgAgainstCanvas(page: Page, pane: 'rings' | 'basemap'): Promise<number> {
  return page.evaluate(async (pane) => {
    type Drawn = { box: DOMRect } & ({ markup: string } | { image: string });
    const w = (
      window as unknown as { __frames: { svg?: Record<string, Drawn>; canvas?: Record<string, Drawn> } }
    ).__frames;
    const map = (document.querySelector('.range-map') as HTMLElement).getBoundingClientRect();
    const svg = w.svg?.[pane];
    const canvas = w.canvas?.[pane];
    if (!svg || !canvas) return 1;
    const decoded = async (drawn: Drawn) => {
      const image = new Image();
      image.src =
        'markup' in drawn
          ? `data:image/svg+xml;charset=utf-8,${encodeURIComponent(drawn.markup)}`
          : drawn.image;
      await image.decode();
      return image;
    };
    const image = await decoded(svg);
    const canvasImage = await decoded(canvas);
    const paint = (draw: (ctx: CanvasRenderingContext2D) => void) => {
      const out = document.createElement('canvas');
      out.width = Math.round(map.width);
      out.height = Math.round(map.height);
      const ctx = out.getContext('2d') as CanvasRenderingContext2D;
      draw(ctx);
      return ctx.getImageData(0, 0, out.width, out.height).data;
    };
    const svgBox = svg.box;
    const fromSvg = paint((ctx) =>
      ctx.drawImage(image, svgBox.x - map.x, svgBox.y - map.y, svgBox.width, svgBox.height),
    );
    const canvasBox = canvas.box;
    const fromCanvas = paint((ctx) =>
      ctx.drawImage(canvasImage, canvasBox.x - map.x, canvasBox.y - map.y, canvasBox.width, canvasBox.height),
    );
    let differing = 0;
    for (let i = 0; i < fromSvg.length; i += 4) {
      let most = 0;
      for (let c = 0; c < 4; c++)
        most = Math.max(most, Math.abs((fromSvg[i + c] ?? 0) - (fromCanvas[i + c] ?? 0)));
      if (most > 48) differing++;
    }
    return differing / (fromSvg.length / 4);
  }, pane);
}

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
    } as Omit<Frames, 'differingShare'>;
  });
  const differingShare = {
    rings: await firstSvgAgainstCanvas(page, 'rings'),
    basemap: await firstSvgAgainstCanvas(page, 'basemap'),
  };
  return { page, watch, frames: { ...frames, differingShare } };
}

function expectSteadyFirstFrames({ frames, watch }: { frames: Frames; watch: PageWatch }) {
  expect(frames.mountedAtFirst).toBe(false);
  expect(frames.sameElement).toBe(true);
  expect(frames.maps).toBe(1);
  for (const key of ['x', 'y', 'width', 'height'] as const)
    expect(frames.now[key]).toBeCloseTo(frames.first[key], 1);
  const last = frames.painted.at(-1)?.image ?? '';
  expect(last.length).toBeGreaterThan(1000);
  // painted before the app mounted, and while and after it did: in every frame the rings, drawn once
  expect(frames.painted.some((p) => !p.mounted)).toBe(true);
  expect(frames.painted[0]?.svgPaths).toBeGreaterThan(0);
  const once = frames.painted.map((p) => (p.svgPaths > 0 ? 1 : 0) + (p.image === '' ? 0 : 1));
  expect(once).toEqual(frames.painted.map(() => 1));
  // from the app's first canvas on, always these very pixels, and the first SVG's rasterised
  const fromCanvas = frames.painted.slice(frames.painted.findIndex((p) => p.image !== ''));
  expect(fromCanvas.filter((p) => p.image !== last).length).toBe(0);
  expect(frames.differingShare.rings).toBeLessThan(0.005);
  expect(frames.differingShare.basemap).toBeLessThan(0.005);
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

  it('asks for Leaflet, React and the app only once the first rings are painted, so none competes with them', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const watch = watchPage(page);
    // the end of the frame that paints the first rings: a message posted from that frame's callback
    await page.addInitScript(`(() => {
      const mark = performance.mark.bind(performance);
      performance.mark = function (name, options) {
        const entry = mark(name, options);
        if (name === 'rings-drawn' && window.__ringsFrame === undefined) {
          window.__ringsFrame = null;
          window.__ringsDrawn = entry.startTime; // the timeline keeps the latest mark only
          // a map Leaflet has made is marked on its element
          window.__leafletMapAtFirst = document.querySelector('.range-map')?._leaflet_id !== undefined;
          requestAnimationFrame(() => {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => { window.__ringsFrame = performance.now(); };
            channel.port2.postMessage(null);
          });
        }
        return entry;
      };
    })()`);
    await page.goto(inject('appUrl'));
    await pageIsUsable(page);
    const times = await page.evaluate(() => ({
      drawn: (window as unknown as { __ringsDrawn?: number }).__ringsDrawn ?? Number.NaN,
      frame: (window as unknown as { __ringsFrame: number }).__ringsFrame,
      chunks: performance
        .getEntriesByType('resource')
        .filter((e) => /\/assets\/(client|mountApp)-[^/]*\.js$/.test(e.name))
        .map((e) => e.startTime),
      // every script but the entry and the bundler's runtime beside it: Leaflet's among them
      later: performance
        .getEntriesByType('resource')
        .filter((e) => /\.js$/.test(e.name) && !/\/assets\/(main|rolldown-runtime)-[^/]*\.js$/.test(e.name))
        .map((e) => ({ name: e.name.split('/').pop(), start: e.startTime })),
      leafletMapAtFirst: (window as unknown as { __leafletMapAtFirst: boolean }).__leafletMapAtFirst,
      leafletMapNow: (document.querySelector('.range-map') as unknown as { _leaflet_id?: number })
        ._leaflet_id,
    }));
    expect(times.chunks).toHaveLength(2);
    expect(times.frame).toBeGreaterThan(times.drawn);
    for (const start of times.chunks) expect(start).toBeGreaterThanOrEqual(times.frame);
    // the first rings were drawn before Leaflet made a map, which has one now, made from a script asked for later
    expect(times.leafletMapAtFirst).toBe(false);
    expect(times.leafletMapNow).toBeDefined();
    expect(times.later.length).toBeGreaterThan(2);
    for (const { name, start } of times.later) expect(start, name).toBeGreaterThanOrEqual(times.frame);
    expect(watch.errors).toEqual([]);
    await context.close();
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
