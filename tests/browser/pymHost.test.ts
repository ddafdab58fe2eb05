// The embed in host pages that use the real pym.js (1.3.2, node_modules/pym.js): `new pym.Parent` and pym's
// loader (`data-pym-src`). The iframe must take the map's height at every width and while the window is
// resized, and pym's own width messages are answered, never warned about.

import { createRequire } from 'node:module';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { watchPage } from '../support/launchChromium';
import { screenshot } from '../support/openApp';
import { type HostPages, hostHtml, serveHostPages } from '../support/serveHostPages';
import { sharedChromium } from '../support/sharedChromium';

const require = createRequire(import.meta.url);
const APP_URL = inject('appUrl');
const MAP_SRC = `${APP_URL}embed.html?sites=49.9935,36.2304,Kharkiv&systems=eram,atacms&title=How%20far%20they%20reach`;
// pym's loader fetches pym.js from NPR's CDN: the test serves the same file from the package instead.
const PYM_CDN = 'https://pym.nprapps.org/pym.v1.min.js';

let browser: Browser;
let host: HostPages;

beforeAll(async () => {
  browser = await sharedChromium();
  host = await serveHostPages();
  host.pages.set('/parent.html', {
    body: hostHtml(
      `<p>Before the map.</p><div id="map"></div><p>After the map.</p><script src="/pym/pym.v1.min.js"></script>` +
        `<script>window.pymParent = new pym.Parent('map', ${JSON.stringify(MAP_SRC)}, {});</script>`,
    ),
  });
  host.pages.set('/loader.html', {
    body: hostHtml(
      `<p>Before the map.</p><div data-pym-src="${MAP_SRC.replaceAll('&', '&amp;')}" id="story-map"></div>` +
        '<p>After the map.</p><script src="/pym/pym-loader.v1.min.js"></script>',
    ),
  });
});

afterAll(async () => {
  await browser?.close();
  await host?.close();
});

async function openHostPage(path: string, width: number) {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  const watch = watchPage(page);
  const warnings: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'warning') warnings.push(m.text());
  });
  await page.route(PYM_CDN, (route) =>
    route.fulfill({ path: require.resolve('pym.js/dist/pym.v1.min.js'), contentType: 'text/javascript' }),
  );
  await page.goto(`${host.origin}${path}`);
  const frame = await (await page.waitForSelector('iframe')).contentFrame();
  if (!frame) throw new Error('no map frame');
  await frame.waitForSelector('.app:not([inert]) .leaflet-rings-pane canvas');
  return { context, page, frame, watch, warnings };
}

// The height the map's page asks for at its width, from the embed layout's rule (embed.css): the title bar
// plus a map 62.5 % as tall as wide, between 360 and 640 px.
async function naturalHeight(frame: Frame): Promise<number> {
  return frame.evaluate(() => {
    const header = document.querySelector('.app-header')?.getBoundingClientRect().height ?? 0;
    return Math.ceil(header + Math.min(640, Math.max(360, window.innerWidth * 0.625)));
  });
}

/**
 * How much of the map the ERAM ring (#0072B2) spans: its width or height as a share of the map's, whichever is
 * more (a fit fills one of the two, to the zoom level below).
 */
async function eramShare(frame: Frame): Promise<number> {
  return frame.evaluate(() => {
    const canvas = document.querySelector('.leaflet-rings-pane canvas') as HTMLCanvasElement;
    const map = document.querySelector('.range-map') as HTMLElement;
    const { width, height } = canvas;
    const data = (canvas.getContext('2d') as CanvasRenderingContext2D).getImageData(0, 0, width, height).data;
    let minX = Number.POSITIVE_INFINITY;
    let maxX = -1;
    let minY = Number.POSITIVE_INFINITY;
    let maxY = -1;
    for (let y = 0; y < height; y++)
      for (let x = 0; x < width; x++) {
        const o = (y * width + x) * 4;
        const near = (k: number, v: number) => Math.abs((data[o + k] as number) - v) < 8;
        if ((data[o + 3] as number) > 250 && near(0, 0x00) && near(1, 0x72) && near(2, 0xb2)) {
          minX = Math.min(minX, x);
          maxX = Math.max(maxX, x);
          minY = Math.min(minY, y);
          maxY = Math.max(maxY, y);
        }
      }
    if (maxX < 0) return 0;
    return Math.max((maxX - minX) / map.clientWidth, (maxY - minY) / map.clientHeight);
  });
}

async function expectSizedToMap(page: Page, frame: Frame, width: number) {
  await page.setViewportSize({ width, height: 900 });
  // the height the map asks for is read in the same poll: read before, it may be the last width's, the
  // iframe not yet resized by the host page
  await expect
    .poll(async () => {
      const iframe = await page.locator('iframe').boundingBox();
      const size = [Math.round(iframe?.width ?? 0), Math.round(iframe?.height ?? 0)];
      return size[0] === width && size[1] === (await naturalHeight(frame)) ? 'sized to the map' : size;
    })
    .toBe('sized to the map');
  const iframeHeight = Math.round((await page.locator('iframe').boundingBox())?.height ?? 0);
  // the map's page fills its iframe exactly: nothing cut off, nothing scrolls inside
  expect(await frame.evaluate(() => document.documentElement.scrollHeight)).toBe(iframeHeight);
  expect(iframeHeight).toBeGreaterThan(300);
}

describe('a host page with pym.Parent', () => {
  it('sizes the iframe to the map at 1000, 640 and 300 px and back, answering every width message, and refits the rings', async () => {
    const { context, page, frame, watch, warnings } = await openHostPage('/parent.html', 1000);
    // pym.Parent names the frame in the iframe's URL; the map answers with that id
    expect(new URL(frame.url()).searchParams.get('childId')).toBe('map');
    expect(new URL(frame.url()).searchParams.get('initialWidth')).toBe('1000');
    for (const width of [1000, 640, 300, 1000]) {
      await expectSizedToMap(page, frame, width);
      // the map fits its rings again at each width: ERAM's ring, the largest, spans much of it, and no more
      // (read once the refit that follows the resize has settled: until then the ring is the last width's fit)
      await expect
        .poll(async () => {
          const share = await eramShare(frame);
          return share > 0.3 && share < 1;
        })
        .toBe(true);
      if (width === 300) await screenshot(page, 'pym-parent-300px');
    }
    // a width message pym sends by hand is answered with the height, on pym's own message bus
    const heard = await page.evaluate(
      () =>
        new Promise<string>((done) => {
          const parent = (
            window as unknown as {
              pymParent: { onMessage: (t: string, f: (m: string) => void) => void; sendWidth: () => void };
            }
          ).pymParent;
          parent.onMessage('height', done);
          parent.sendWidth();
        }),
    );
    expect(Number(heard)).toBe(await naturalHeight(frame));
    expect(warnings.filter((w) => w.startsWith('Range Rings:'))).toEqual([]);
    expect(watch.errors).toEqual([]);
    expect(watch.externalRequests).toEqual([]);
    await context.close();
  });
});

describe("a host page with pym's loader (data-pym-src)", () => {
  it('sizes the iframe to the map at 300, 640 and 1000 px', async () => {
    const { context, page, frame, watch, warnings } = await openHostPage('/loader.html', 300);
    expect(new URL(frame.url()).searchParams.get('childId')).toBe('story-map');
    for (const width of [300, 640, 1000]) await expectSizedToMap(page, frame, width);
    await screenshot(page, 'pym-loader-1000px');
    expect(warnings.filter((w) => w.startsWith('Range Rings:'))).toEqual([]);
    expect(watch.errors).toEqual([]);
    // the loader's one request for pym.js was answered from the package, above
    expect(watch.externalRequests).toEqual([PYM_CDN]);
    await context.close();
  });
});
