// Renaming a launch point in a real Chromium, frame by frame: the new name is beside its marker on the map, and
// in the field it was typed in, in the frame after Enter; the text summary read by screen readers follows in a
// later frame (src/app/useMapFirst.ts, 'names'); the field never shows the old name again, and keeps the focus.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNamedMap } from '../support/openNamedMap';
import { sharedChromium } from '../support/sharedChromium';

let browser: Browser;
beforeAll(async () => {
  browser = await sharedChromium();
});
afterAll(async () => {
  await browser?.close();
});

interface Seen {
  /** The frame in which the map's name first reads `name`; the text summary's. */
  map?: number;
  summary?: number;
  /** What the field showed in the map's frame, and whether it showed `old` in any frame after Enter. */
  fieldAtMap?: string;
  oldShown: boolean;
}

/** From the next Enter on, the page notes each frame what the map's name, the field and the summary read. */
async function watchFrames(page: Page, name: string, old: string) {
  await page.evaluate(
    ({ name, old }) => {
      const seen: Seen & { entered: boolean } = { oldShown: false, entered: false };
      (window as unknown as { __seen: typeof seen }).__seen = seen;
      const onEnter = (e: KeyboardEvent) => {
        if (e.key === 'Enter') seen.entered = true;
      };
      addEventListener('keydown', onEnter, { capture: true });
      let frame = 0;
      const look = () => {
        frame++;
        if (seen.entered) {
          const field = document.querySelector<HTMLInputElement>('.site-list .site-name');
          const onMap = [...document.querySelectorAll('.range-map .site-label')].map((n) => n.textContent);
          const summary = document.querySelector('[data-testid="rings-summary"]')?.textContent ?? '';
          if (field?.value === old) seen.oldShown = true;
          if (seen.map === undefined && onMap.includes(name)) {
            seen.map = frame;
            seen.fieldAtMap = field?.value;
          }
          if (seen.summary === undefined && summary.includes(name)) seen.summary = frame;
        }
        if (seen.summary === undefined || frame < (seen.summary ?? 0) + 5) requestAnimationFrame(look);
      };
      requestAnimationFrame(look);
    },
    { name, old },
  );
}

const seenFrames = (page: Page) => page.evaluate(() => (window as unknown as { __seen: Seen }).__seen);

describe('renaming a launch point', () => {
  it('shows the new name on the map and in its field in one frame, the summary after it', async () => {
    const { page, watch } = await openNamedMap(browser);
    const field = page.locator('.site-list .site-name').first();
    await expect.poll(() => page.locator('.range-map .site-label').allTextContents()).toEqual(['Kharkiv']);
    await field.click();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('Front line');
    await watchFrames(page, 'Front line', 'Kharkiv');
    await page.keyboard.press('Enter');

    await expect.poll(async () => (await seenFrames(page)).summary).toBeDefined();
    const seen = await seenFrames(page);
    expect(seen.map).toBeDefined();
    expect(seen.fieldAtMap).toBe('Front line');
    expect(seen.summary).toBeGreaterThan(seen.map as number);
    expect(seen.oldShown).toBe(false);
    // everything ends up renamed, and the field keeps the focus
    expect(await page.locator('.range-map .site-label').allTextContents()).toEqual(['Front line']);
    expect(await field.inputValue()).toBe('Front line');
    expect(await field.evaluate((el) => el === document.activeElement)).toBe(true);
    await expect.poll(() => page.getByTestId('rings-summary').textContent()).toContain('Front line');
    expect(watch.errors).toEqual([]);
  });

  it('hands the name over when the field is left (Tab): on the map, in the field and in the summary', async () => {
    const { page, watch } = await openNamedMap(browser);
    const field = page.locator('.site-list .site-name').first();
    await field.click();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('Depot');
    await page.keyboard.press('Tab');
    await expect.poll(() => page.locator('.range-map .site-label').allTextContents()).toEqual(['Depot']);
    expect(await field.inputValue()).toBe('Depot');
    await expect.poll(() => page.getByTestId('rings-summary').textContent()).toContain('Depot');
    expect(watch.errors).toEqual([]);
  });
});
