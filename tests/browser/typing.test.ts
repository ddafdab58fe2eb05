// Every text field of the app, typed key by key as a person types (spaces, accents, Cyrillic, an emoji), read
// back where the text is shown: the heading, the marker's label, the legend, the URL and the exported files.
import type { Browser, Download, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPngText } from '../../src/export/pngText';
import { SCENARIO_PNG_KEYWORD } from '../../src/export/scenarioFromPng';
import { openApp, screenshot, urlParams } from '../support/openApp';
import { downloadBytes, sharedChromium } from '../support/sharedChromium';

// Typed with a trailing space and a double space, which are cleaned only when the field is left.
const TYPED = 'Як далеко —  Zürich 🚀 test ';
const CLEAN = 'Як далеко — Zürich 🚀 test';

let browser: Browser;
beforeAll(async () => {
  browser = await sharedChromium();
});
afterAll(async () => {
  await browser?.close();
});

const text = async (d: Download) => (await downloadBytes(d)).toString('utf8');

/** Clicks into a field, empties it the way a person does (select all, delete) and types `value` key by key. */
async function retype(page: Page, field: ReturnType<Page['locator']>, value: string) {
  await field.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(value);
}

async function download(page: Page, button: string): Promise<Download> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button, exact: true }).click(),
  ]);
  return file;
}

describe('typing into every text field', () => {
  it('title: spaces survive each key; the heading, the URL and the saved file read the typed title', async () => {
    const { page, watch } = await openApp(browser);
    await page.getByText('Title, theme and basemap').click();
    const title = page.getByRole('textbox', { name: 'Title' });
    await retype(page, title, 'How far US missiles could reach ');
    // while typing nothing is taken away: the spaces (and the trailing one) are all there
    expect(await title.inputValue()).toBe('How far US missiles could reach ');
    await retype(page, title, TYPED);
    expect(await title.inputValue()).toBe(TYPED);
    await page.keyboard.press('Tab'); // leaving the field commits it, cleaned
    await expect(page.locator('h1')).toHaveText(CLEAN);
    expect(await title.inputValue()).toBe(CLEAN);
    expect((await urlParams(page)).title).toBe(CLEAN);
    const saved = JSON.parse(await text(await download(page, 'Save scenario')));
    expect(saved.scenario.title).toBe(CLEAN);
    // Escape takes back a draft; Enter commits without leaving the field
    await retype(page, title, 'Draft');
    await page.keyboard.press('Escape');
    expect(await title.inputValue()).toBe(CLEAN);
    await retype(page, title, 'Reach of ERAM');
    await page.keyboard.press('Enter');
    await expect(page.locator('h1')).toHaveText('Reach of ERAM');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('title-input');
    expect(watch.errors).toEqual([]);
  });

  it('launch point name: an emptied box stays empty while typing; the marker, legend lines, URL and GeoJSON read it', async () => {
    const { page, watch } = await openApp(browser, '?sites=49.9935,36.2304,Kharkiv&systems=tomahawk');
    const name = page.getByRole('textbox', { name: /^Name of launch point at / });
    await name.click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Backspace');
    // not refilled with coordinates while the field is being edited
    expect(await name.inputValue()).toBe('');
    await page.keyboard.type(TYPED);
    expect(await name.inputValue()).toBe(TYPED);
    await page.keyboard.press('Tab');
    await expect(page.locator('.leaflet-tooltip.site-label')).toHaveText(CLEAN);
    await expect(page.locator('.in-reach summary').first()).toContainText(`Tomahawk from ${CLEAN}:`);
    expect((await urlParams(page)).sites).toBe(`49.9935,36.2304,${CLEAN}`);
    const geojson = JSON.parse(await text(await download(page, 'Export GeoJSON')));
    const point = geojson.features.find(
      (f: { properties: { kind: string } }) => f.properties.kind === 'launch-point',
    );
    expect(point.properties.label).toBe(CLEAN);
    await screenshot(page, 'typing-site-name');
    // left empty, the name falls back to the coordinates
    await name.click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Tab');
    await expect(name).toHaveValue('49.99°N 36.23°E');
    await expect(page.locator('.leaflet-tooltip.site-label')).toHaveText('49.99°N 36.23°E');
    expect(watch.errors).toEqual([]);
  });

  it('custom system: name, range, band, type, note and source typed key by key reach the legend, the ring label, the URL and GeoJSON', async () => {
    const { page, watch } = await openApp(browser, '?sites=49.9935,36.2304,Kharkiv&systems=atacms');
    await page.getByText('Add or load systems').click();
    const form = page.locator('form.custom-system');
    await form.getByLabel('Name', { exact: true }).click();
    await page.keyboard.type(TYPED);
    expect(await form.getByLabel('Name', { exact: true }).inputValue()).toBe(TYPED);
    await form.getByLabel('Range', { exact: true }).click();
    await page.keyboard.type('1000');
    // the band, in the unit chosen beside the range (1 000 with a space, as typed in many languages)
    await form.getByLabel('Shortest range', { exact: true }).click();
    await page.keyboard.type('800');
    await form.getByLabel('Longest range', { exact: true }).click();
    await page.keyboard.type('1 200');
    expect(await form.getByLabel('Longest range', { exact: true }).inputValue()).toBe('1 200');
    await form.getByLabel('Type (optional)').click();
    await page.keyboard.type(TYPED);
    expect(await form.getByLabel('Type (optional)').inputValue()).toBe(TYPED);
    await form.getByLabel('Note (optional)').click();
    await page.keyboard.type(TYPED);
    expect(await form.getByLabel('Note (optional)').inputValue()).toBe(TYPED);
    await form.getByLabel('Source (optional)').click();
    await page.keyboard.type('Міноборони, Zürich 🚀 2025');
    expect(await form.getByLabel('Source (optional)').inputValue()).toBe('Міноборони, Zürich 🚀 2025');
    await page.keyboard.press('Enter'); // submits the form
    await expect(page.locator('.legend')).toContainText(`${CLEAN} about 1,000 km`);
    await expect(page.locator('.legend')).toContainText('published 800 km–1,200 km');
    await expect(page.locator('.ring-label', { hasText: CLEAN })).toHaveText(`${CLEAN} · 1,000 km`);
    await expect(page.locator('.legend')).toContainText('Міноборони, Zürich 🚀 2025');
    expect((await urlParams(page)).custom).toBe(
      `${CLEAN}:1000km:Міноборони, Zürich 🚀 2025:min=800km:max=1200km:type=${CLEAN}:note=${CLEAN}`,
    );
    const geojson = JSON.parse(await text(await download(page, 'Export GeoJSON')));
    const typed = geojson.features.find(
      (f: { properties: { system_name?: string } }) => f.properties.system_name === CLEAN,
    );
    expect(typed?.properties).toMatchObject({ system_type: CLEAN, note: CLEAN });
    await screenshot(page, 'typing-custom-system');
    expect(watch.errors).toEqual([]);
  });

  it('place search: a name with a space, coordinates with a comma and space, and text it cannot find, as typed', async () => {
    const { page, watch } = await openApp(browser, '?sites=49.9935,36.2304,Kharkiv&systems=atacms');
    const search = page.getByRole('combobox', { name: 'Find a place or type coordinates' });
    await search.click();
    await page.keyboard.type('kryvyi rih');
    expect(await search.inputValue()).toBe('kryvyi rih');
    await expect(
      page.getByRole('listbox', { name: 'Matching places' }).getByRole('option').first(),
    ).toContainText('Kryvyi Rih');
    await page.keyboard.press('Enter');
    await expect(page.locator('.site-list .site-name').nth(1)).toHaveValue('Kryvyi Rih');
    await page.keyboard.type('48.85, 2.35');
    expect(await search.inputValue()).toBe('48.85, 2.35');
    await expect(
      page.getByRole('listbox', { name: 'Matching places' }).getByRole('option').first(),
    ).toContainText('48.85°N 2.35°E');
    await page.keyboard.press('Enter');
    await expect(page.locator('.site-list li')).toHaveCount(3);
    await page.keyboard.type(TYPED);
    expect(await search.inputValue()).toBe(TYPED);
    await expect(page.locator('.place-search', { has: search }).locator('.hint')).toContainText(`“${CLEAN}”`);
    expect(watch.errors).toEqual([]);
  });

  it('PNG subtitle: typed in the dialog, drawn under the title; the title typed before is in the PNG text', async () => {
    const { page, watch } = await openApp(browser, '?sites=49.9935,36.2304,Kharkiv&systems=atacms');
    await page.getByText('Title, theme and basemap').click();
    await retype(page, page.getByRole('textbox', { name: 'Title' }), TYPED);
    await page.keyboard.press('Enter');
    const exportImage = async (subtitle: string) => {
      await page.getByRole('button', { name: 'Export image', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: 'Export image' });
      await dialog.getByRole('radio', { name: '1×' }).check();
      const field = dialog.getByLabel('Subtitle (optional)');
      await retype(page, field, subtitle);
      expect(await field.inputValue()).toBe(subtitle);
      const file = await download(page, 'Download PNG');
      await expect(dialog.getByRole('status')).toContainText('Saved');
      await page.keyboard.press('Escape');
      return await downloadBytes(file);
    };
    const plain = await exportImage('');
    const withSubtitle = await exportImage(TYPED);
    const stored = new URLSearchParams(readPngText(new Uint8Array(withSubtitle), SCENARIO_PNG_KEYWORD) ?? '');
    expect(stored.get('title')).toBe(CLEAN);
    // the subtitle takes a line of its own above the map: the image grows by that line, the map stays
    const grown = PNG.sync.read(withSubtitle).height - PNG.sync.read(plain).height;
    expect(grown).toBeGreaterThan(10);
    expect(grown).toBeLessThan(40);
    expect(watch.errors).toEqual([]);
  });
});
