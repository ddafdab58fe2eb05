// Nothing the user made is lost: a saved map this version cannot read is kept aside and offered as a file, the
// last keystrokes before a reload or a closed tab are kept, two tabs never overwrite each other unasked, and
// undo survives Back and Forward.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ASIDE_KEY, STORAGE_KEY } from '../../src/scenario';
import { launchChromium, type PageWatch, watchPage } from '../support/launchChromium';
import { screenshot } from '../support/openApp';
import { downloadBytes } from '../support/sharedChromium';

let browser: Browser;
beforeAll(async () => {
  // Without the back-forward cache, Back reloads the page: what survives, survives a fresh start.
  browser = await launchChromium(['--disable-features=BackForwardCache']);
});
afterAll(async () => {
  await browser?.close();
});

const APP = () => inject('appUrl') as string;

async function newPage(page?: Page): Promise<{ page: Page; watch: PageWatch }> {
  const p = page ?? (await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage());
  const watch = watchPage(p);
  await p.goto(APP());
  await p.waitForSelector('.app:not([inert]) .leaflet-rings-pane canvas');
  return { page: p, watch };
}

const stored = (page: Page, key: string) => page.evaluate((k) => localStorage.getItem(k), key);

/** Opens the page with `text` where the map is saved, as if an earlier visit (or another version) had left it. */
async function openWithSaved(text: string): Promise<{ page: Page; watch: PageWatch }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  // once per tab, before the app's scripts: a reload finds what the page itself wrote
  await context.addInitScript(
    ([key, value]) => {
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem(key as string, value as string);
    },
    [STORAGE_KEY, text],
  );
  return newPage(await context.newPage());
}

async function downloaded(page: Page, button: string): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  return (await downloadBytes(download)).toString('utf8');
}

describe('a saved map this version cannot read', () => {
  it('a damaged one is named as such, kept aside, offered as a file, and not written over', async () => {
    const damaged = '{"version":1,"title":"My map","sites":[{"label":"Kyiv","lonLat":[30.52,50.45]},';
    const { page, watch } = await openWithSaved(damaged);
    const notice = page.locator('.notice', { hasText: 'The map saved in this browser could not be read' });
    await expect(notice).toContainText('it is damaged');
    await expect(page.locator('.notice', { hasText: 'Some of the link was ignored' })).toHaveCount(0);
    await screenshot(page, 'saved-map-damaged');
    await page.waitForTimeout(400); // the write that used to replace it came 150 ms after the start
    expect(await stored(page, STORAGE_KEY)).toBe(damaged);
    expect(await stored(page, ASIDE_KEY)).toBe(damaged);
    expect(await downloaded(page, 'Download the unreadable copy')).toBe(damaged);
    // once the user changes the map, it is saved; the unreadable copy stays aside
    await page.getByRole('radio', { name: 'mi (miles)' }).check();
    await expect.poll(async () => JSON.parse((await stored(page, STORAGE_KEY)) ?? '{}').units).toBe('mi');
    expect(await stored(page, ASIDE_KEY)).toBe(damaged);
    expect(watch.errors).toEqual([]);
    await page.context().close();
  });

  it('one saved by a newer version is read as far as it matches, and its fields are never dropped', async () => {
    const newer = JSON.stringify({
      version: 2,
      title: 'Saved tomorrow',
      units: 'mi',
      sites: [{ id: 's1', label: 'Odesa', lonLat: [30.72, 46.48], elevationM: 40 }],
      layers: [{ kind: 'population', opacity: 0.4 }],
    });
    const { page, watch } = await openWithSaved(newer);
    await expect(page.locator('.notice', { hasText: 'was saved by a newer version' })).toHaveCount(1);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Saved tomorrow');
    await page.waitForTimeout(400);
    expect(await stored(page, STORAGE_KEY)).toBe(newer);
    expect(await stored(page, ASIDE_KEY)).toBe(newer);
    expect(JSON.parse(await downloaded(page, 'Download the unreadable copy')).layers).toEqual([
      { kind: 'population', opacity: 0.4 },
    ]);
    expect(watch.errors).toEqual([]);
    await page.context().close();
  });
});

describe('the last edits before leaving', () => {
  it('a title typed key by key and reloaded at once is kept', async () => {
    const { page, watch } = await newPage();
    await page.getByText('Title, theme and basemap').click();
    const title = page.getByRole('textbox', { name: 'Title' });
    await title.click();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('Strike reach, 1 Dec');
    await page.reload();
    await page.waitForSelector('.app:not([inert]) .leaflet-rings-pane canvas');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Strike reach, 1 Dec');
    expect(watch.errors).toEqual([]);
    await page.context().close();
  });

  it('a title typed just before the tab is closed is there in the next tab', async () => {
    const { page } = await newPage();
    await page.getByText('Title, theme and basemap').click();
    await page.getByRole('textbox', { name: 'Title' }).click();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('Closed in a hurry');
    const context = page.context();
    // with its unload handlers run, close() does not wait for the tab to be gone: the next tab opens after it
    const gone = page.waitForEvent('close');
    await page.close({ runBeforeUnload: true });
    await gone;
    const { page: next, watch } = await newPage(await context.newPage());
    await expect(next.getByRole('heading', { level: 1 })).toHaveText('Closed in a hurry');
    expect(watch.errors).toEqual([]);
    await context.close();
  });
});

describe('two tabs', () => {
  it('a change in another tab is announced; the user keeps one map, and the other is never lost', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const { page: a, watch: watchA } = await newPage(await context.newPage());
    const { page: b, watch: watchB } = await newPage(await context.newPage());
    await a.getByRole('radio', { name: 'mi (miles)' }).check();
    // tab B still shows km: it is asked, and keeps its own
    const askB = b.locator('.notice', { hasText: 'The map was changed in another tab' });
    await expect(askB).toHaveCount(1);
    await screenshot(b, 'other-tab-changed');
    expect(JSON.parse((await stored(b, STORAGE_KEY)) ?? '{}').units).toBe('mi'); // B did not write over it
    await askB.getByRole('button', { name: "Keep this tab's map" }).click();
    await expect.poll(async () => JSON.parse((await stored(b, STORAGE_KEY)) ?? '{}').units).toBe('km');
    expect(JSON.parse((await stored(b, ASIDE_KEY)) ?? '{}').units).toBe('mi');
    await screenshot(b, 'other-tab-kept');
    expect(JSON.parse(await downloaded(b, "Download the other tab's map")).units).toBe('mi');
    // tab A is asked in turn, and takes B's map; its own can be had back with Undo
    const askA = a.locator('.notice', { hasText: 'The map was changed in another tab' });
    await askA.getByRole('button', { name: "Take the other tab's map" }).click();
    await expect(a.getByRole('radio', { name: 'km (kilometres)' })).toBeChecked();
    expect(JSON.parse((await stored(a, ASIDE_KEY)) ?? '{}').units).toBe('mi');
    await a
      .locator('.notice', { hasText: "Took the other tab's map." })
      .getByRole('button', { name: 'Undo' })
      .click();
    await expect(a.getByRole('radio', { name: 'mi (miles)' })).toBeChecked();
    expect([...watchA.errors, ...watchB.errors]).toEqual([]);
    await context.close();
  });
});

describe('undo across Back and Forward', () => {
  it('a removal made before following a link can be undone after coming back', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const watch = watchPage(page);
    await page.goto(`${APP()}?sites=50.45,30.52,Kyiv;49.99,36.23,Kharkiv;46.48,30.72,Odesa&view=48,32,5`);
    await page.waitForSelector('.app:not([inert]) .leaflet-rings-pane canvas');
    await page.getByRole('button', { name: 'Remove launch point Kharkiv' }).click();
    await expect(page.locator('.launch-marker')).toHaveCount(2);
    await page.evaluate(() => Object.assign(window, { beforeBack: true }));
    await page.goto(`${APP()}?sites=41.01,28.98,Istanbul`);
    await expect(page.locator('.launch-marker')).toHaveCount(1);
    await expect(page.locator('.notice', { hasText: 'Removed' })).toHaveCount(0);
    await page.goBack();
    await page.waitForSelector('.app:not([inert]) .leaflet-rings-pane canvas');
    expect(await page.evaluate(() => 'beforeBack' in window)).toBe(false); // a fresh page, not a cached one
    await expect(page.locator('.launch-marker')).toHaveCount(2);
    const notice = page.locator('.notice', { hasText: 'Removed Kharkiv.' });
    await notice.getByRole('button', { name: 'Undo' }).click();
    await expect(page.locator('.launch-marker')).toHaveCount(3);
    await expect(page.getByRole('button', { name: 'Remove launch point Kharkiv' })).toHaveCount(1);
    expect(watch.errors).toEqual([]);
    await context.close();
  });
});
