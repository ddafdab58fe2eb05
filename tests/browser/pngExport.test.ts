// PNG export in a real Chromium, driven through its dialog: the file decodes, has the preset's pixel size and the
// scenario's link in its tEXt chunk, and its map is the map on screen, pixel for pixel, without Leaflet's controls.
// The dark theme, a right-to-left label and the online basemap are in pngExportViews.test.ts.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPngText } from '../../src/export/pngText';
import { SCENARIO_PNG_KEYWORD } from '../../src/export/scenarioFromPng';
import { decodeScenarioUrl } from '../../src/scenario';
import type { PageWatch } from '../support/launchChromium';
import { openApp, SCREENSHOTS } from '../support/openApp';
import {
  EXPORT_QUERY,
  expectViewMatchesScreen,
  exportThroughDialog,
  focusedLabel,
  mapSettled,
} from '../support/pngExportDialog';
import { colourBounds, countColour, mapRows, rowsOf } from '../support/pngPixels';
import { sharedChromium } from '../support/sharedChromium';
import { withClipboard } from '../support/withClipboard';

const DATA_IDS = { systemIds: ['tomahawk', 'eram', 'atacms'] };

let browser: Browser;
let page: Page;
let watch: PageWatch;

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  browser = await sharedChromium();
  ({ page, watch } = await openApp(browser, EXPORT_QUERY));
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

  it('copies the image to the clipboard', async () => {
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByRole('button', { name: 'Export image', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Export image' });
    await dialog.getByLabel('Size').selectOption('square');
    await dialog.getByRole('radio', { name: '1×' }).check();
    const size = await withClipboard(async () => {
      await dialog.getByRole('button', { name: 'Copy PNG' }).click();
      await expect(dialog.getByRole('status')).toContainText('Copied the image to the clipboard.');
      return page.evaluate(async () => {
        const [item] = await navigator.clipboard.read();
        const blob = await item?.getType('image/png');
        if (!blob) return null;
        const image = await createImageBitmap(blob);
        return [image.width, image.height];
      });
    });
    expect(size).toEqual([1080, 1080]);
    await page.keyboard.press('Escape');
  });

  it('downloads a social card, then a print image, from the dialog left open, as an editor makes both', async () => {
    await page.getByRole('button', { name: 'Export image', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Export image' });
    const download = async (size: string) => {
      await dialog.getByLabel('Size').selectOption(size);
      await dialog.getByRole('radio', { name: '1×' }).check();
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        dialog.getByRole('button', { name: 'Download PNG' }).click(),
      ]);
      await expect(dialog.getByRole('status')).toContainText('Saved');
      return file.suggestedFilename();
    };
    expect(await download('social')).toBe('ringe-uber-charkiw-social-1200x675@1x.png');
    // each export read every map canvas back once to learn whether it can be copied: the second one made
    // Chromium warn of a canvas read back again and again (checked below)
    expect(await download('print')).toBe('ringe-uber-charkiw-print-2400x1350@1x.png');
    await page.keyboard.press('Escape');
  });

  it('loads with no error and no request leaving the machine', () => {
    expect(watch.errors).toEqual([]);
    expect(watch.externalRequests).toEqual([]);
  });

  it('paints its images with no warning of a canvas read back again and again', () => {
    // the print image's map is painted in slices, each read back once (slicedPainting)
    expect(watch.warnings.filter((w) => /getImageData|willReadFrequently/.test(w))).toEqual([]);
  });
});
