// SVG export from the globe and the distance map, through the export dialog in a real Chromium: the file is
// well-formed XML (xmllint), librsvg renders it (rsvg-convert) with the rings in their colours, it holds the
// named layers, the ring labels as text, and the distance map's scale labels.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { watchPage } from '../support/launchChromium';
import { SCREENSHOTS } from '../support/openApp';
import { downloadBytes, sharedChromium } from '../support/sharedChromium';

const SITES = 'sites=49.9935,36.2304,Kharkiv&systems=tomahawk,eram,atacms';
const TOMAHAWK = [0xd5, 0x5e, 0x00];

let browser: Browser;
let dir: string;
beforeAll(async () => {
  browser = await sharedChromium();
  dir = mkdtempSync(join(tmpdir(), 'true-shape-svg-'));
});
afterAll(async () => {
  await browser?.close();
});

async function svgOf(projection: 'globe' | 'distance') {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const watch = watchPage(page);
  await page.goto(`${inject('appUrl')}?${SITES}&projection=${projection}`);
  await page.waitForSelector('.projected-view[data-basemap="50m"]');
  await page.getByRole('button', { name: 'Export image', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export image' });
  await dialog.getByLabel('Size').selectOption('social');
  await dialog.locator('.projected-view[data-basemap="50m"]').waitFor();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Download SVG', exact: true }).click(),
  ]);
  const svg = (await downloadBytes(file)).toString('utf8');
  const scale = (await dialog.locator('.projected-view').getAttribute('data-distance-scale')) ?? '';
  // nothing refused: no alert in the dialog
  expect(await dialog.getByRole('alert').count()).toBe(0);
  expect(watch.errors).toEqual([]);
  await context.close();
  const path = join(dir, `${projection}.svg`);
  writeFileSync(path, svg);
  writeFileSync(join(SCREENSHOTS, `true-shape-${projection}.svg`), svg);
  execFileSync('xmllint', ['--noout', path], { stdio: 'pipe' });
  const rendered = PNG.sync.read(execFileSync('rsvg-convert', [path], { maxBuffer: 64 * 1024 * 1024 }));
  writeFileSync(join(SCREENSHOTS, `true-shape-${projection}-rsvg.png`), PNG.sync.write(rendered));
  let tomahawk = 0;
  for (let o = 0; o < rendered.data.length; o += 4)
    if (TOMAHAWK.every((v, k) => Math.abs((rendered.data[o + k] as number) - v) < 16)) tomahawk++;
  const texts = [...svg.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map((m) => m[1] ?? '');
  return { svg, rendered, tomahawk, texts, scale: scale ? scale.split('|') : [] };
}

describe('SVG of the true-shape views', () => {
  it('exports the globe: well-formed, rendered by librsvg, with its rings, layers and labels', async () => {
    const { svg, rendered, tomahawk, texts } = await svgOf('globe');
    expect([rendered.width, rendered.height]).toEqual([1200, 675]);
    for (const id of ['basemap', 'rings', 'bands', 'labels', 'launch-points'])
      expect(svg).toMatch(new RegExp(`<g id="${id}"`));
    expect(svg).toMatch(/<g id="rings"[^>]*>\s*<path /);
    // the Tomahawk ring's outline, a few hundred pixels across, not only its legend swatch
    expect(tomahawk).toBeGreaterThan(800);
    expect(texts).toContain('Tomahawk · 1,600 km');
    expect(texts).toContain('Kharkiv');
  });

  it('exports the distance map with its scale labels as text', async () => {
    const { svg, tomahawk, texts, scale } = await svgOf('distance');
    expect(svg).toMatch(/<g id="rings"[^>]*>\s*<path /);
    expect(tomahawk).toBeGreaterThan(800);
    expect(scale.length).toBeGreaterThanOrEqual(3);
    for (const label of scale) expect(texts).toContain(label);
  });
});
