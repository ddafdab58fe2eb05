// Ticking and unticking a system and changing the unit in a real Chromium, frame by frame: the map shows the
// change (rings and their labels) in the frame after the click, with the box or the unit already as clicked, and
// the comparison chart and the text summary read by screen readers follow in a later frame
// (src/app/useMapFirst.ts); focus stays where the reader clicked, and everything ends up as clicked.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { colourBox, openApp } from '../support/openApp';
import { sharedChromium } from '../support/sharedChromium';

let browser: Browser;
beforeAll(async () => {
  browser = await sharedChromium();
});
afterAll(async () => {
  await browser?.close();
});

interface Seen {
  /** The frame in which the map's ring labels first read as wanted; the chart's; the summary's. */
  map?: number;
  chart?: number;
  summary?: number;
  /** The system's box, and the unit's radio, as shown in the frame the map changed. */
  boxAtMap?: boolean;
  unitAtMap?: boolean;
}

/**
 * From now on, the page counts its frames and notes the first frame in which the ring labels, the comparison
 * chart and the text summary each contain `text` (or, with `present` false, no longer do).
 */
async function watchFrames(page: Page, text: string, present: boolean, box: string, unit: string) {
  await page.evaluate(
    ({ text, present, box, unit }) => {
      const seen: Seen & { frame: number } = { frame: 0 };
      (window as unknown as { __seen: typeof seen }).__seen = seen;
      const tick = () => {
        seen.frame++;
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
      const reads = (el: Element | null) => (el?.textContent ?? '').includes(text) === present;
      const checked = (selector: string) =>
        [...document.querySelectorAll<HTMLInputElement>(selector)].some((input) => input.checked);
      const look = () => {
        const labels = [...document.querySelectorAll('.range-map .ring-label')];
        const onMap = labels.some((label) => (label.textContent ?? '').includes(text));
        if (seen.map === undefined && labels.length > 0 && onMap === present) {
          seen.map = seen.frame;
          seen.boxAtMap = checked(box);
          seen.unitAtMap = checked(unit);
        }
        if (seen.chart === undefined && reads(document.querySelector('.compare'))) seen.chart = seen.frame;
        if (seen.summary === undefined && reads(document.querySelector('[data-testid="rings-summary"]')))
          seen.summary = seen.frame;
      };
      new MutationObserver(look).observe(document.body, {
        subtree: true,
        childList: true,
        characterData: true,
      });
    },
    { text, present, box, unit },
  );
}

const seenFrames = (page: Page) => page.evaluate(() => (window as unknown as { __seen: Seen }).__seen);

/** The map changed in an earlier frame than the chart and the summary, which both followed. */
async function mapFirst(page: Page): Promise<Seen> {
  await expect
    .poll(async () => {
      const seen = await seenFrames(page);
      return seen.chart !== undefined && seen.summary !== undefined;
    })
    .toBe(true);
  const seen = await seenFrames(page);
  expect(seen.map).toBeDefined();
  expect(seen.chart).toBeGreaterThan(seen.map as number);
  expect(seen.summary).toBeGreaterThan(seen.map as number);
  return seen;
}

describe('the map first for systems and units', () => {
  it('shows a system unticked and ticked again on the map first, the box as clicked in that frame', async () => {
    const { page, watch } = await openApp(browser);
    const eram = page.getByRole('checkbox', { name: /ERAM/ });
    await expect(page.locator('.ring-label', { hasText: 'ERAM' })).toHaveCount(1);
    await expect(page.getByTestId('rings-summary')).toContainText('ERAM');
    const box = await eram.evaluate((el) => {
      el.setAttribute('data-watched', '');
      return '[data-watched]';
    });

    await watchFrames(page, 'ERAM', false, box, '.units input:checked');
    await eram.click();
    const off = await mapFirst(page);
    expect(off.boxAtMap).toBe(false);
    await expect(page.locator('.ring-label', { hasText: 'ERAM' })).toHaveCount(0);
    await expect.poll(async () => (await colourBox(page, '#0072B2')).count).toBe(0);
    expect(await eram.evaluate((el) => el === document.activeElement)).toBe(true);

    await watchFrames(page, 'ERAM', true, box, '.units input:checked');
    await eram.click();
    const on = await mapFirst(page);
    expect(on.boxAtMap).toBe(true);
    await expect(page.locator('.ring-label', { hasText: 'ERAM' })).toHaveCount(1);
    expect((await colourBox(page, '#0072B2')).count).toBeGreaterThan(100);
    await expect(eram).toBeChecked();
    expect(await eram.evaluate((el) => el === document.activeElement)).toBe(true);
    await expect
      .poll(() => page.locator('.in-reach summary', { hasText: 'ERAM' }).count())
      .toBeGreaterThan(0);
    expect(watch.errors).toEqual([]);
  });

  it('shows another unit on the map first, the radio as clicked in that frame', async () => {
    const { page, watch } = await openApp(browser);
    await expect(page.locator('.ring-label', { hasText: 'Tomahawk' })).toHaveText('Tomahawk · 1,600 km');
    const miles = page.locator('.units label', { hasText: 'mi' }).first();
    const radio = await miles.locator('input').evaluate((el) => {
      el.setAttribute('data-watched', '');
      return '[data-watched]';
    });
    await watchFrames(page, ' mi', true, '.systems input[type=checkbox]', radio);
    await miles.click();
    const seen = await mapFirst(page);
    expect(seen.unitAtMap).toBe(true);
    await expect(page.locator('.ring-label', { hasText: 'Tomahawk' })).toHaveText('Tomahawk · 995 mi');
    await expect(page.locator('.in-reach summary').first()).toContainText(/mi\)/);
    expect(watch.errors).toEqual([]);
  });
});
