// Ring labels in a real Chromium: two systems of equal range at one launch point get labels that do not
// cover each other, and the default map keeps its labels at the top of their rings.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, screenshot } from '../support/openApp';
import { boxesOverlap, edgesOf, overlapArea } from '../support/screenBoxes';
import { sharedChromium } from '../support/sharedChromium';

let browser: Browser;
beforeAll(async () => {
  browser = await sharedChromium();
});
afterAll(async () => {
  await browser?.close();
});

interface Box {
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

async function labelBoxes(page: Page): Promise<Box[]> {
  return page.locator('.ring-label').evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return { text: el.textContent ?? '', x: r.x, y: r.y, width: r.width, height: r.height };
    }),
  );
}

const intersect = (a: Box, b: Box) => boxesOverlap(edgesOf(a), edgesOf(b));

const centreX = (b: { x: number; width: number }) => b.x + b.width / 2;

describe('ring labels', () => {
  it('keeps the labels of two equal ranges at one launch point apart', async () => {
    const { page, watch } = await openApp(
      browser,
      '?sites=49.99,36.23,Kharkiv&systems=atacms,custom-fateh-110&custom=Fateh-110:300km',
    );
    await expect(page.locator('.ring-label')).toHaveCount(2);
    const [a, b] = (await labelBoxes(page)) as [Box, Box];
    expect([a.text, b.text].sort()).toEqual(['ATACMS · 300 km', 'Fateh-110 · 300 km']);
    expect(a.width).toBeGreaterThan(0);
    expect(b.width).toBeGreaterThan(0);
    expect(intersect(a, b)).toBe(false);
    await screenshot(page, 'ring-labels-equal-ranges');
    expect(watch.errors).toEqual([]);
  });

  it('keeps the labels of close ranges apart at a low zoom', async () => {
    const { page } = await openApp(
      browser,
      '?sites=49.99,36.23,Kharkiv&systems=eram,custom-storm-shadow&custom=Storm%20Shadow:500km&view=50,36,4',
    );
    await expect(page.locator('.ring-label')).toHaveCount(2);
    const [a, b] = (await labelBoxes(page)) as [Box, Box];
    expect([a.text, b.text].sort()).toEqual(['ERAM · 460 km', 'Storm Shadow · 500 km']);
    expect(intersect(a, b)).toBe(false);
    await screenshot(page, 'ring-labels-close-ranges');
  });

  it('leaves the default map with each label at the top of its ring, north of the launch point', async () => {
    const { page } = await openApp(browser);
    await expect(page.locator('.ring-label')).toHaveCount(3);
    const boxes = await labelBoxes(page);
    await screenshot(page, 'ring-labels-default');
    const byName = (name: string) => boxes.find((b) => b.text.startsWith(name)) as Box;
    const [tomahawk, eram, atacms] = [byName('Tomahawk'), byName('ERAM'), byName('ATACMS')];
    const marker = (await page.locator('.launch-marker').boundingBox()) as Box;
    for (const label of [tomahawk, eram, atacms]) {
      expect(Math.abs(centreX(label) - centreX(marker))).toBeLessThan(2);
      expect(label.y + label.height).toBeLessThan(marker.y);
    }
    expect(tomahawk.y).toBeLessThan(eram.y);
    expect(eram.y).toBeLessThan(atacms.y);
    for (const [i, a] of boxes.entries())
      for (const b of boxes.slice(i + 1)) expect(intersect(a, b), `${a.text} / ${b.text}`).toBe(false);
  });

  it('keeps the labels of three close launch points clear of one another and of every name, zoomed in and out', async () => {
    const { page, watch } = await openApp(
      browser,
      '?sites=49.99,36.23,Kharkiv;50.6,36.58,Belgorod;50.91,34.8,Sumy&systems=tomahawk,eram,atacms',
    );
    const names = page.locator('.site-label');
    await expect(names).toHaveCount(3);
    const clash = async () => {
      const labels = await labelBoxes(page);
      const sites = await names.evaluateAll((els) =>
        els.map((el) => {
          const r = el.getBoundingClientRect();
          return { text: el.textContent ?? '', x: r.x, y: r.y, width: r.width, height: r.height };
        }),
      );
      const found: string[] = [];
      for (const [i, a] of labels.entries()) {
        for (const b of labels.slice(i + 1)) if (intersect(a, b)) found.push(`${a.text} / ${b.text}`);
        for (const site of sites) if (intersect(a, site)) found.push(`${a.text} / ${site.text}`);
      }
      // each name readable: where the three points nearly meet, two names may graze one another, no more
      for (const [i, a] of sites.entries())
        for (const b of sites.slice(i + 1))
          if (overlapArea(edgesOf(a), edgesOf(b)) > 0.1 * Math.min(a.width * a.height, b.width * b.height))
            found.push(`${a.text} / ${b.text}`);
      return { found, shown: labels.length };
    };
    const fitted = await clash();
    await screenshot(page, 'ring-labels-three-sites');
    expect(fitted.found).toEqual([]);
    expect(fitted.shown).toBeGreaterThanOrEqual(6);
    // zoomed out, the labels crowd: some give way, none covers another or a name
    const zoomOut = page.getByRole('button', { name: 'Zoom out' });
    await zoomOut.click();
    await zoomOut.click();
    // the zoom animation ends and the labels are placed for the new zoom: fewer fit
    await expect.poll(async () => (await clash()).shown).toBeLessThan(fitted.shown);
    await expect.poll(() => page.locator('.leaflet-zoom-anim').count()).toBe(0);
    await expect.poll(async () => (await clash()).found).toEqual([]);
    const zoomedOut = await clash();
    await screenshot(page, 'ring-labels-three-sites-zoomed-out');
    expect(zoomedOut.found).toEqual([]);
    // the three names around their markers (beside, above, below) leave room for two
    expect(zoomedOut.shown).toBeGreaterThanOrEqual(2);
    expect(zoomedOut.shown).toBeLessThan(9);
    // the legend still names every ring
    const legend = await page.locator('.legend').innerText();
    for (const name of ['Tomahawk', 'ERAM', 'ATACMS']) expect(legend).toContain(name);
    expect(watch.errors).toEqual([]);
  });
});

/** The boxes of the words a reader sees on the map: ring labels, launch point names and country names. */
async function wordsOnMap(page: Page) {
  const boxes = (selector: string) =>
    page.locator(selector).evaluateAll((els) =>
      els.map((el) => {
        const r = el.getBoundingClientRect();
        return { text: el.textContent ?? '', x: r.x, y: r.y, width: r.width, height: r.height };
      }),
    );
  return {
    rings: [...(await boxes('.ring-label')), ...(await boxes('.site-label'))],
    countries: await boxes('.basemap-label span'),
  };
}

describe('ring labels and marked places', () => {
  it("moves a ring's label off a mark that sits where the label would go, and off its name", async () => {
    // the mark is on the top of the ATACMS ring, where its label goes on a map without marks
    const { page, watch } = await openApp(
      browser,
      '?sites=49.99,36.23,Kharkiv&systems=atacms&marks=52.69,36.23,Target%20airfield&view=51.5,36.2,6',
    );
    await expect(page.locator('.ring-label')).toHaveCount(1);
    await expect(page.locator('.mark-label')).toHaveCount(1);
    const [label] = (await labelBoxes(page)) as [Box];
    const box = async (selector: string) =>
      (await page.locator(selector).evaluate((el) => {
        const r = el.getBoundingClientRect();
        return { text: el.textContent ?? '', x: r.x, y: r.y, width: r.width, height: r.height };
      })) as Box;
    const markName = await box('.mark-label');
    const diamond = await box('.mark-marker');
    expect(label.text).toBe('ATACMS · 300 km');
    expect(intersect(label, markName)).toBe(false);
    expect(intersect(label, diamond)).toBe(false);
    await screenshot(page, 'ring-label-clear-of-mark');
    expect(watch.errors).toEqual([]);
  });
});

describe('country names under the ring labels', () => {
  // Views where a country's name fell under a ring label or a launch point's name before they kept clear.
  const views = ['', '&view=56,30,4', '&view=52,33,5', '&view=48,25,3'];
  for (const view of views) {
    it(`never writes a country's name through a ring label or a launch point's name (${view || 'fitted'})`, async () => {
      const { page, watch } = await openApp(
        browser,
        `?sites=49.99,36.23,Kharkiv;54.7,20.5,Kaliningrad${view}`,
      );
      await expect.poll(() => page.locator('.basemap-label span').count()).toBeGreaterThan(3);
      await expect.poll(() => page.locator('.ring-label').count()).toBeGreaterThan(3);
      await expect
        .poll(async () => {
          const { rings, countries } = await wordsOnMap(page);
          return countries.filter((c) => rings.some((r) => intersect(c, r))).map((c) => c.text);
        })
        .toEqual([]);
      // only the covered names go: the others are still there
      expect((await wordsOnMap(page)).countries.length).toBeGreaterThan(5);
      await screenshot(page, `country-names-clear${view.replace(/[^0-9]+/g, '-')}`);
      expect(watch.errors).toEqual([]);
    });
  }
});
