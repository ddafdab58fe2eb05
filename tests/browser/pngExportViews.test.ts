// PNG export in a real Chromium of maps other than the default light one, each in a page of its own: the dark
// theme with two launch points, a right-to-left system name, and the online basemap with and without CORS.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pixelmatch from 'pixelmatch';
import type { Browser } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPngText } from '../../src/export/pngText';
import { SCENARIO_PNG_KEYWORD } from '../../src/export/scenarioFromPng';
import { openApp, SCREENSHOTS } from '../support/openApp';
import { EXPORT_QUERY, expectViewMatchesScreen, serveTiles } from '../support/pngExportDialog';
import { countColour } from '../support/pngPixels';
import { downloadBytes, sharedChromium } from '../support/sharedChromium';

let browser: Browser;

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  browser = await sharedChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe('PNG export of other maps', () => {
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

  it('exports the online basemap when its tiles allow cross-origin use, copied from the page', async () => {
    const { page: osm } = await openApp(browser, `${EXPORT_QUERY}&basemap=osm`);
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
    const { page: osm } = await openApp(browser, `${EXPORT_QUERY}&basemap=osm`);
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
    const bytes = await downloadBytes(download);
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
