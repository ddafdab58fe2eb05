// Dropping a file onto the page: a PNG the app exported reopens its live map; a saved scenario file opens; a
// systems file (CSV or JSON) adds its systems, wherever it lands; anything else is refused with a notice that
// names the file, and the map is kept.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dropFile } from '../support/dropFile';
import { openApp, screenshot, urlParams } from '../support/openApp';
import { downloadBytes, sharedChromium } from '../support/sharedChromium';

const EXPORTED =
  '?sites=48.8566,2.3522,Paris;52.52,13.405,Berlin&systems=eram,atacms&units=mi&title=Dropped%20map&view=50,8,5';
let browser: Browser;
let pngBytes: Buffer;

beforeAll(async () => {
  browser = await sharedChromium();
  // a PNG exported by the app itself, through its dialog
  const { page } = await openApp(browser, EXPORTED);
  await page.getByRole('button', { name: 'Export image', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export image' });
  await dialog.getByRole('radio', { name: '1×' }).check();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Download PNG' }).click(),
  ]);
  pngBytes = await downloadBytes(download);
  await page.context().close();
});

afterAll(async () => {
  await browser?.close();
});

describe('dropping a file onto the page', () => {
  it('reopens the live map written in an exported PNG', async () => {
    const { page, watch } = await openApp(browser);
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Dropped map');
    await dropFile(page, pngBytes, 'dropped-map.png', 'image/png');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dropped map');
    await expect(page.locator('.launch-marker')).toHaveCount(2);
    const params = await urlParams(page);
    expect(params.sites).toContain('Paris');
    expect(params.sites).toContain('Berlin');
    expect(params.systems).toBe('eram,atacms');
    expect(params.units).toBe('mi');
    await screenshot(page, 'drop-png-reopened');
    // the map it replaced is one Undo away
    await page
      .locator('.notice', { hasText: 'Opened dropped-map.png.' })
      .getByRole('button', { name: 'Undo' })
      .click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('How far they reach');
    await expect(page.locator('.launch-marker')).toHaveCount(1);
    expect(watch.errors).toEqual([]);
    await page.context().close();
  });

  it('opens a saved scenario file', async () => {
    const { page, watch } = await openApp(browser);
    const file = readFileSync(join(import.meta.dirname, '../fixtures/scenarios/v1-antimeridian-fiji.json'));
    await dropFile(page, file, 'saved.json', 'application/json');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Across the date line');
    expect((await urlParams(page)).sites).toContain('Suva');
    expect(watch.errors, watch.errors.join('\n')).toEqual([]);
    await page.context().close();
  });

  it('adds the systems of a CSV or JSON systems file dropped on the map, whatever its name', async () => {
    const { page, watch } = await openApp(browser, '?sites=50.45,30.52,Kyiv&systems=tomahawk');
    const user = (name: string) => readFileSync(join(import.meta.dirname, '../fixtures/data/user', name));
    // a CSV without its extension: the content decides
    await dropFile(page, user('two-systems.csv'), 'ranges export', 'text/plain');
    await expect(page.locator('.notice')).toContainText('ranges export: 2 systems loaded.');
    await expect(page.locator('.system-list')).toContainText('Iskander-M');
    await expect(page.locator('.system-list')).toContainText('KN-23');
    await dropFile(page, user('two-systems.json'), 'more.json', 'application/json');
    await expect(page.locator('.notice')).toContainText('more.json: 2 systems loaded.');
    const taurus = page.locator('.system-list li', { hasText: 'Taurus KEPD 350' });
    await expect(taurus).toContainText('published 350 km–500 km');
    await expect(taurus).toContainText('MBDA Deutschland, 2023');
    // nothing was replaced: the launch point stays, and the four systems are shown beside Tomahawk
    expect((await urlParams(page)).sites).toBe('50.45,30.52,Kyiv');
    expect((await urlParams(page)).systems?.split(',')).toHaveLength(5);
    await screenshot(page, 'drop-systems-files');
    expect(watch.errors, watch.errors.join('\n')).toEqual([]);
    await page.context().close();
  });

  it('refuses a PNG that holds no map, and a file of another kind, keeping the map', async () => {
    const { page, watch } = await openApp(browser);
    const before = await urlParams(page);
    // a PNG, but not one the app exported: no scenario inside
    const plain = PNG.sync.write(new PNG({ width: 4, height: 4 }));
    await dropFile(page, plain, 'holiday.png', 'image/png');
    await expect(page.locator('.notice')).toContainText('holiday.png holds no Range Rings map');
    await dropFile(page, Buffer.from('hello'), 'notes.txt', 'text/plain');
    await expect(page.locator('.notice')).toContainText('notes.txt is neither a PNG exported by this app');
    expect(await urlParams(page)).toEqual(before);
    expect(watch.errors).toEqual([]);
    await page.context().close();
  });
});
