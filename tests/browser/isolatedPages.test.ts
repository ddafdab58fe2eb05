// The peers benchmark serves its pages cross-origin isolated (servePages' `isolated`), so that their clocks read
// to 5 µs: in a real Chromium the app is then isolated, draws its map with no error and asks nothing of another
// origin, and its animation frames' timestamps are finer than the 0.1 ms steps of a page that is not isolated.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { watchPage } from '../support/launchChromium';
import { type ServedPages, servePages } from '../support/servePages';
import { sharedChromium } from '../support/sharedChromium';

let browser: Browser;
const subPath = new URL(inject('appUrl')).pathname;
const served: ServedPages[] = [];
beforeAll(async () => {
  browser = await sharedChromium();
});
afterAll(async () => {
  await Promise.all(served.map((s) => s.close()));
  await browser?.close();
});

/**
 * Whether the page is isolated, and whether most of 60 frame intervals fall between two 0.1 ms steps. Most, not
 * any: a page that is not isolated has twice read some interval off its 0.1 ms grid in a full run (how many was
 * not recorded); an isolated page reads nearly all of them off it.
 */
function clockOf(page: Page) {
  return page.evaluate(
    () =>
      new Promise<{ isolated: boolean; finer: boolean }>((done) => {
        const intervals: number[] = [];
        let last: number | undefined;
        const tick = (t: number) => {
          if (last !== undefined) intervals.push(t - last);
          last = t;
          if (intervals.length < 60) requestAnimationFrame(tick);
          else
            done({
              isolated: crossOriginIsolated,
              finer:
                intervals.filter((ms) => Math.abs(ms * 10 - Math.round(ms * 10)) > 0.01).length >
                intervals.length / 2,
            });
        };
        requestAnimationFrame(tick);
      }),
  );
}

async function openServed(isolated: boolean) {
  const site = await servePages({ [subPath]: inject('appDir') }, { isolated });
  served.push(site);
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const watch = watchPage(page);
  await page.goto(`${site.origin}${subPath}?sites=46.48,30.72,Odesa&systems=tomahawk,eram,atacms`);
  await page.locator('.launch-marker').first().waitFor();
  await page.locator('.side-panel input').first().waitFor();
  return { page, watch };
}

describe('the app served cross-origin isolated', () => {
  it('is isolated, draws its map and rings without an error, and reads frames finer than 0.1 ms', async () => {
    const { page, watch } = await openServed(true);
    await expect.poll(() => page.locator('.ring-label').count()).toBeGreaterThan(0);
    expect(await clockOf(page)).toEqual({ isolated: true, finer: true });
    expect(watch.errors).toEqual([]);
    expect(watch.externalRequests).toEqual([]);
    await page.context().close();
  });

  it('is not isolated when served as usual, its frames read in 0.1 ms steps', async () => {
    const { page, watch } = await openServed(false);
    expect(await clockOf(page)).toEqual({ isolated: false, finer: false });
    expect(watch.errors).toEqual([]);
    await page.context().close();
  });
});
