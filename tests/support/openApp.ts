// Opens the built app in Chromium with a query string and waits until the rings are painted.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { inject } from 'vitest';
import { type PageWatch, watchPage } from './launchChromium';

export const SCREENSHOTS = join(import.meta.dirname, '../../test-results/screenshots');

export interface OpenedApp {
  page: Page;
  watch: PageWatch;
}

export async function openApp(
  browser: Browser,
  query = '',
  viewport = { width: 1280, height: 800 },
): Promise<OpenedApp> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const watch = watchPage(page);
  await page.goto(`${inject('appUrl')}${query}`);
  // the app mounted around the map drawn first (pageShell's page is inert until then)
  await page.waitForSelector('.app:not([inert]) .leaflet-rings-pane canvas');
  await whenSettled(page);
  return { page, watch };
}

/**
 * Waits until the app's lazy parts are in (no placeholder is busy: the side panel's, a true shape's) and the
 * frame after them is painted, as a reader sees the page whole.
 */
async function whenSettled(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
  await page.evaluate(
    () => new Promise((painted) => requestAnimationFrame(() => requestAnimationFrame(painted))),
  );
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
}

/** The current query string as the app wrote it, decoded to a map of parameters. */
export async function urlParams(page: Page): Promise<Record<string, string>> {
  await page.waitForTimeout(300); // the app writes the URL once a change settles
  const search = await page.evaluate(() => window.location.search);
  return Object.fromEntries(new URLSearchParams(search));
}

/**
 * Bounding box, in canvas pixels, of the rings pane's pixels drawn in a colour: its canvas, with whatever else
 * the pane draws (a dragged launch point's rings are an SVG of their own) drawn over it.
 */
export async function colourBox(page: Page, hex: string) {
  return page.evaluate(async (hexColour) => {
    const canvas = document.querySelector<HTMLCanvasElement>('.leaflet-rings-pane canvas');
    if (!canvas) throw new Error('no rings canvas');
    const { width, height } = canvas;
    const all = document.createElement('canvas');
    all.width = width;
    all.height = height;
    const ctx = all.getContext('2d') as CanvasRenderingContext2D;
    const origin = canvas.getBoundingClientRect();
    const drawAt = (image: CanvasImageSource, r: DOMRect) =>
      ctx.drawImage(
        image,
        ((r.left - origin.left) * width) / origin.width,
        ((r.top - origin.top) * height) / origin.height,
        (r.width * width) / origin.width,
        (r.height * height) / origin.height,
      );
    for (const layer of document.querySelectorAll<HTMLCanvasElement | SVGSVGElement>(
      '.leaflet-rings-pane > canvas, .leaflet-rings-pane > svg',
    )) {
      if (layer instanceof HTMLCanvasElement) {
        drawAt(layer, layer.getBoundingClientRect());
        continue;
      }
      const image = new Image();
      image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(layer))}`;
      await image.decode();
      drawAt(image, layer.getBoundingClientRect());
    }
    const data = ctx.getImageData(0, 0, width, height).data;
    const want = [1, 3, 5].map((i) => Number.parseInt(hexColour.slice(i, i + 2), 16));
    let minX = Number.POSITIVE_INFINITY;
    let minY = Number.POSITIVE_INFINITY;
    let maxX = -1;
    let maxY = -1;
    let count = 0;
    for (let y = 0; y < height; y++)
      for (let x = 0; x < width; x++) {
        const o = (y * width + x) * 4;
        if ((data[o + 3] as number) < 250) continue;
        if (want.every((v, k) => Math.abs((data[o + k] as number) - v) < 8)) {
          count++;
          minX = Math.min(minX, x);
          maxX = Math.max(maxX, x);
          minY = Math.min(minY, y);
          maxY = Math.max(maxY, y);
        }
      }
    return { minX, minY, maxX, maxY, count };
  }, hex);
}
