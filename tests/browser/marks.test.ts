// Marks as a person makes and reads them, in a real Chromium: a link's marks are drawn and labelled on the map,
// renamed by typing, added by search and by a click on the map, dragged, removed and put back; the exported
// image, GeoJSON and KML carry them (GDAL reads the points); the link and a saved file bring them back; a place
// from "In reach" is kept as a mark; an embedded map shows them and their distances when one is tapped.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Download, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ogrinfo } from '../export/gdal';
import { dropFile } from '../support/dropFile';
import { openApp, SCREENSHOTS, screenshot, urlParams } from '../support/openApp';
import { describeFindings, runAxe, seriousOrCritical } from '../support/runAxe';
import { downloadBytes, sharedChromium } from '../support/sharedChromium';

let browser: Browser;
beforeAll(async () => {
  browser = await sharedChromium();
});
afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

const MARKED =
  '?sites=49.9935,36.2304,Kharkiv&systems=tomahawk,atacms&marks=55.7558,37.6176,Moscow&view=52.5,36.5,5';
// ATACMS alone: Moscow lies beyond its ring, so only the marks' own framing brings it into the exported image
const MARK_BEYOND_RINGS = '?sites=49.9935,36.2304,Kharkiv&systems=atacms&marks=55.7558,37.6176,Moscow';
// the diamond's fill (src/map/marks.css)
const MARK_FILL = [0xe6, 0x00, 0x7e];
const dir = mkdtempSync(join(tmpdir(), 'range-rings-marks-'));
const text = async (d: Download) => (await downloadBytes(d)).toString('utf8');

async function centreOf(page: Page, selector: string, n = 0) {
  const box = await page.locator(selector).nth(n).boundingBox();
  if (!box) throw new Error(`${selector} is not on screen`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Pixels of the mark's fill in a PNG, and their centre. */
function markPixels(png: PNG) {
  let count = 0;
  let sumX = 0;
  let sumY = 0;
  for (let y = 0; y < png.height; y++)
    for (let x = 0; x < png.width; x++) {
      const o = (y * png.width + x) * 4;
      if (MARK_FILL.every((v, k) => Math.abs((png.data[o + k] as number) - v) <= 30)) {
        count++;
        sumX += x;
        sumY += y;
      }
    }
  return { count, x: sumX / Math.max(1, count), y: sumY / Math.max(1, count) };
}

describe('marks', () => {
  it('a link’s mark is on the map with its label and its reach; typed, searched and clicked marks join it', async () => {
    const { page, watch } = await openApp(browser, MARKED);
    await expect.poll(() => page.locator('.mark-label').allTextContents()).toEqual(['Moscow']);
    await expect(page.getByTestId('rings-summary')).toContainText('Marked: Moscow.');
    const marks = page.getByRole('region', { name: 'Marks' });
    await expect(marks.locator('.mark-reach li')).toHaveText(
      /^Moscow — 6\d\d km from Kharkiv: within Tomahawk's range$/,
    );

    // rename, key by key
    const name = marks.getByLabel(/^Name of mark at/);
    await name.click();
    await page.keyboard.press('ControlOrMeta+A');
    await name.pressSequentially('Moskva, Kremlin');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.mark-label').allTextContents()).toEqual(['Moskva, Kremlin']);
    await expect.poll(async () => (await urlParams(page)).marks).toBe('55.7558,37.6176,Moskva, Kremlin');

    // search a place by name, key by key
    const search = marks.getByLabel('Mark a place');
    await search.click();
    await search.pressSequentially('Minsk');
    await expect(marks.getByRole('option').first()).toContainText('Minsk');
    await page.keyboard.press('Enter');
    await expect(marks.locator('.mark-list > li')).toHaveCount(2);
    await expect(marks.locator('.mark-reach li').nth(1)).toHaveText(
      /^Minsk — 7\d\d km from Kharkiv: within Tomahawk's range$/,
    );

    // "Click the map to mark": Escape leaves the mode, a click then measures
    const toggle = marks.locator('.section-head .toggle');
    await expect(toggle).toHaveText('Click the map to mark');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(toggle).toHaveText('Click the map… (Esc cancels)');
    await page.keyboard.press('Escape');
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await toggle.click();
    const map = await page.locator('.range-map').boundingBox();
    if (!map) throw new Error('no map');
    await page.mouse.click(map.x + map.width * 0.7, map.y + map.height * 0.75);
    await expect(marks.locator('.mark-list > li')).toHaveCount(3);
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await expect.poll(() => page.locator('.mark-label').count()).toBe(3);
    // a launch point is not added
    await expect(page.locator('.launch-marker')).toHaveCount(1);
    await screenshot(page, 'marks-on-the-map');

    // drag the clicked mark: its coordinates and distances follow
    const third = marks.locator('.mark-list > li').nth(2);
    const before = await third.locator('.coords').textContent();
    const at = await centreOf(page, '.mark-marker', 2);
    await page.mouse.move(at.x, at.y);
    await page.mouse.down();
    await page.mouse.move(at.x + 30, at.y + 10, { steps: 5 });
    await page.mouse.move(at.x + 60, at.y + 20, { steps: 5 });
    await page.mouse.up();
    await expect.poll(() => third.locator('.coords').textContent()).not.toBe(before);

    // remove one, then undo
    await marks.getByRole('button', { name: 'Remove mark Minsk' }).click();
    await expect(marks.locator('.mark-list > li')).toHaveCount(2);
    await expect.poll(() => page.getByText('Removed the mark Minsk.').count()).toBe(1);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(marks.locator('.mark-list > li')).toHaveCount(3);
    await expect.poll(async () => (await urlParams(page)).marks?.split(';')[1]).toMatch(/,Minsk$/);
    expect(describeFindings(seriousOrCritical(await runAxe(page)))).toBe('');
    expect(watch.errors).toEqual([]);
    await page.context().close();
  });

  it('the PNG, GeoJSON and KML carry the marks, and the link and the saved file bring them back', async () => {
    const { page, watch } = await openApp(browser, MARK_BEYOND_RINGS);
    // the map on screen fits the mark beyond the rings too
    const [mapBox, markBox] = await Promise.all([
      page.locator('.range-map').boundingBox(),
      page.locator('.mark-marker').boundingBox(),
    ]);
    if (!mapBox || !markBox) throw new Error('no map or no mark');
    expect(markBox.y).toBeGreaterThan(mapBox.y);
    expect(markBox.x + markBox.width).toBeLessThan(mapBox.x + mapBox.width);
    // PNG: the frame takes in the mark and its label, though they lie beyond the rings
    await page.getByRole('button', { name: 'Export image', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Export image' });
    await dialog.getByLabel('Size').selectOption('social');
    const frame = dialog.locator('.frame-map-box');
    await expect.poll(() => frame.locator('.mark-label').allTextContents()).toEqual(['Moscow']);
    await expect
      .poll(async () => {
        const [box, label] = await Promise.all([
          frame.boundingBox(),
          frame.locator('.mark-label').boundingBox(),
        ]);
        if (!box || !label) return false;
        return label.y >= box.y && label.x + label.width <= box.x + box.width && label.x >= box.x;
      })
      .toBe(true);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Download PNG' }).click(),
    ]);
    const bytes = await downloadBytes(download);
    await screenshot(page, 'marks-export-dialog');
    writeFileSync(join(SCREENSHOTS, 'marks-export.png'), bytes);
    await page.keyboard.press('Escape');
    const png = PNG.sync.read(bytes);
    const ink = markPixels(png);
    expect(ink.count).toBeGreaterThan(20);
    // Moscow lies north of Kharkiv, which the frame centres between it and the ring: in the upper half
    expect(ink.y).toBeLessThan(png.height * 0.5);
    expect(ink.x).toBeGreaterThan(png.width * 0.25);
    expect(ink.x).toBeLessThan(png.width * 0.75);
    expect(bytes.includes(Buffer.from('marks=55.7558,37.6176,Moscow'))).toBe(true);

    // GeoJSON and KML, read by GDAL
    const [geojson] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export GeoJSON' }).click(),
    ]);
    const geoFile = join(dir, 'marks.geojson');
    writeFileSync(geoFile, await text(geojson));
    const geo = ogrinfo(['-ro', '-al', '-q', '-where', "kind = 'mark'", geoFile]);
    expect(geo.stdout).toContain('label (String) = Moscow\n');
    expect(geo.stdout).toContain('POINT (37.6176 55.7558)');
    expect(geo.stdout).toMatch(
      /reach \(String\) = Moscow — 6\d\d km from Kharkiv: out of reach of all shown systems/,
    );
    const [kml] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export KML' }).click(),
    ]);
    const kmlFile = join(dir, 'marks.kml');
    writeFileSync(kmlFile, await text(kml));
    const placemarks = ogrinfo(['-ro', '-al', '-q', '-where', "kind = 'mark'", kmlFile]);
    expect(placemarks.stdout).toContain('Name (String) = Moscow\n');
    expect(placemarks.stdout).toContain('POINT Z (37.6176 55.7558 0)');

    // the saved file, dropped on a map without marks, brings the mark back
    const [saved] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Save scenario' }).click(),
    ]);
    const file = await text(saved);
    const link = await page.evaluate(() => window.location.search);
    await page.context().close();

    const fresh = await openApp(browser, '?sites=49.9935,36.2304,Kharkiv&systems=atacms');
    await expect(fresh.page.locator('.mark-label')).toHaveCount(0);
    await dropFile(fresh.page, file, 'story.json', 'application/json');
    await expect.poll(() => fresh.page.locator('.mark-label').allTextContents()).toEqual(['Moscow']);
    await fresh.page.context().close();

    const reopened = await openApp(browser, link);
    await expect.poll(() => reopened.page.locator('.mark-label').allTextContents()).toEqual(['Moscow']);
    await expect(
      reopened.page.getByRole('region', { name: 'Marks' }).getByLabel(/^Name of mark/),
    ).toHaveValue('Moscow');
    expect([...watch.errors, ...reopened.watch.errors, ...fresh.watch.errors]).toEqual([]);
    await reopened.page.context().close();
  });

  it('keeps a place from "In reach" as a mark', async () => {
    const { page, watch } = await openApp(browser, '?sites=49.9935,36.2304,Kharkiv&systems=atacms');
    const reach = page.getByRole('region', { name: 'In reach' });
    await reach.locator('summary', { hasText: 'ATACMS from Kharkiv' }).click();
    const place = reach.locator('.reach-list li').nth(1);
    const placeName = (await place.locator('.link-button').textContent()) as string;
    await place.locator('.link-button').click();
    await place.getByRole('button', { name: 'Keep as mark' }).click();
    await expect.poll(() => page.locator('.mark-label').allTextContents()).toEqual([placeName]);
    await expect(page.getByRole('region', { name: 'Marks' }).locator('.mark-reach li')).toHaveText(
      new RegExp(`^${placeName} — \\d+ km from Kharkiv: within ATACMS's range$`),
    );
    // a point measured on the map is kept as a mark too; a mark clicked on the map is not offered again
    const map = await page.locator('.range-map').boundingBox();
    if (!map) throw new Error('no map');
    await page.mouse.click(map.x + map.width * 0.2, map.y + map.height * 0.3);
    const probe = page.locator('.probe');
    await probe.getByRole('button', { name: 'Keep as mark' }).click();
    await expect.poll(() => page.locator('.mark-label').count()).toBe(2);
    await expect(probe).toHaveCount(0);
    const at = await centreOf(page, '.mark-marker', 1);
    await page.mouse.click(at.x, at.y);
    await expect(probe).toContainText('from Kharkiv');
    await expect(probe.getByRole('button', { name: 'Keep as mark' })).toHaveCount(0);
    expect(watch.errors).toEqual([]);
    await page.context().close();
  });

  it('an embedded map shows the marks, and a tap on one reads out its distances', async () => {
    const { page, watch } = await openApp(browser, `${MARKED}&embed=1&theme=dark`);
    await expect.poll(() => page.locator('.mark-label').allTextContents()).toEqual(['Moscow']);
    const at = await centreOf(page, '.mark-marker');
    await page.mouse.click(at.x, at.y);
    const readOut = page.getByRole('region', { name: 'Distance to the point' });
    await expect(readOut).toContainText(/Moscow — 6\d\d km from Kharkiv: in reach of Tomahawk/);
    await screenshot(page, 'marks-embed-read-out');
    expect(describeFindings(seriousOrCritical(await runAxe(page)))).toBe('');
    expect(watch.errors).toEqual([]);
    await page.context().close();
  });
});
