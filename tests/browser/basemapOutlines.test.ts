// The offline basemap as a reader sees it: country names appear once the map is idle, the 1:50m outlines
// replace the 1:110m ones when zoomed in (Malta is land only at 1:50m), a theme restyles them, and land shows on
// the world copies across 180°. Colours are read from the basemap's own canvas, under the rings and labels.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASEMAP_PALETTES } from '../../src/map/basemapStyles';
import { openApp, screenshot } from '../support/openApp';
import { sharedChromium } from '../support/sharedChromium';

let browser: Browser;
beforeAll(async () => {
  browser = await sharedChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** The basemap canvas's colour (#rrggbb) at a point of the map, given as fractions of its width and height. */
function basemapColour(page: Page, fx = 0.5, fy = 0.5): Promise<string> {
  return page.evaluate(
    ({ x, y }) => {
      const map = document.querySelector('.leaflet-container') as HTMLElement;
      const canvas = document.querySelector('.leaflet-basemap-pane canvas') as HTMLCanvasElement;
      const m = map.getBoundingClientRect();
      const c = canvas.getBoundingClientRect();
      const px = Math.round(((m.left + x * m.width - c.left) * canvas.width) / c.width);
      const py = Math.round(((m.top + y * m.height - c.top) * canvas.height) / c.height);
      const [r, g, b, a] = (canvas.getContext('2d') as CanvasRenderingContext2D).getImageData(
        px,
        py,
        1,
        1,
      ).data;
      // nothing drawn there: the sea, which is the container's background
      if (!a) return 'sea';
      return `#${[r, g, b].map((v) => (v as number).toString(16).padStart(2, '0')).join('')}`;
    },
    { x: fx, y: fy },
  );
}

const labels = (page: Page) => page.locator('.basemap-label').allTextContents();

describe('offline basemap', () => {
  it('names the countries around the rings once the page is idle', async () => {
    const { page, watch } = await openApp(browser);
    await expect
      .poll(() => labels(page), { timeout: 10_000 })
      .toEqual(expect.arrayContaining(['Ukraine', 'Poland']));
    // Kharkiv is in Ukraine, on land
    expect(await basemapColour(page)).toBe(BASEMAP_PALETTES.light.land);
    expect(watch.errors).toEqual([]);
    await page.context().close();
  });

  it('names Russia where the view shows it, once, as the reader zooms in on Kharkiv', async () => {
    const { page, watch } = await openApp(browser);
    // the names a reader sees: inside the map's frame
    const seen = () =>
      page.evaluate(() => {
        const frame = document.querySelector('.range-map')?.getBoundingClientRect();
        if (!frame) return [];
        return [...document.querySelectorAll('.range-map .basemap-label span')].flatMap((el) => {
          const box = el.getBoundingClientRect();
          const inside =
            box.left >= frame.left &&
            box.right <= frame.right &&
            box.top >= frame.top &&
            box.bottom <= frame.bottom;
          return inside ? [el.textContent ?? ''] : [];
        });
      });
    await expect.poll(seen, { timeout: 10_000 }).toEqual(expect.arrayContaining(['Ukraine', 'Russia']));
    for (let zoom = 0; zoom < 2; zoom++) {
      await page.getByRole('button', { name: 'Zoom in' }).click();
      // Russia's own place is in Siberia, thousands of kilometres off the view: a place near the border takes it
      await expect.poll(seen, { timeout: 10_000 }).toEqual(expect.arrayContaining(['Ukraine', 'Russia']));
      expect((await seen()).filter((name) => name === 'Russia')).toHaveLength(1);
    }
    expect(watch.errors).toEqual([]);
    await page.context().close();
  });

  it('draws Malta as land once zoomed in (1:50m), and restyles it with the dark theme', async () => {
    const { page, watch } = await openApp(
      browser,
      '?sites=49.9935,36.2304,Kharkiv&systems=atacms&view=35.91,14.41,9',
    );
    await expect.poll(() => basemapColour(page), { timeout: 10_000 }).toBe(BASEMAP_PALETTES.light.land);
    await expect.poll(() => labels(page), { timeout: 10_000 }).toContain('Malta');
    await page.getByText('Title, theme and basemap').click();
    await page.getByLabel('Theme').selectOption('dark');
    await expect.poll(() => basemapColour(page)).toBe(BASEMAP_PALETTES.dark.land);
    await screenshot(page, 'basemap-malta-dark');
    // zoomed out to the whole world, Malta goes (1:110m has no Malta) but Italy stays land
    await page.getByRole('button', { name: 'Zoom out' }).click();
    for (let i = 0; i < 5; i++) await page.getByRole('button', { name: 'Zoom out' }).click();
    await expect.poll(() => labels(page)).not.toContain('Malta');
    expect(watch.errors).toEqual([]);
    await page.context().close();
  });

  it('shows land on both sides of 180° (Fiji and Chukotka, whose outlines cross it)', async () => {
    const { page, watch } = await openApp(browser, '?sites=-17.8,178,Suva&systems=atacms&view=67,180,5');
    // Chukotka's land runs on past 180°: west and east of the meridian the canvas shows land
    await expect
      .poll(() => basemapColour(page, 0.45, 0.5), { timeout: 10_000 })
      .toBe(BASEMAP_PALETTES.light.land);
    expect(await basemapColour(page, 0.55, 0.5)).toBe(BASEMAP_PALETTES.light.land);
    await screenshot(page, 'basemap-chukotka');
    expect(watch.errors).toEqual([]);
    await page.context().close();
  });
});
