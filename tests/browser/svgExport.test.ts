// SVG export in a real Chromium, through the export dialog: the file is well-formed XML (xmllint), librsvg renders
// it (rsvg-convert), and that rendering matches the PNG of the same frame at 1×; it has the named layers, the ring
// labels and the title as text, stays under 1 MB, and dropped back on the page it reopens the map.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pixelmatch from 'pixelmatch';
import type { Browser, Locator, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dropFile } from '../support/dropFile';
import { launchChromium, type PageWatch } from '../support/launchChromium';
import { openApp, SCREENSHOTS, screenshot, urlParams } from '../support/openApp';

const GROUPS = ['basemap', 'rings', 'bands', 'labels', 'launch-points', 'marks', 'legend', 'title', 'footer'];
/**
 * pixelmatch's per-pixel colour threshold (0…1), and the share of pixels that may still differ: measured 0.6 %,
 * nearly all in text (librsvg and Skia hint and space glyphs differently; a halo is a stroke here, a blur there).
 */
const PIXEL_THRESHOLD = 0.2;
const MAX_MISMATCH = 0.015;

let browser: Browser;
let page: Page;
let watch: PageWatch;
let dir: string;
let svg: string;
let svgName: string;
let png: PNG;
let ringLabels: string[];

async function download(dialog: Locator, name: string): Promise<{ bytes: Buffer; fileName: string }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name, exact: true }).click(),
  ]);
  const bytes = readFileSync(await file.path());
  await page.waitForFunction(
    () => document.querySelector('.png-export-dialog form')?.getAttribute('aria-busy') === 'false',
  );
  return { bytes, fileName: file.suggestedFilename() };
}

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  dir = mkdtempSync(join(tmpdir(), 'svg-export-'));
  browser = await launchChromium();
  ({ page, watch } = await openApp(browser));
  await page.getByRole('button', { name: 'Export PNG', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export PNG' });
  await dialog.getByLabel('Size').selectOption('social');
  await dialog.getByRole('radio', { name: '1×' }).check();
  await page.waitForFunction(
    () => document.querySelector('.png-preview')?.getAttribute('aria-busy') === 'false',
  );
  // the PNG and the SVG of one frame: taken again until a PNG after the SVG equals the one before it (the
  // finer outlines and the place names arrive after the first paint)
  let before = await download(dialog, 'Download PNG');
  for (let round = 0; round < 8; round++) {
    const vector = await download(dialog, 'Download SVG');
    const after = await download(dialog, 'Download PNG');
    svg = vector.bytes.toString('utf8');
    svgName = vector.fileName;
    if (after.bytes.equals(before.bytes)) break;
    before = after;
  }
  png = PNG.sync.read(before.bytes);
  ringLabels = await page.locator('.frame-map .ring-label').allTextContents();
  await page.keyboard.press('Escape');
});

afterAll(async () => {
  await browser?.close();
});

describe('SVG export', () => {
  it('is a standalone SVG of the preset, named after the title, with every named layer', () => {
    writeFileSync(join(SCREENSHOTS, 'svg-export-social.svg'), svg);
    expect(svgName).toBe('how-far-they-reach-social-1200x675.svg');
    expect(svg).toMatch(/<svg [^>]*width="1200" height="675" viewBox="0 0 1200 675"/);
    for (const id of GROUPS) expect(svg).toMatch(new RegExp(`<g id="${id}"`));
    expect(svg).toMatch(/<g id="marks"[^>]*\/>/); // the default scenario has no marks
    const bytes = Buffer.byteLength(svg);
    console.info(`SVG, default scenario, social card: ${(bytes / 1024).toFixed(0)} KB`);
    expect(bytes).toBeLessThan(1_000_000);
  });

  it('is well-formed XML, as xmllint reads it', () => {
    const file = join(dir, 'export.svg');
    writeFileSync(file, svg);
    // throws, with xmllint's message, when the file is not well-formed
    execFileSync('xmllint', ['--noout', file], { stdio: 'pipe' });
  });

  it('keeps the ring labels, the title and the legend as text', () => {
    expect(ringLabels.length).toBeGreaterThanOrEqual(3);
    const texts = [...svg.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    const unescaped = (t: string | undefined) => (t ?? '').replace(/&amp;/g, '&');
    for (const label of ringLabels) expect(texts.map(unescaped)).toContain(label.trim());
    const title = svg.slice(svg.indexOf('<g id="title"'), svg.indexOf('</g>', svg.indexOf('<g id="title"')));
    expect(title).toContain('>How far they reach</text>');
    const legend = svg.slice(
      svg.indexOf('<g id="legend"'),
      svg.indexOf('</g>', svg.indexOf('<g id="legend"')),
    );
    for (const name of ['Tomahawk', 'ERAM', 'ATACMS']) expect(legend).toContain(`>${name}</text>`);
  });

  it('renders with librsvg as the PNG export of the same frame at 1×', () => {
    const file = join(dir, 'export.svg');
    writeFileSync(file, svg);
    const rendered = PNG.sync.read(execFileSync('rsvg-convert', [file], { maxBuffer: 64 * 1024 * 1024 }));
    writeFileSync(join(SCREENSHOTS, 'svg-export-rsvg.png'), PNG.sync.write(rendered));
    writeFileSync(join(SCREENSHOTS, 'svg-export-png-1x.png'), PNG.sync.write(png));
    expect([rendered.width, rendered.height]).toEqual([png.width, png.height]);
    const { width, height } = png;
    const diff = new PNG({ width, height });
    const differing = pixelmatch(rendered.data, png.data, diff.data, width, height, {
      threshold: PIXEL_THRESHOLD,
    });
    writeFileSync(join(SCREENSHOTS, 'svg-export-diff.png'), PNG.sync.write(diff));
    const share = differing / (width * height);
    console.info(`SVG (rsvg-convert) vs PNG at 1×: ${(share * 100).toFixed(2)} % of pixels differ`);
    expect(share).toBeLessThanOrEqual(MAX_MISMATCH);
  });

  it('reopens its map when dropped back on the page', async () => {
    const { page: other, watch: otherWatch } = await openApp(
      browser,
      '?sites=48.8566,2.3522,Paris&systems=eram&title=Elsewhere',
    );
    await expect(other.getByRole('heading', { level: 1 })).toHaveText('Elsewhere');
    await dropFile(other, svg, svgName, 'image/svg+xml');
    await expect(other.getByRole('heading', { level: 1 })).toHaveText('How far they reach');
    await expect(other.locator('.notice', { hasText: `Opened ${svgName}.` })).toHaveCount(1);
    const params = await urlParams(other);
    expect(params.sites ?? '').toContain('Kharkiv');
    expect(await urlParams(other)).toEqual(await urlParams(page));
    await screenshot(other, 'svg-export-dropped');
    expect(otherWatch.errors).toEqual([]);
    await other.context().close();
  });

  it('refuses an SVG that holds no map, keeping the map, and says so', async () => {
    const { page: other, watch: otherWatch } = await openApp(browser, '?title=Kept');
    const before = await urlParams(other);
    const plain = '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"/>';
    await dropFile(other, plain, 'logo.svg', 'image/svg+xml');
    await expect(other.locator('.notice')).toContainText('logo.svg holds no Range Rings map');
    expect(await urlParams(other)).toEqual(before);
    expect(otherWatch.errors).toEqual([]);
    await other.context().close();
  });

  it('left no error on the page', () => {
    expect(watch.errors).toEqual([]);
  });
});
