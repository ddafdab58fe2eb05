// Nothing freezes and no notice floods the page: a dropped PNG whose text holds a million launch points is
// refused before it is read while the page keeps answering; a link with 10,000 bad launch points gives a short
// notice; a range too short to draw is refused with a reason, and the shortest one allowed never reads "0 km".
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addPngText } from '../../src/export/pngText';
import { SCENARIO_PNG_KEYWORD } from '../../src/export/scenarioFromPng';
import { dropFile } from '../support/dropFile';
import { openApp, screenshot } from '../support/openApp';
import { sharedChromium } from '../support/sharedChromium';

let browser: Browser;
beforeAll(async () => {
  browser = await sharedChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** A PNG carrying `query` where the app's exports keep their map. */
function pngWithQuery(query: string): Buffer {
  const png = new Uint8Array(PNG.sync.write(new PNG({ width: 4, height: 4 })));
  return Buffer.from(addPngText(png, SCENARIO_PNG_KEYWORD, query));
}

const KYIV = '50.45,30.52,Kyiv;';

describe('nothing freezes', () => {
  it('a PNG holding a million launch points is refused unread, and the page answers meanwhile', async () => {
    const { page, watch } = await openApp(browser);
    const bytes = pngWithQuery(`sites=${KYIV.repeat(1_000_000)}`); // 17 MB of text
    await dropFile(page, bytes, 'a-million.png', 'image/png');
    // a person clicks while the file is read: the click is handled
    await page.getByRole('radio', { name: 'mi (miles)' }).check();
    await expect(page.getByRole('radio', { name: 'mi (miles)' })).toBeChecked();
    const notice = page.locator('.notice', { hasText: 'a-million.png' });
    await expect(notice).toContainText('17 MB of map text, far more than any map exported by this app');
    await expect(notice).toContainText('the map is unchanged');
    await expect(page.locator('.launch-marker')).toHaveCount(1);
    expect(watch.errors).toEqual([]);
    await page.context().close();
  });

  it('a PNG just under the limit opens its first 50 launch points and counts the rest', async () => {
    const { page, watch } = await openApp(browser);
    await dropFile(page, pngWithQuery(`sites=${KYIV.repeat(58_000)}`), 'crowded.png', 'image/png');
    await expect(page.locator('.launch-marker')).toHaveCount(50);
    const notice = page.locator('.notice', { hasText: 'Opened, with what was ignored' });
    await expect(notice).toContainText('57,950 more launch points ignored — a map holds at most 50');
    expect((await notice.innerText()).length).toBeLessThan(500);
    expect(watch.errors).toEqual([]);
    await page.context().close();
  });

  it('a link with 10,000 bad launch points gives a short notice that counts them', async () => {
    const sites = Array.from({ length: 10_000 }, (_, i) => `${100 + i},abc,Site%20${i}`).join(';');
    const { page, watch } = await openApp(browser, `?sites=${KYIV}${sites}`);
    const notice = page.locator('.notice', { hasText: 'Some of the link was ignored' });
    await expect(notice).toContainText('9,990 more launch points were ignored');
    await expect(page.locator('.launch-marker')).toHaveCount(1);
    const text = await notice.innerText();
    expect(text.length).toBeLessThan(2_000);
    expect(text).toContain('"100,abc,Site 0" ignored');
    await screenshot(page, 'notice-10000-bad-sites');
    expect(watch.errors).toEqual([]);
    await page.context().close();
  });
});

describe('a file too large to open', () => {
  it('"Open scenario" refuses a file over 50 MB before reading it, and the map stays', async () => {
    const { page, watch } = await openApp(browser);
    const dir = mkdtempSync(join(tmpdir(), 'range-rings-'));
    const path = join(dir, 'huge.json');
    writeFileSync(path, Buffer.alloc(51 * 1024 * 1024, 32)); // 51 MB of spaces
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: 'Open scenario' }).click(),
    ]);
    await chooser.setFiles(path);
    await expect(page.locator('.notice', { hasText: 'huge.json' })).toContainText(
      'The file could not be opened; the map is unchanged. huge.json is larger than 50 MB; it was not opened.',
    );
    await expect(page.locator('.launch-marker')).toHaveCount(1);
    rmSync(dir, { recursive: true });
    expect(watch.errors).toEqual([]);
    await page.context().close();
  });
});

describe('the shortest range', () => {
  it('1e-300 km is refused with the reason; 10 m is drawn and reads "0.01 km", never "0 km"', async () => {
    const { page, watch } = await openApp(browser);
    await page.getByText('Add or load systems').click();
    const form = page.getByRole('form', { name: 'Add a system' });
    await form.getByRole('textbox', { name: 'Name' }).pressSequentially('Pin');
    await form.getByRole('textbox', { name: 'Range', exact: true }).pressSequentially('1e-300');
    await form.getByRole('button', { name: 'Add system' }).click();
    await expect(form.getByRole('alert')).toHaveText(
      'Range: range must be at least 10 m (0.01 km), got "1e-300"',
    );
    const range = form.getByRole('textbox', { name: 'Range', exact: true });
    await range.press('Control+a');
    await range.pressSequentially('10 m');
    await form.getByRole('button', { name: 'Add system' }).click();
    await expect(form.getByRole('alert')).toHaveCount(0);
    await expect(page.locator('.comparison-chart')).toContainText('0.01 km');
    await expect(page.getByRole('checkbox', { name: /Pin/ })).toBeChecked();
    await screenshot(page, 'shortest-range');
    expect(watch.errors).toEqual([]);
    await page.context().close();
  });
});
