// Globe benchmark, on the production build in headless Chromium: requestAnimationFrame intervals while the globe
// is turned by dragging (90 pointer moves, one per 16 ms), against dragging the Web Mercator map of the same
// scenario in the same run: the default scenario and 10 launch points × 5 systems.
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import { launchChromium } from '../support/launchChromium';
import { servePages } from '../support/servePages';
import { benchOutDir } from './benchOutDir';
import { frameIntervals } from './pageBench';

const ROOT = resolve(import.meta.dirname, '../..');
const OUT = benchOutDir('range-rings-bench-globe-dist');
const MOVES = 90;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const quantile = (xs: number[], q: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * q))] as number;

/** Frame intervals while the view in `selector` is dragged around its middle. */
async function dragViewFrames(browser: Browser, url: string, selector: string): Promise<number[]> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(url);
  await page.waitForSelector(selector);
  await page.waitForTimeout(3500); // lazy chunks (places, 1:50m outlines) settle
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`no ${selector}`);
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  const frames = await frameIntervals(page, async () => {
    for (let i = 1; i <= MOVES; i++) {
      await page.mouse.move(x + 160 * Math.sin(i / 10), y + 80 * Math.sin(i / 7));
      await page.waitForTimeout(16);
    }
  });
  await page.mouse.up();
  await page.close();
  return frames;
}

export async function globeBench(print: (line: string) => void): Promise<void> {
  await build({ root: ROOT, logLevel: 'warn', build: { outDir: OUT, emptyOutDir: true, sourcemap: false } });
  const served = await servePages({ '/app/': OUT });
  const base = `${served.origin}/app/`;
  const browser = await launchChromium();
  try {
    const heavySites = Array.from(
      { length: 10 },
      (_, i) => `${(46 + (i % 4) * 1.5).toFixed(2)},${(24 + i * 2.2).toFixed(2)},P${i + 1}`,
    );
    const scenarios: [string, string][] = [
      ['default (1 launch point × 3 systems)', '?sites=49.9935,36.2304,Kharkiv&systems=tomahawk,eram,atacms'],
      [
        'heavy (10 launch points × 5 systems)',
        `?sites=${heavySites.join(';')}&systems=tomahawk,eram,atacms,custom-storm-shadow,custom-taurus&custom=Storm%20Shadow:250km;Taurus:500km`,
      ],
    ];
    await dragViewFrames(browser, `${base}?projection=globe`, '.globe-view[data-center]'); // warm up
    print(
      `Frame intervals while turning the globe by dragging (requestAnimationFrame, ${MOVES} pointer moves):`,
    );
    for (const [name, query] of scenarios) {
      const map = await dragViewFrames(browser, `${base}${query}`, '.leaflet-container');
      const globe = await dragViewFrames(
        browser,
        `${base}${query}&projection=globe`,
        '.globe-view[data-center]',
      );
      const p95 = quantile(globe, 0.95);
      const mapP95 = quantile(map, 0.95);
      const met = p95 <= 16.7 * 1.05;
      print(
        `  ${name.padEnd(38)} globe p50 ${median(globe).toFixed(1)} ms, p95 ${p95.toFixed(1)} ms · map drag p95 ${mapP95.toFixed(1)} ms (globe ${(p95 / mapP95).toFixed(2)}× map; target p95 ≤ 16.7 ms ±5 %: ${met ? 'met' : 'NOT met'})`,
      );
    }
  } finally {
    await browser.close();
    await served.close();
  }
}
