// The words around an exported map, as an editor meets them: typed key by key in the export dialog (spaces and
// accents kept), read back in the preview, the link, the PNG's own scenario and its pixels; a reload and a
// dropped PNG bring them back. The legend keys the dashed band, in the PNG and the embed, and draws a repeated
// colour's pattern.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPngText } from '../../src/export/pngText';
import { SCENARIO_PNG_KEYWORD } from '../../src/export/scenarioFromPng';
import { decodeScenarioUrl } from '../../src/scenario';
import { dropFile } from '../support/dropFile';
import { openApp, SCREENSHOTS, screenshot, urlParams } from '../support/openApp';
import { downloadBytes, sharedChromium } from '../support/sharedChromium';

// Tomahawk from the data file (no band) and a system of one's own with a free-text source and a published band
const BANDED = 'custom=Fateh-110:300km:IISS%202024:min=250km:max=350km';
const QUERY = `?sites=49.9935,36.2304,Kharkiv&systems=tomahawk,custom-fateh-110&${BANDED}&view=49.5,34,5`;
const DATA_IDS = { systemIds: ['tomahawk', 'eram', 'atacms'] };
const SUBTITLE = 'Ranges as published, Oct 2025';
const CREDIT = 'Zoë Ølsen — Kyiv Post';
const NOTE = 'Not to scale; distances are true along the ground';

let browser: Browser;
let exported: Buffer;

function dialogOf(page: Page): Locator {
  return page.getByRole('dialog', { name: 'Export image' });
}

async function openDialog(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Export image', exact: true }).click();
  const dialog = dialogOf(page);
  await expect.poll(() => dialog.isVisible()).toBe(true);
  return dialog;
}

/** The preview's words as a screen reader reads them: its caption, line by line. */
async function previewLines(dialog: Locator): Promise<string[]> {
  const caption = dialog.getByRole('figure', { name: 'Preview of the image' }).locator('figcaption');
  return (await caption.locator('span').allTextContents()).map((line) => line.trim());
}

async function download(page: Page, dialog: Locator): Promise<Buffer> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Download PNG' }).click(),
  ]);
  await expect.poll(() => dialog.getByRole('status').textContent()).toContain('Saved');
  return await downloadBytes(file);
}

/** The last row of the map: from the bottom, the first row nearly all unlike the footer's background. */
function mapBottom(png: PNG): number {
  const background = [png.data[0], png.data[1], png.data[2]];
  for (let y = png.height - 1; y >= 0; y--) {
    let other = 0;
    for (let x = 0; x < png.width; x++) {
      const o = (y * png.width + x) * 4;
      if (background.some((v, k) => Math.abs((png.data[o + k] as number) - (v as number)) > 6)) other++;
    }
    if (other > png.width * 0.9) return y;
  }
  return 0;
}

/**
 * Rows below the map where pixels of `hex` form at least `runs` separate short runs inside a span of `span`
 * pixels: a dashed or dotted line, as a ring-shaped swatch (one or two runs per row) never is.
 */
function dashedRows(png: PNG, hex: string, from: number, runs: number, span: number): number[] {
  const want = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
  const found: number[] = [];
  for (let y = from; y < png.height; y++) {
    const starts: number[] = [];
    let inRun = false;
    for (let x = 0; x < png.width; x++) {
      const o = (y * png.width + x) * 4;
      const on = want.every((v, k) => Math.abs((png.data[o + k] as number) - v) <= 30);
      if (on && !inRun) starts.push(x);
      inRun = on;
    }
    for (let i = 0; i + runs <= starts.length; i++) {
      if ((starts[i + runs - 1] as number) - (starts[i] as number) <= span) {
        found.push(y);
        break;
      }
    }
  }
  return found;
}

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  browser = await sharedChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe('the words around an exported map', () => {
  it('are typed key by key in the export dialog, shown in the preview, kept in the link and in the PNG', async () => {
    const { page, watch } = await openApp(browser, QUERY);
    // the panel's legend keys the dashed ring as well
    await expect
      .poll(() => page.locator('#side-panel').getByText('dashed: published range band').count())
      .toBe(1);
    const dialog = await openDialog(page);
    await dialog.getByLabel('Size').selectOption('social');
    await dialog.getByRole('radio', { name: '1×' }).check();
    // the default note, honest and short, until the editor writes one
    await expect
      .poll(() => previewLines(dialog))
      .toContain('Rings show true distances; map scale varies with latitude');
    for (const [name, text] of [
      ['Subtitle (optional)', SUBTITLE],
      ['Credit (optional)', CREDIT],
      ['Note (optional)', NOTE],
    ] as const) {
      const field = dialog.getByRole('textbox', { name });
      await field.click();
      await field.pressSequentially(text);
      await page.keyboard.press('Tab');
      await expect.poll(() => field.inputValue()).toBe(text);
    }
    const lines = await previewLines(dialog);
    expect(lines[0]).toBe('How far they reach');
    expect(lines[1]).toBe(SUBTITLE);
    // the note above the footer, the credit in it
    const noteAt = lines.indexOf(NOTE);
    const sourcesAt = lines.findIndex((line) => /^Sources?: /.test(line));
    expect(noteAt).toBeGreaterThan(1);
    expect(sourcesAt).toBeGreaterThan(noteAt);
    expect(lines.indexOf(`Graphic: ${CREDIT}`)).toBeGreaterThan(sourcesAt);
    expect(lines.some((line) => line.includes('Rings show true distances'))).toBe(false);
    // the dashed band is keyed, and the sources line names the system's own typed source
    expect(lines.some((line) => line.endsWith('dashed: published range band'))).toBe(true);
    expect(lines.slice(sourcesAt).join(' ')).toContain('IISS 2024 (Fateh-110)');

    const params = await urlParams(page);
    expect([params.subtitle, params.credit, params.note]).toEqual([SUBTITLE, CREDIT, NOTE]);

    exported = await download(page, dialog);
    writeFileSync(join(SCREENSHOTS, 'png-words.png'), exported);
    const query = readPngText(new Uint8Array(exported), SCENARIO_PNG_KEYWORD) ?? '';
    const restored = decodeScenarioUrl(query, DATA_IDS).scenario;
    expect([restored?.subtitle, restored?.credit, restored?.note]).toEqual([SUBTITLE, CREDIT, NOTE]);

    // The band's key in the image: a dashed line (4 px dashes, 4 px gaps) in the band's colour under the map.
    const png = PNG.sync.read(exported);
    expect(png.width).toBe(1200);
    const bandColour = '#CC79A7'; // Fateh-110, the fourth system, has the palette's fourth colour
    expect(dashedRows(png, bandColour, mapBottom(png) + 1, 3, 20).length).toBeGreaterThan(0);
    await screenshot(page, 'png-words-dialog');
    expect(watch.errors).toEqual([]);
    await page.context().close();
  });

  it('come back when the link is reopened, and an emptied word goes from the link', async () => {
    const { page } = await openApp(browser, `${QUERY}&subtitle=Ranges%20as%20published&credit=Zo%C3%AB`);
    const dialog = await openDialog(page);
    await expect
      .poll(() => dialog.getByRole('textbox', { name: 'Credit (optional)' }).inputValue())
      .toBe('Zoë');
    const subtitle = dialog.getByRole('textbox', { name: 'Subtitle (optional)' });
    expect(await subtitle.inputValue()).toBe('Ranges as published');
    await subtitle.click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Enter');
    const params = await urlParams(page);
    expect(params.subtitle).toBeUndefined();
    expect(params.credit).toBe('Zoë');
    expect((await previewLines(dialog))[1]).not.toBe('Ranges as published');
    await page.context().close();
  });

  it('come back when the exported PNG is dropped on the page', async () => {
    const { page } = await openApp(browser);
    await dropFile(page, exported, 'how-far-they-reach.png', 'image/png');
    await expect.poll(async () => (await urlParams(page)).credit).toBe(CREDIT);
    const params = await urlParams(page);
    expect([params.subtitle, params.note]).toEqual([SUBTITLE, NOTE]);
    const dialog = await openDialog(page);
    expect(await dialog.getByRole('textbox', { name: 'Note (optional)' }).inputValue()).toBe(NOTE);
    expect(await previewLines(dialog)).toContain(`Graphic: ${CREDIT}`);
    await page.context().close();
  });
});

describe('the legend', () => {
  it('in the embed, as in the panel and the PNG, explains the dashed ring when a band is drawn, and not otherwise', async () => {
    const { page } = await openApp(browser, `?embed=1&${QUERY.slice(1)}`);
    const legend = page.getByRole('list', { name: 'Legend' });
    await expect.poll(() => legend.textContent()).toContain('dashed: published range band');
    await screenshot(page, 'embed-legend-band');
    await page.goto(`${page.url().split('?')[0]}?embed=1&sites=49.9935,36.2304,Kharkiv&systems=tomahawk`);
    await expect.poll(() => legend.textContent()).toContain('Tomahawk');
    expect(await legend.textContent()).not.toContain('dashed');
    await page.context().close();
  });

  it("with eight systems, the PNG legend draws the eighth's dotted pattern in the first one's colour", async () => {
    const custom = ['A:100km', 'B:200km', 'C:300km', 'D:400km', 'E:500km'].join(';');
    const query = `?sites=49.9935,36.2304,Kharkiv&systems=tomahawk,eram,atacms,custom-a,custom-b,custom-c,custom-d,custom-e&custom=${custom}`;
    const { page } = await openApp(browser, query);
    const dialog = await openDialog(page);
    await dialog.getByLabel('Size').selectOption('social');
    await dialog.getByRole('radio', { name: '2×' }).check();
    const png = PNG.sync.read(await download(page, dialog));
    writeFileSync(join(SCREENSHOTS, 'png-legend-eight.png'), PNG.sync.write(png));
    // "2 5" at 2×: dots 4 px long every 14 px. Only the eighth system's swatch, one line about 3 × 2 px thick,
    // reads as dotted: the first system's ring-shaped swatch, of the same colour, does not.
    const dotted = dashedRows(png, '#D55E00', mapBottom(png) + 1, 3, 3 * 14 + 4);
    expect(dotted.length).toBeGreaterThan(0);
    expect((dotted.at(-1) as number) - (dotted[0] as number)).toBeLessThanOrEqual(8);
    await page.context().close();
  });
});
