// Accessibility of every view in a real Chromium, checked by axe-core under the app's own CSP: the main view
// in both themes, the side panel fully open, the Embed and Export image dialogs, the undo notice, embed mode with and without controls, and a
// phone. No view may have a serious or critical violation; colour contrast (WCAG AA) is among the rules.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASEMAP_PALETTES } from '../../src/map/basemapStyles';
import { contrastRatio, LABEL_CONTRAST, luminance } from '../../src/map/labelInk';
import { openApp, SCREENSHOTS, screenshot } from '../support/openApp';
import { type AxeReport, describeFindings, runAxe, seriousOrCritical } from '../support/runAxe';
import { sharedChromium } from '../support/sharedChromium';

let browser: Browser;
beforeAll(async () => {
  browser = await sharedChromium();
});
afterAll(async () => {
  await browser?.close();
});

// Every finding, minor ones and axe's "needs review" items included, kept beside the screenshots.
const REPORTS = join(SCREENSHOTS, '../accessibility');

const PHONE = { width: 375, height: 740 };

/** Waits until the lazy side panel is built and its places, list and chart are in. */
async function sidePanelReady(page: Page) {
  await page.waitForSelector('#side-panel:not([aria-busy]) .legend .system-list li');
  await page.waitForSelector('#side-panel .compare svg');
  await page.waitForSelector('#side-panel .in-reach .reach-system');
}

/** Opens every section of the side panel, and probes a point so its distances show too. */
async function openEverything(page: Page) {
  await sidePanelReady(page);
  const map = (await page.locator('.range-map').boundingBox())!;
  await page.mouse.click(map.x + map.width * 0.5, map.y + map.height * 0.5);
  await page.waitForSelector('#side-panel .probe');
  await page.evaluate(() => {
    for (const details of document.querySelectorAll('details')) details.open = true;
  });
  await page.waitForTimeout(150);
}

async function openEmbedDialog(page: Page) {
  await page.getByRole('button', { name: 'Embed', exact: true }).click();
  await page.getByRole('dialog', { name: 'Embed this map' }).waitFor();
  await page.waitForTimeout(150);
}

async function openPngDialog(page: Page) {
  await page.getByRole('button', { name: 'Export image', exact: true }).click();
  await page.getByRole('dialog', { name: 'Export image' }).waitFor();
  await page.waitForTimeout(150);
}

/** Removes the launch point, so the "Removed … Undo" notice shows. */
async function removeWithUndo(page: Page) {
  await sidePanelReady(page);
  await page.getByRole('button', { name: 'Remove launch point Kharkiv' }).click();
  await page.locator('.notice', { hasText: 'Removed Kharkiv.' }).waitFor();
}

interface View {
  name: string;
  query: string;
  viewport?: { width: number; height: number };
  prepare?: (page: Page) => Promise<void>;
}

const EMBED = '?embed=1&sites=49.9935,36.2304,Kharkiv&systems=atacms,eram';

// 25 launch points about 25 px apart at zoom 5: crowded markers must still be 24 px targets
const MANY_POINTS = `?sites=${Array.from({ length: 25 }, (_, i) => `${48 + Math.floor(i / 5)},${30 + (i % 5) * 1.1}`).join(';')}&view=50,32,5&systems=atacms`;
// 200 % browser zoom: half the CSS pixels across, twice the device pixels per CSS pixel
const ZOOM_200 = { width: 640, height: 400 };

const VIEWS: View[] = [
  { name: 'main-light', query: '', prepare: sidePanelReady },
  { name: 'main-dark', query: '?theme=dark', prepare: sidePanelReady },
  // an unknown system in the link adds a notice over the map
  { name: 'panel-open-light', query: '?systems=atacms,tomahawk,nosuch', prepare: openEverything },
  { name: 'panel-open-dark', query: '?systems=atacms,tomahawk,nosuch&theme=dark', prepare: openEverything },
  { name: 'embed-dialog-light', query: '', prepare: openEmbedDialog },
  { name: 'embed-dialog-dark', query: '?theme=dark', prepare: openEmbedDialog },
  { name: 'png-dialog-light', query: '', prepare: openPngDialog },
  { name: 'png-dialog-dark', query: '?theme=dark', prepare: openPngDialog },
  { name: 'undo-notice-light', query: '', prepare: removeWithUndo },
  { name: 'undo-notice-dark', query: '?theme=dark', prepare: removeWithUndo },
  { name: 'embed-light', query: EMBED },
  { name: 'embed-dark', query: `${EMBED}&theme=dark` },
  { name: 'embed-controls-light', query: `${EMBED}&controls=1`, prepare: sidePanelReady },
  { name: 'embed-controls-dark', query: `${EMBED}&controls=1&theme=dark`, prepare: sidePanelReady },
  { name: 'phone-light', query: '', viewport: PHONE, prepare: sidePanelReady },
  { name: 'phone-dark', query: '?theme=dark', viewport: PHONE, prepare: sidePanelReady },
  { name: 'phone-dialog-dark', query: '?theme=dark', viewport: PHONE, prepare: openEmbedDialog },
  { name: 'many-points-light', query: MANY_POINTS, prepare: sidePanelReady },
  { name: 'zoom-200-light', query: '', viewport: ZOOM_200, prepare: openEverything },
];

// Two views at a time (the browser project's maxConcurrency): axe's run is work for the page's own renderer, and
// two pages keep both of a 2-core machine's cores busy. Each view has its own context; none shares a page.
describe('axe-core finds no serious or critical violation', () => {
  it.concurrent.for(VIEWS)('$name', async ({ name, query, viewport, prepare }, { expect }) => {
    const { page, watch } = await openApp(browser, query, viewport);
    await prepare?.(page);
    const report: AxeReport = await runAxe(page);
    await screenshot(page, `a11y-${name}`);
    mkdirSync(REPORTS, { recursive: true });
    writeFileSync(join(REPORTS, `${name}.json`), `${JSON.stringify(report, null, 2)}\n`);
    expect(describeFindings(seriousOrCritical(report)), `serious or critical in ${name}`).toBe('');
    // the contrast rule ran and had text to check
    expect(report.passed).toContain('color-contrast');
    expect(watch.errors).toEqual([]);
    await page.context().close();
  });
});

// Text over the map is beyond axe (it cannot know the canvas under it): ring labels are checked against the
// basemap's land and sea, which their halo only helps.
describe('ring labels', () => {
  it.each(['light', 'dark'] as const)('read at 4.5:1 on the %s basemap', async (theme) => {
    const { page } = await openApp(browser, `?theme=${theme}`);
    await page.waitForSelector('.ring-label');
    const inks = await page
      .locator('.ring-label')
      .evaluateAll((els) => els.map((el) => getComputedStyle(el).color));
    expect(inks).toHaveLength(3);
    const grounds = [BASEMAP_PALETTES[theme].land, BASEMAP_PALETTES[theme].sea].map((hex) =>
      luminance([1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)) as [number, number, number]),
    );
    for (const ink of inks) {
      const rgb = ink.match(/\d+/g)?.slice(0, 3).map(Number) as [number, number, number];
      for (const ground of grounds)
        expect(contrastRatio(luminance(rgb), ground), ink).toBeGreaterThanOrEqual(LABEL_CONTRAST);
    }
    await page.context().close();
  });
});

// Windows high contrast replaces every background: a choice shown by its fill alone disappears.
describe('forced colours', () => {
  /** What tells an option apart when colours are forced: its outline and the mark before its text. */
  const shownBy = (page: Page, selector: string) =>
    page
      .locator(selector)
      .first()
      .evaluate((el) => {
        const style = getComputedStyle(el);
        return {
          outline: `${style.outlineStyle} ${style.outlineWidth}`,
          mark: getComputedStyle(el, '::before').content,
        };
      });

  it('the chosen unit and the chosen pixel density keep a frame and a tick', async () => {
    const { page, watch } = await openApp(browser);
    await page.emulateMedia({ forcedColors: 'active' });
    await sidePanelReady(page);
    const unit = await shownBy(page, '.units label.on');
    const otherUnit = await shownBy(page, '.units label:not(.on)');
    expect(unit).toEqual({ outline: 'solid 2px', mark: expect.stringContaining('✓') });
    expect(otherUnit.outline).not.toBe(unit.outline);
    expect(otherUnit.mark).toBe('none');
    await page.locator('.units').screenshot({ path: join(SCREENSHOTS, 'forced-colors-units.png') });
    await openPngDialog(page);
    const density = await shownBy(page, '.png-export-ratio label.on');
    const otherDensity = await shownBy(page, '.png-export-ratio label:not(.on)');
    expect(density).toEqual(unit);
    expect(otherDensity.mark).toBe('none');
    await screenshot(page, 'forced-colors-png-dialog');
    expect(watch.errors).toEqual([]);
    await page.context().close();
  });

  it('two launch points with the same label have names that tell them apart', async () => {
    const { page, watch } = await openApp(
      browser,
      '?sites=50.45,30.52,Depot;49.99,36.23,Depot;46.48,30.72,Odesa',
    );
    await sidePanelReady(page);
    const names = await page
      .locator('.launch-marker')
      .evaluateAll((els) => els.map((el) => el.getAttribute('aria-label')?.split('. ')[0]));
    expect(names).toEqual([
      'Launch point Depot, 50.45°N 30.52°E',
      'Launch point Depot, 49.99°N 36.23°E',
      'Launch point Odesa',
    ]);
    await expect(
      page.getByRole('button', { name: 'Remove launch point Depot, 49.99°N 36.23°E' }),
    ).toHaveCount(1);
    expect(watch.errors).toEqual([]);
    await page.context().close();
  });

  it("the side panel's sections are headed at one level, so a list of headings reads them as peers", async () => {
    const { page, watch } = await openApp(browser, '');
    await sidePanelReady(page);
    const headings = await page
      .locator('#side-panel section.panel-section[aria-labelledby]')
      .evaluateAll((sections) =>
        sections
          .filter((section) => !section.parentElement?.closest('section'))
          .map((section) => {
            const heading = document.getElementById(section.getAttribute('aria-labelledby') ?? '');
            return `${heading?.tagName} ${heading?.textContent}`;
          }),
      );
    expect(headings).toEqual(
      expect.arrayContaining(['H2 Launch points', 'H2 Marks', 'H2 Launch areas', 'H2 Systems']),
    );
    expect(headings.filter((heading) => !heading.startsWith('H2 '))).toEqual([]);
    expect(watch.errors).toEqual([]);
    await page.context().close();
  });
});
