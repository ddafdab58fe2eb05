// A reload right after a change keeps it: launch points dragged or removed and the page reloaded at once, 0 to
// 200 ms later, come back as they were left, in the panel, on the map and in the link, with every undo step;
// and so does Back then Forward right after a drag. Without the back-forward cache, so that Back and Forward
// start the page afresh, as a reload does.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, watchPage } from '../support/launchChromium';
import { openApp, screenshot } from '../support/openApp';
import { seededRandom } from '../support/seededRandom';

const SIX_POINTS =
  '?sites=50.45,30.52,Kyiv;49.99,36.23,Kharkiv;46.48,30.72,Odesa;48.46,35.05,Dnipro;49.84,24.03,Lviv;47.84,35.14,Zaporizhzhia' +
  '&systems=atacms&view=48.5,30,6';
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium(['--disable-features=BackForwardCache']);
});
afterAll(async () => {
  await browser?.close();
});

/** What the panel lists: each launch point's name and coordinates, as a reader reads them. */
async function pointsListed(page: Page): Promise<string[]> {
  return page
    .locator('.site-list li')
    .evaluateAll((items) =>
      items.map(
        (li) =>
          `${li.querySelector('button[aria-label^="Remove launch point"]')?.getAttribute('aria-label')} ${li.querySelector('.coords')?.textContent}`,
      ),
    );
}

/** The launch points the link holds, written as the panel writes them. */
async function pointsInLink(page: Page): Promise<string[]> {
  const sites = await page.evaluate(() => new URLSearchParams(window.location.search).get('sites') ?? '');
  return sites.split(';').map((part) => {
    const [lat, lon, label] = part.split(',');
    const ns = Number(lat) >= 0 ? 'N' : 'S';
    const ew = Number(lon) >= 0 ? 'E' : 'W';
    return `Remove launch point ${label} ${Math.abs(Number(lat)).toFixed(2)}°${ns} ${Math.abs(Number(lon)).toFixed(2)}°${ew}`;
  });
}

/** Drags a launch point's marker by (dx, dy) pixels with the mouse, in small steps as a hand does. */
async function dragPoint(page: Page, name: string, dx: number, dy: number): Promise<void> {
  const box = (await page
    .getByRole('button', { name: `Launch point ${name}.`, exact: false })
    .and(page.locator('.launch-marker'))
    .boundingBox())!;
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let i = 1; i <= 8; i++) await page.mouse.move(x + (dx * i) / 8, y + (dy * i) / 8);
  await page.mouse.up();
}

/** The app mounted around its map, with the panel's list of launch points shown. */
async function shown(page: Page): Promise<void> {
  await page.waitForSelector('.app:not([inert]) .leaflet-rings-pane canvas');
  await page.locator('.site-list li').first().waitFor();
}

describe('a reload right after a change', () => {
  it('keeps every drag and removal, in the panel, the link and the undo steps, over 20 quick reloads', async () => {
    const { page, watch } = await openApp(browser, SIX_POINTS);
    const random = seededRandom(15);
    const before: string[][] = [];
    for (let round = 0; round < 20; round++) {
      const listed = await pointsListed(page);
      before.push(listed);
      const names = listed.map((text) => (text.match(/^Remove launch point (.+?) \d/) ?? [])[1] as string);
      let message: string;
      if (round % 5 === 2) {
        // arrow-key steps, as fast as keys repeat: written to the link at once, then once more as they settle
        const name = names[round % names.length] as string;
        await page.getByRole('button', { name: `Launch point ${name}.` }).focus();
        for (const key of ['ArrowRight', 'ArrowRight', 'ArrowUp']) await page.keyboard.press(key);
        message = `Moved ${name}.`;
      } else if (round % 5 === 4) {
        const name = names[names.length - 1] as string;
        await page.getByRole('button', { name: `Remove launch point ${name}` }).click();
        message = `Removed ${name}.`;
      } else {
        // a different point each time, so that each move is a step of its own
        const name = names[round % names.length] as string;
        const sign = round % 2 === 0 ? 1 : -1;
        await dragPoint(page, name, sign * (30 + Math.round(random() * 30)), sign * 15);
        message = `Moved ${name}.`;
      }
      await expect.poll(() => pointsListed(page)).not.toEqual(listed);
      const left = await pointsListed(page);
      await page.waitForTimeout(Math.round(random() * 200));
      await page.reload();
      await page.waitForSelector('.app:not([inert]) .leaflet-rings-pane canvas');
      // the page comes back as it was left: the panel, the map, the link and the last undo step
      await expect.poll(() => pointsListed(page), { message: `round ${round}` }).toEqual(left);
      await expect(page.locator('.launch-marker')).toHaveCount(left.length);
      await expect(page.locator('.notice', { hasText: message })).toHaveCount(1);
      await expect.poll(() => pointsInLink(page), { message: `round ${round}` }).toEqual(left);
    }
    await screenshot(page, 'quick-reload-after-rounds');
    // every step is there to undo, last first, back to the map as it was opened
    for (const listed of [...before].reverse()) {
      await page.locator('body').press('Control+z');
      await expect.poll(() => pointsListed(page)).toEqual(listed);
    }
    await expect.poll(() => pointsInLink(page)).toEqual(before[0]);
    expect(watch.errors).toEqual([]);
    await page.context().close();
  });

  it('keeps a drag made just before Back when Forward comes back to it, with its undo step', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const watch = watchPage(page);
    await page.goto(`${inject('appUrl')}?sites=41.01,28.98,Istanbul&systems=atacms`);
    await shown(page);
    const other = await pointsListed(page);
    await page.goto(`${inject('appUrl')}${SIX_POINTS}`);
    await shown(page);
    const random = seededRandom(16);
    const before: string[][] = [];
    for (let round = 0; round < 4; round++) {
      const listed = await pointsListed(page);
      before.push(listed);
      const name = (listed[round]?.match(/^Remove launch point (.+?) \d/) ?? [])[1] as string;
      await dragPoint(page, name, round % 2 ? -40 : 40, 20);
      await expect.poll(() => pointsListed(page)).not.toEqual(listed);
      const left = await pointsListed(page);
      await page.waitForTimeout(Math.round(random() * 200));
      await page.goBack();
      await shown(page);
      await expect.poll(() => pointsListed(page)).toEqual(other);
      await page.waitForTimeout(Math.round(random() * 200));
      await page.goForward();
      await shown(page);
      await expect.poll(() => pointsListed(page), { message: `round ${round}` }).toEqual(left);
      await expect(page.locator('.notice', { hasText: `Moved ${name}.` })).toHaveCount(1);
      await expect.poll(() => pointsInLink(page), { message: `round ${round}` }).toEqual(left);
    }
    for (const listed of [...before].reverse()) {
      await page.locator('body').press('Control+z');
      await expect.poll(() => pointsListed(page)).toEqual(listed);
    }
    expect(watch.errors).toEqual([]);
    await context.close();
  });

  it('writes the link once for a drag, on the drop, and not while the point moves', async () => {
    const { page, watch } = await openApp(browser, SIX_POINTS);
    // every address the page writes, as it writes it
    await page.evaluate(() => {
      const written = [location.search];
      const replace = history.replaceState.bind(history);
      history.replaceState = (state, unused, url) => {
        replace(state, unused, url);
        if (written.at(-1) !== location.search) written.push(location.search);
      };
      Object.assign(window, { written });
    });
    const writes = () => page.evaluate(() => (window as unknown as { written: string[] }).written.length - 1);
    const box = (await page.locator('.launch-marker').nth(1).boundingBox())!;
    const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
    await page.mouse.move(x, y);
    await page.mouse.down();
    for (let i = 1; i <= 20; i++) {
      await page.mouse.move(x - 4 * i, y + 2 * i);
      await page.waitForTimeout(20);
    }
    expect(await writes()).toBe(0);
    await page.mouse.up();
    await expect.poll(writes).toBe(1);
    await page.waitForTimeout(300); // nothing more once it settles
    expect(await writes()).toBe(1);
    expect(watch.errors).toEqual([]);
    await page.context().close();
  });
});
