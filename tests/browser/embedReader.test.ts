// The embedded map as a reader meets it: a tap or click shows the distance read-out (from each launch point,
// which systems reach the point), dismissible; the compact legend names its sources, folds away on a
// narrow frame, and covers no ring of a map fitted to its rings.
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type PageWatch, watchPage } from '../support/launchChromium';
import { screenshot } from '../support/openApp';
import { type HostPages, hostHtml, serveHostPages } from '../support/serveHostPages';
import { sharedChromium } from '../support/sharedChromium';

const APP_URL = inject('appUrl');
const MAP = `${APP_URL}embed.html?sites=49.9935,36.2304,Kharkiv&systems=tomahawk,atacms&view=50,36.23,5`;
// no view: the map fits its rings
const FITTED = `${APP_URL}embed.html?sites=49.9935,36.2304,Kharkiv;50.45,30.5233,Kyiv&systems=tomahawk,eram`;

let browser: Browser;
let host: HostPages;

beforeAll(async () => {
  browser = await sharedChromium();
  host = await serveHostPages();
  host.pages.set('/story.html', {
    body: hostHtml(`<iframe title="map" style="width:100%;height:460px;border:0" src="${MAP}"></iframe>`),
  });
  host.pages.set('/fitted.html', {
    body: hostHtml(`<iframe title="map" style="width:100%;height:420px;border:0" src="${FITTED}"></iframe>`),
  });
});

afterAll(async () => {
  await browser?.close();
  await host?.close();
});

async function openStory(
  width: number,
  path = '/story.html',
): Promise<{ page: Page; frame: Frame; watch: PageWatch }> {
  const context = await browser.newContext({ viewport: { width, height: 600 } });
  const page = await context.newPage();
  const watch = watchPage(page);
  await page.goto(`${host.origin}${path}`);
  const frame = await (await page.waitForSelector('iframe')).contentFrame();
  if (!frame) throw new Error('no map frame');
  await frame.waitForSelector('.app:not([inert]) .leaflet-rings-pane canvas');
  return { page, frame, watch };
}

describe('the embedded map, read', () => {
  it('shows the distance read-out where the reader clicks, and closes it with its button or Escape', async () => {
    const { page, frame, watch } = await openStory(800);
    const map = await frame.locator('.range-map').boundingBox();
    const box = await page.locator('iframe').boundingBox();
    if (!map || !box) throw new Error('no map');
    // the view is fixed at Kharkiv, zoom 5 (about 3.1 km a pixel there): 50 px east is within ATACMS's 300 km
    await page.mouse.click(box.x + map.x + map.width / 2 + 50, box.y + map.y + map.height / 2);
    const readout = frame.getByRole('region', { name: 'Distance to the point' });
    await expect(readout).toContainText(/km from Kharkiv: in reach of Tomahawk, ATACMS/);
    await screenshot(page, 'embed-probe-readout');
    await page.keyboard.press('Escape');
    await expect(readout).toHaveCount(0);
    // 130 px east (about 400 km) is beyond ATACMS but within Tomahawk
    await page.mouse.click(box.x + map.x + map.width / 2 + 130, box.y + map.y + map.height / 2);
    await expect(readout).toContainText(/\d{3} km from Kharkiv: in reach of Tomahawk ×$/);
    await frame.getByRole('button', { name: 'Close the distance read-out' }).click();
    await expect(readout).toHaveCount(0);
    expect(watch.errors).toEqual([]);
    await page.context().close();
  });

  it('names the sources under the legend; on a narrow frame the legend folds away and back', async () => {
    const wide = await openStory(800);
    // ATACMS's band is drawn (its two missiles' ranges): the band's sources are named after the ring's
    await expect(wide.frame.locator('.embed-sources')).toHaveText(
      'Sources: Associated Press, 2025-10-16; Janes; US Department of Defense (Pentagon statements)',
    );
    // wide enough: no need to fold it
    expect(await wide.frame.locator('.embed-legend-toggle').isVisible()).toBe(false);
    await wide.page.context().close();

    const narrow = await openStory(300);
    const toggle = narrow.frame.getByRole('button', { name: 'Hide legend' });
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await toggle.click();
    await expect(narrow.frame.locator('.embed-legend')).toHaveCount(0);
    const reopen = narrow.frame.getByRole('button', { name: 'Legend', exact: true });
    await expect(reopen).toHaveAttribute('aria-expanded', 'false');
    await screenshot(narrow.page, 'embed-legend-folded-300px');
    await reopen.click();
    await expect(narrow.frame.locator('.embed-legend li[data-system]')).toHaveCount(2);
    await expect(narrow.frame.locator('.embed-legend')).toContainText('ATACMS about 300 km');
    // a line too long for the frame wraps: none is cut off at the legend's edge
    const cut = await narrow.frame
      .locator('.embed-legend li')
      .evaluateAll((lines) =>
        lines.filter((li) => li.scrollWidth > li.clientWidth + 1).map((li) => li.textContent),
      );
    expect(cut).toEqual([]);
    await expect(narrow.frame.locator('.embed-legend')).toContainText('(published 165 km–300 km)');
    await screenshot(narrow.page, 'embed-legend-300px');
    expect(narrow.watch.errors).toEqual([]);
    await narrow.page.context().close();
  });

  it('fits the rings to the whole map when the reader folds the legend away on a phone, and above it again', async () => {
    const { page, frame, watch } = await openStory(390, '/fitted.html');
    await expect.poll(() => ringPixels(frame)).toMatchObject({ under: 0 });
    const withLegend = await ringsHeight(frame);
    await frame.getByRole('button', { name: 'Hide legend' }).click();
    // the legend covered about half the map: the rings now fill more of it
    await expect.poll(() => ringsHeight(frame)).toBeGreaterThan(withLegend * 1.3);
    await screenshot(page, 'embed-legend-folded-refitted-390px');
    await frame.getByRole('button', { name: 'Legend', exact: true }).click();
    await expect.poll(() => ringPixels(frame)).toMatchObject({ under: 0 });
    expect(await ringsHeight(frame)).toBeLessThan(withLegend * 1.05);
    // a view the reader chose stays: after a zoom, folding the legend moves nothing
    await frame.getByRole('button', { name: 'Zoom in' }).click();
    await page.waitForTimeout(600);
    const zoomed = await ringsHeight(frame);
    await frame.getByRole('button', { name: 'Hide legend' }).click();
    await page.waitForTimeout(600);
    expect(await ringsHeight(frame)).toBe(zoomed);
    expect(watch.errors).toEqual([]);
    await page.context().close();
  });

  it('fits the rings clear of the legend over the map, on a phone and on a desktop, and again on "Fit rings"', async () => {
    for (const width of [390, 1000]) {
      const { page, frame, watch } = await openStory(width, '/fitted.html');
      // ERAM's band is drawn: its ends' source is named too, as in the exported image
      await expect(frame.locator('.embed-sources')).toHaveText(
        'Sources: Associated Press, 2025-10-16; The Wall Street Journal, 2025-08',
      );
      await expect.poll(() => ringPixels(frame)).toMatchObject({ under: 0, above: expect.any(Number) });
      expect((await ringPixels(frame)).above).toBeGreaterThan(1000);
      // and fill the band above it: fitted in quarter zoom levels, they take at least 2^-0.25 of its height
      // (less the fit's 24 px margins); in whole levels they could take half
      const band = await frame.evaluate(() => {
        const map = (document.querySelector('.range-map') as HTMLElement).getBoundingClientRect();
        const legend = (document.querySelector('.embed-legend-box') as HTMLElement).getBoundingClientRect();
        return legend.top - map.top - 48;
      });
      const { top, bottom } = await ringPixels(frame);
      expect(bottom - top).toBeGreaterThan(0.8 * band);
      expect(bottom - top).toBeLessThanOrEqual(band + 2);
      await screenshot(page, `embed-fitted-above-legend-${width}px`);
      await frame.getByRole('button', { name: 'Fit rings' }).click();
      await expect.poll(() => ringPixels(frame)).toMatchObject({ under: 0 });
      expect(watch.errors).toEqual([]);
      await page.context().close();
    }
  });
});

/** The height, in CSS pixels, of what the rings' canvas paints inside the map. */
async function ringsHeight(frame: Frame): Promise<number> {
  const { top, bottom } = await ringPixels(frame);
  return bottom - top;
}

/**
 * The rings' painted pixels under the legend's box and above it (all above when it is folded away), and the
 * first and last rows they are painted on inside the map, read from the rings' canvas.
 */
async function ringPixels(
  frame: Frame,
): Promise<{ under: number; above: number; top: number; bottom: number }> {
  return frame.evaluate(() => {
    const canvas = document.querySelector('.leaflet-rings-pane canvas') as HTMLCanvasElement;
    const body = document.querySelector('.embed-legend-body');
    const legend = body
      ? body.getBoundingClientRect()
      : { top: Infinity, bottom: Infinity, left: 0, right: 0 };
    const map = (document.querySelector('.range-map') as HTMLElement).getBoundingClientRect();
    const box = canvas.getBoundingClientRect();
    const scale = canvas.width / box.width;
    const data = (canvas.getContext('2d') as CanvasRenderingContext2D).getImageData(
      0,
      0,
      canvas.width,
      canvas.height,
    ).data;
    let [under, above, top, bottom] = [0, 0, Infinity, -Infinity];
    for (let y = Math.max(map.top, box.top); y < Math.min(map.bottom, box.bottom); y++)
      for (let x = Math.max(map.left, box.left); x < Math.min(map.right, box.right); x++) {
        const cx = Math.floor((x - box.left) * scale);
        const cy = Math.floor((y - box.top) * scale);
        if ((data[(cy * canvas.width + cx) * 4 + 3] as number) === 0) continue;
        top = Math.min(top, y);
        bottom = Math.max(bottom, y);
        if (y >= legend.top && y < legend.bottom && x >= legend.left && x < legend.right) under++;
        else if (y < legend.top) above++;
      }
    return { under, above, top, bottom };
  });
}
