// The PNG export tests' page steps in a real Chromium: exporting through the dialog, a settled screenshot of
// the map, and the check that an exported view is the map on screen, pixel for pixel.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pixelmatch from 'pixelmatch';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { expect } from 'vitest';
import { SCREENSHOTS } from './openApp';
import { mapOffset } from './pngPixels';
import { downloadBytes } from './sharedChromium';

/** One launch point, three systems, a fixed view and a title with letters beyond ASCII. */
export const EXPORT_QUERY =
  '?sites=49.9935,36.2304,Kharkiv&systems=tomahawk,eram,atacms&view=49.5,34,5&title=Ringe%20%C3%BCber%20Charkiw';

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
export async function alignMapToPixels(p: Page): Promise<void> {
  await p.evaluate(() => {
    const header = document.querySelector('.app-header') as HTMLElement;
    header.style.height = `${Math.ceil(header.getBoundingClientRect().height)}px`;
    window.dispatchEvent(new Event('resize')); // Leaflet re-reads its size
  });
}

/** A screenshot of the map without controls, once two taken half a second apart are the same (lazy data is in). */
export async function mapSettled(p: Page): Promise<Buffer> {
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

export interface Exported {
  bytes: Buffer;
  png: PNG;
  fileName: string;
}

export async function exportThroughDialog(
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
  // typed key by key, as a person types it, over whatever the last export left there
  const subtitleField = dialog.getByLabel('Subtitle (optional)');
  await subtitleField.click();
  await p.keyboard.press('ControlOrMeta+A');
  await p.keyboard.press('Backspace');
  if (subtitle) await subtitleField.pressSequentially(subtitle);
  if (asOnScreen) await dialog.getByRole('button', { name: 'Use the map as it is' }).click();
  await beforeDownload?.();
  const [download] = await Promise.all([
    p.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Download PNG' }).click(),
  ]);
  const bytes = await downloadBytes(download);
  await expect(dialog.getByRole('status')).toContainText('Saved');
  await p.keyboard.press('Escape');
  return { bytes, png: PNG.sync.read(bytes), fileName: download.suggestedFilename() };
}

/** The accessible-ish name of the focused element: its label's text, else its own text. */
export function focusedLabel(p: Page): Promise<string> {
  return p.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const label = el?.closest('label') ?? (el?.id ? document.querySelector(`label[for="${el.id}"]`) : null);
    const text = label ? (label.firstChild?.textContent ?? '') : (el?.textContent ?? '');
    return text.trim();
  });
}

/** Answers OpenStreetMap tile requests locally (nothing leaves the machine) with a plain tile, with or without CORS. */
export async function serveTiles(p: Page, cors: boolean): Promise<void> {
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
export async function expectViewMatchesScreen(
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
