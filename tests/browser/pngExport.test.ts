// PNG export in a real Chromium, driven through its dialog: the file decodes, has the preset's pixel size and the
// scenario's link in its tEXt chunk, and its map is the map on screen, pixel for pixel, without Leaflet's controls.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pixelmatch from 'pixelmatch';
import type { Browser, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPngText } from '../../src/export/pngText';
import { SCENARIO_PNG_KEYWORD } from '../../src/export/scenarioFromPng';
import { decodeScenarioUrl } from '../../src/scenario';
import { launchChromium, type PageWatch } from '../support/launchChromium';
import { openApp, SCREENSHOTS } from '../support/openApp';

const QUERY =
  '?sites=49.9935,36.2304,Kharkiv&systems=tomahawk,eram,atacms&view=49.5,34,5&title=Ringe%20%C3%BCber%20Charkiw';
const DATA_IDS = { systemIds: ['tomahawk', 'eram', 'atacms'] };

let browser: Browser;
let page: Page;
let watch: PageWatch;

/** Hides (or shows again) what sits on the map but is not part of it: Leaflet's controls, the "Fit rings" button. */
async function setControlsHidden(p: Page, hidden: boolean): Promise<void> {
  // through the CSSOM: Playwright's screenshot `style` option injects a <style>, which the app's CSP refuses
  await p.evaluate((hide) => {
    for (const el of document.querySelectorAll<HTMLElement>('.leaflet-control-container, .fit-button')) {
      el.style.visibility = hide ? 'hidden' : '';
    }
  }, hidden);
}

/**
 * Puts the map's top edge on a whole pixel by rounding the header's height up: a screenshot of an element at a
 * fractional position shows it resampled, while the export draws the map from its own origin.
 */
async function alignMapToPixels(p: Page): Promise<void> {
  await p.evaluate(() => {
    const header = document.querySelector('.app-header') as HTMLElement;
    header.style.height = `${Math.ceil(header.getBoundingClientRect().height)}px`;
    window.dispatchEvent(new Event('resize')); // Leaflet re-reads its size
  });
}

/** A screenshot of the map without controls, once two taken half a second apart are the same (lazy data is in). */
async function mapSettled(p: Page): Promise<Buffer> {
  await setControlsHidden(p, true);
  // the map's focus ring is the page's, not the map's: an export never shows it
  await p.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  try {
    let last = await p.locator('.range-map').screenshot();
    for (let i = 0; i < 20; i++) {
      await p.waitForTimeout(500);
      const next = await p.locator('.range-map').screenshot();
      if (next.equals(last)) return next;
      last = next;
    }
    throw new Error('the map kept changing');
  } finally {
    await setControlsHidden(p, false);
  }
}

interface Exported {
  bytes: Buffer;
  png: PNG;
  fileName: string;
}

async function exportThroughDialog(
  p: Page,
  size: string,
  ratio: 1 | 2 | 3,
  subtitle = '',
  asOnScreen = false,
  beforeDownload?: () => Promise<void>,
): Promise<Exported> {
  await p.getByRole('button', { name: 'Export image', exact: true }).click();
  const dialog = p.getByRole('dialog', { name: 'Export image' });
  await dialog.getByLabel('Size').selectOption(size);
  await dialog.getByRole('radio', { name: `${ratio}×` }).check();
  await dialog.getByLabel('Subtitle (optional)').fill(subtitle);
  if (asOnScreen) await dialog.getByRole('button', { name: 'Use the map as it is' }).click();
  await beforeDownload?.();
  const [download] = await Promise.all([
    p.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Download PNG' }).click(),
  ]);
  const bytes = readFileSync(await download.path());
  await expect(dialog.getByRole('status')).toContainText('Saved');
  await p.keyboard.press('Escape');
  return { bytes, png: PNG.sync.read(bytes), fileName: download.suggestedFilename() };
}

/** The accessible-ish name of the focused element: its label's text, else its own text. */
function focusedLabel(p: Page): Promise<string> {
  return p.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const label = el?.closest('label') ?? (el?.id ? document.querySelector(`label[for="${el.id}"]`) : null);
    const text = label ? (label.firstChild?.textContent ?? '') : (el?.textContent ?? '');
    return text.trim();
  });
}

/** The rows of the map in an exported image: where its left edge is not the frame's background. */
function mapRows(png: PNG): { top: number; bottom: number } {
  const isMap = (y: number) => [0, 1, 2].some((k) => png.data[y * png.width * 4 + k] !== png.data[k]);
  let top = 0;
  while (top < png.height && !isMap(top)) top++;
  let bottom = png.height - 1;
  while (bottom > top && !isMap(bottom)) bottom--;
  return { top, bottom };
}

/** The RGB values of rows [y0, y1) of `png`, in order. */
function rowsOf(png: PNG, y0: number, y1: number): number[] {
  const values: number[] = [];
  for (let o = y0 * png.width * 4; o < y1 * png.width * 4; o += 4)
    values.push(...png.data.subarray(o, o + 3));
  return values;
}

/** Width and height of the box of pixels near a colour within `rows` of `png`. */
function colourBounds(png: PNG, hex: string, rows: { top: number; bottom: number }) {
  const want = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (let y = rows.top; y <= rows.bottom; y++)
    for (let x = 0; x < png.width; x++) {
      const o = (y * png.width + x) * 4;
      if (!want.every((v, k) => Math.abs((png.data[o + k] as number) - v) <= 20)) continue;
      [minX, minY, maxX, maxY] = [Math.min(minX, x), Math.min(minY, y), Math.max(maxX, x), Math.max(maxY, y)];
    }
  return { width: maxX - minX, height: maxY - minY };
}

/** Pixels of `png` within `tolerance` of a colour, in rows [y0, y1). */
function countColour(png: PNG, hex: string, y0: number, y1: number, tolerance = 40): number {
  const want = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
  let count = 0;
  for (let y = y0; y < y1; y++)
    for (let x = 0; x < png.width; x++) {
      const o = (y * png.width + x) * 4;
      if (want.every((v, k) => Math.abs((png.data[o + k] as number) - v) <= tolerance)) count++;
    }
  return count;
}

/** The row at which `map` lies inside `whole` (same width): the offset whose first rows match best. */
function mapOffset(whole: PNG, map: PNG): number {
  const rows = 12;
  let best = { y: -1, diff: Number.POSITIVE_INFINITY };
  const width = Math.min(whole.width, map.width);
  for (let y = 0; y + map.height <= whole.height + 2; y++) {
    let diff = 0;
    for (let r = 0; r < rows && diff < best.diff; r++)
      for (let x = 0; x < width; x++) {
        const a = ((y + r) * whole.width + x) * 4;
        const b = (r * map.width + x) * 4;
        for (let k = 0; k < 3; k++) diff += Math.abs((whole.data[a + k] ?? 0) - (map.data[b + k] ?? 0));
      }
    if (diff < best.diff) best = { y, diff };
  }
  return best.y;
}

/** Answers OpenStreetMap tile requests locally (nothing leaves the machine) with a plain tile, with or without CORS. */
async function serveTiles(p: Page, cors: boolean): Promise<void> {
  const tile = new PNG({ width: 256, height: 256 });
  for (let i = 0; i < tile.data.length; i += 4) tile.data.set([170, 211, 223, 255], i);
  const body = PNG.sync.write(tile);
  await p.route('https://tile.openstreetmap.org/**', (route) =>
    route.fulfill({
      status: 200,
      contentType: 'image/png',
      headers: cors ? { 'access-control-allow-origin': '*' } : {},
      body,
    }),
  );
}

/**
 * Exports the current view at 1× and compares its map area with a screenshot of the map: at most 1 % of the
 * pixels may differ (pixelmatch threshold 0.1). Returns the export and the row just below its map.
 */
async function expectViewMatchesScreen(
  p: Page,
  name: string,
): Promise<{ bytes: Buffer; image: PNG; mapBottom: number; exported: PNG; screen: PNG }> {
  await alignMapToPixels(p);
  const shot = PNG.sync.read(await mapSettled(p));
  const { bytes, png } = await exportThroughDialog(p, 'view', 1, '', true);
  writeFileSync(join(SCREENSHOTS, `${name}.png`), bytes);
  const [clientWidth, clientHeight] = await p
    .locator('.range-map')
    .evaluate((el) => [el.clientWidth, el.clientHeight]);
  expect(png.width).toBe(clientWidth);
  expect(png.height).toBeGreaterThan((clientHeight as number) + 60); // title above, legend and notes below

  const top = mapOffset(png, shot);
  const width = Math.min(png.width, shot.width);
  const height = Math.min(shot.height, png.height - top);
  const exported = new PNG({ width, height });
  const screen = new PNG({ width, height });
  PNG.bitblt(png, exported, 0, top, width, height, 0, 0);
  PNG.bitblt(shot, screen, 0, 0, width, height, 0, 0);
  const diff = new PNG({ width, height });
  const differing = pixelmatch(exported.data, screen.data, diff.data, width, height, { threshold: 0.1 });
  writeFileSync(join(SCREENSHOTS, `${name}-diff.png`), PNG.sync.write(diff));
  expect(top).toBeGreaterThan(20);
  expect(differing / (width * height)).toBeLessThanOrEqual(0.01);
  return { bytes, image: png, mapBottom: top + height, exported, screen };
}

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  browser = await launchChromium();
  ({ page, watch } = await openApp(browser, QUERY));
});

afterAll(async () => {
  await browser?.close();
});

describe('PNG export', () => {
  it('opens an accessible dialog; Escape closes it and gives focus back', async () => {
    // wherever the app places the button: the header, or the panel's export group
    const open = page.getByRole('button', { name: 'Export image', exact: true });
    await open.click();
    const dialog = page.getByRole('dialog', { name: 'Export image' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await expect.poll(() => focusedLabel(page)).toBe('Size');
    // the size list's label reads "Size" alone (it does not wrap the list and its options' text)
    await expect(dialog.getByRole('combobox', { name: 'Size', exact: true })).toHaveCount(1);
    await expect(dialog.locator('label').filter({ hasText: 'Size' })).toHaveText('Size');
    const options = await dialog.getByLabel('Size').locator('option').allTextContents();
    expect(options).toEqual(['Current view', 'Social card 1200×675', 'Square 1080×1080', 'Print 2400×1350']);
    for (const name of ['1×', '2×', '3×']) await expect(dialog.getByRole('radio', { name })).toHaveCount(1);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect.poll(() => focusedLabel(page)).toBe('Export image');
  });

  it('downloads a social card at 2× as a 2400×1350 PNG named after the title, holding the scenario link', async () => {
    await mapSettled(page);
    // what the dialog says while it renders, recorded as it changes
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { pngExportStates: string[] }).pngExportStates = seen;
      const dialog = document.querySelector('.png-export-dialog') as HTMLElement;
      new MutationObserver(() => {
        const form = dialog.querySelector('form');
        seen.push(
          `${form?.getAttribute('aria-busy')}|${dialog.querySelector('[role="status"]')?.textContent}`,
        );
      }).observe(dialog, { subtree: true, attributes: true, childList: true, characterData: true });
    });
    const { bytes, png, fileName } = await exportThroughDialog(
      page,
      'social',
      2,
      'As published, October 2025',
    );
    writeFileSync(join(SCREENSHOTS, 'png-export-social-2x.png'), bytes);
    expect([png.width, png.height]).toEqual([2400, 1350]);
    expect(fileName).toBe('ringe-uber-charkiw-social-1200x675@2x.png');
    const stored = readPngText(new Uint8Array(bytes), SCENARIO_PNG_KEYWORD);
    const search = await page.evaluate(() => window.location.search);
    expect(stored).toBe(search.slice(1));
    const reopened = decodeScenarioUrl(stored ?? '', DATA_IDS);
    expect(reopened.problems).toEqual([]);
    expect(reopened.scenario?.title).toBe('Ringe über Charkiw');
    expect(reopened.scenario?.view).toEqual({ center: [34, 49.5], zoom: 5 });
    const states = await page.evaluate(
      () => (window as unknown as { pngExportStates: string[] }).pngExportStates,
    );
    expect(states.some((state) => /^true\|Rendering the image… \d+ %$/.test(state))).toBe(true);
    expect(states.at(-1)).toMatch(/^false\|Saved ringe-uber-charkiw-social-1200x675@2x\.png\.$/);
  });

  it('makes a print image of the social card with twice the pixels, so its map labels keep their size beside the title', async () => {
    // a ring label's height as a share of the framed map's width, read in the dialog's preview
    const shares: number[] = [];
    const readShare = async () => {
      await page.waitForFunction(
        () => document.querySelector('.png-preview')?.getAttribute('aria-busy') === 'false',
      );
      shares.push(
        await page.evaluate(() => {
          const frame = document.querySelector('.frame-map') as HTMLElement;
          const label = frame.querySelector('.ring-label') as HTMLElement;
          return label.getBoundingClientRect().height / frame.getBoundingClientRect().width;
        }),
      );
    };
    const social = await exportThroughDialog(
      page,
      'social',
      2,
      'As published, October 2025',
      false,
      readShare,
    );
    const print = await exportThroughDialog(page, 'print', 1, 'As published, October 2025', false, readShare);
    expect(Math.abs((shares[1] as number) / (shares[0] as number) - 1)).toBeLessThan(0.02);
    writeFileSync(join(SCREENSHOTS, 'png-export-print-1x.png'), print.bytes);
    expect(print.fileName).toBe('ringe-uber-charkiw-print-2400x1350@1x.png');
    expect([print.png.width, print.png.height]).toEqual([2400, 1350]);
    // the same composition at the same pixel count: the words above and below the map are the same pixels, the
    // map is as tall, and the Tomahawk ring is drawn at nearly the same size (each size fits the rings anew)
    const [a, b] = [mapRows(social.png), mapRows(print.png)];
    expect(b).toEqual(a);
    const words = (png: PNG) => [...rowsOf(png, 0, a.top), ...rowsOf(png, a.bottom + 1, png.height)];
    const [wordsA, wordsB] = [words(social.png), words(print.png)];
    const differing = wordsA.filter((v, i) => Math.abs(v - (wordsB[i] as number)) > 24).length;
    expect(differing / wordsA.length).toBeLessThan(0.002);
    const [ringA, ringB] = [colourBounds(social.png, '#D55E00', a), colourBounds(print.png, '#D55E00', b)];
    expect(Math.abs(ringB.width / ringA.width - 1)).toBeLessThan(0.03);
    expect(Math.abs(ringB.height / ringA.height - 1)).toBeLessThan(0.03);
  });

  it('exports the current view at 1×, with "Use the map as it is" exactly as on screen, and the legend below it', async () => {
    const png = await expectViewMatchesScreen(page, 'png-export-view-1x');
    // the legend's ring swatches, in the systems' colours, below the map
    for (const colour of ['#D55E00', '#0072B2', '#009E73']) {
      expect(countColour(png.image, colour, png.mapBottom, png.image.height)).toBeGreaterThan(20);
    }
  });

  it('matches the screen too in the dark theme, with two launch points and a probed point', async () => {
    const { page: dark, watch: darkWatch } = await openApp(
      browser,
      '?sites=50.45,30.5234,Kyiv;46.4825,30.7233,Odesa&systems=eram,atacms&units=mi&view=48.5,31.5,6&theme=dark',
    );
    await dark.locator('.range-map').click({ position: { x: 620, y: 240 } });
    await dark.mouse.move(5, 5); // off the map, so no ring stays highlighted under the pointer
    await expectViewMatchesScreen(dark, 'png-export-view-dark');
    expect(darkWatch.errors).toEqual([]);
    await dark.close();
  });

  it('draws a right-to-left system name in its ring label as the page does: isolated, the range on its right', async () => {
    const name = 'טיל שיוט';
    const { page: rtl, watch: rtlWatch } = await openApp(
      browser,
      `?sites=49.9935,36.2304,Kharkiv&custom=${encodeURIComponent(name)}:200km&systems=atacms,custom-system&view=50,36.23,6`,
    );
    const label = rtl.locator('.ring-label', { hasText: name });
    await expect(label).toHaveText(`${name} · 200 km`);
    const { exported, screen } = await expectViewMatchesScreen(rtl, 'png-export-view-rtl');
    // the label's own box, in the map's pixels: the export's letters where the screen has them
    const [map, box] = await Promise.all([rtl.locator('.range-map').boundingBox(), label.boundingBox()]);
    const [x, y] = [
      Math.round((box?.x as number) - (map?.x as number)),
      Math.round((box?.y as number) - (map?.y as number)),
    ];
    const [width, height] = [Math.round(box?.width as number), Math.round(box?.height as number)];
    const part = (png: PNG) => {
      const out = new PNG({ width, height });
      PNG.bitblt(png, out, x, y, width, height, 0, 0);
      return out;
    };
    const differing = pixelmatch(part(exported).data, part(screen).data, null, width, height, {
      threshold: 0.1,
    });
    expect(width * height).toBeGreaterThan(500);
    // the letters' edges may fall a fraction of a pixel apart (3 % of the box differed); half a pixel off
    // made 16 %, and the words in another order would differ in most of their letters
    expect(differing / (width * height)).toBeLessThan(0.08);
    expect(rtlWatch.errors).toEqual([]);
    await rtl.close();
  });

  it('copies the image to the clipboard', async () => {
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByRole('button', { name: 'Export image', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Export image' });
    await dialog.getByLabel('Size').selectOption('square');
    await dialog.getByRole('radio', { name: '1×' }).check();
    await dialog.getByRole('button', { name: 'Copy PNG' }).click();
    await expect(dialog.getByRole('status')).toContainText('Copied the image to the clipboard.');
    const size = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      const blob = await item?.getType('image/png');
      if (!blob) return null;
      const image = await createImageBitmap(blob);
      return [image.width, image.height];
    });
    expect(size).toEqual([1080, 1080]);
    await page.keyboard.press('Escape');
  });

  it('loads with no error and no request leaving the machine', () => {
    expect(watch.errors).toEqual([]);
    expect(watch.externalRequests).toEqual([]);
  });

  it('exports the online basemap when its tiles allow cross-origin use, copied from the page', async () => {
    const { page: osm } = await openApp(browser, `${QUERY}&basemap=osm`);
    await serveTiles(osm, true);
    // the reader agrees to the online tiles once; the origin remembers it across the reload
    await osm.getByRole('button', { name: 'Load', exact: true }).click();
    await osm.reload();
    await osm.waitForSelector('.app:not([inert]) .leaflet-rings-pane canvas');
    await osm.waitForFunction(() => {
      const tiles = [...document.querySelectorAll<HTMLImageElement>('img.leaflet-tile')];
      return tiles.length > 0 && tiles.every((t) => t.complete && t.naturalWidth > 0);
    });
    const { bytes } = await expectViewMatchesScreen(osm, 'png-export-view-osm');
    expect(readPngText(new Uint8Array(bytes), SCENARIO_PNG_KEYWORD)).toContain('basemap=osm');
    await expect(osm.locator('.notice')).toHaveCount(0);
    await osm.close();
  });

  it('when the online tiles taint the canvas, switches to the offline map, says so, and exports', async () => {
    const { page: osm } = await openApp(browser, `${QUERY}&basemap=osm`);
    await serveTiles(osm, false);
    // the reader agrees to the online tiles once; the origin remembers it across the reload
    await osm.getByRole('button', { name: 'Load', exact: true }).click();
    await osm.reload();
    await osm.waitForSelector('.app:not([inert]) .leaflet-rings-pane canvas');
    await osm.getByRole('button', { name: 'Export image', exact: true }).click();
    const dialog = osm.getByRole('dialog', { name: 'Export image' });
    await dialog.getByLabel('Size').selectOption('social');
    await dialog.getByRole('radio', { name: '1×' }).check();
    await osm.waitForSelector('.frame-map img.leaflet-tile');
    // the preview's tiles loaded without CORS, as a tile server without CORS headers would give them
    await osm.evaluate(async () => {
      const tiles = [...document.querySelectorAll<HTMLImageElement>('img.leaflet-tile')];
      await Promise.all(
        tiles.map((tile) => {
          tile.removeAttribute('crossorigin');
          tile.src = `${tile.src.split('#')[0]}#no-cors`;
          return tile.decode().catch(() => {});
        }),
      );
    });
    const [download] = await Promise.all([
      osm.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Download PNG' }).click(),
    ]);
    const bytes = readFileSync(await download.path());
    const png = PNG.sync.read(bytes);
    writeFileSync(join(SCREENSHOTS, 'png-export-osm-tainted.png'), bytes);
    expect([png.width, png.height]).toEqual([1200, 675]);
    await expect(osm.locator('.notice')).toContainText(
      'The online basemap cannot be exported; the image uses the offline map.',
    );
    // the offline map's sea, not the served tile's colour
    expect(countColour(png, '#AAD3DF', 0, png.height, 6)).toBeLessThan(50); // a few blends of ring and land
    expect(countColour(png, '#D8E1E7', 0, png.height, 6)).toBeGreaterThan(10_000);
    // the retry stored the scenario as it is after the switch
    const stored = readPngText(new Uint8Array(bytes), SCENARIO_PNG_KEYWORD) ?? '';
    expect(stored).toContain('sites=49.9935,36.2304,Kharkiv');
    expect(stored).not.toContain('basemap=osm');
    await osm.close();
  });
});
