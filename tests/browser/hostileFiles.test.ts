// The hostile corpus loaded through the page's own file input, one file after another in one page: each file's
// problems are listed by line, the good records join the legend, markup stays text, and the page and the
// launch point survive every file.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSystems } from '../../src/data';
import { openApp, screenshot, urlParams } from '../support/openApp';
import { sharedChromium } from '../support/sharedChromium';

const DIR = join(import.meta.dirname, '../fixtures/data/hostile');
const FILES = readdirSync(DIR).sort();

let browser: Browser;
beforeAll(async () => {
  browser = await sharedChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('hostile systems files in the page', () => {
  it(`loads all ${FILES.length} files of the corpus without losing the page or the launch point`, async () => {
    const { page, watch } = await openApp(browser, '?sites=50.45,30.52,Kyiv&systems=atacms');
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    await page.getByText('Add or load systems').click();
    const report = page.locator('.file-report');
    for (const name of FILES) {
      const bytes = readFileSync(join(DIR, name));
      await page
        .locator('.file-loader input[type=file]')
        .setInputFiles({ name, mimeType: '', buffer: bytes });
      await expect(report, name).toContainText(`${name}:`);
      // what the parser finds (its own tests check it against hand-written expectations), the page lists by line
      const { problems } = parseSystems(new TextDecoder().decode(bytes), { fileName: name });
      for (const p of problems.filter((q) => q.severity === 'error'))
        await expect(report, `${name} line ${p.line}`).toContainText(`line ${p.line}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('How far they reach');
      await expect(page.locator('.launch-marker')).toHaveCount(1);
    }
    await screenshot(page, 'hostile-files-loaded');
    // names full of markup are text: no element came from them, no script ran
    await expect(page.locator('.legend')).toContainText('<script>alert(1)</script>');
    const injected = await page.evaluate(
      () =>
        document.querySelectorAll('#side-panel script, #side-panel img, .leaflet-container img[onerror]')
          .length,
    );
    expect(injected).toBe(0);
    expect(dialogs).toBe(0);
    expect((await urlParams(page)).sites).toContain('Kyiv');
    expect(watch.errors).toEqual([]);
    await page.context().close();
  });
});
