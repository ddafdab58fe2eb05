// Text that cannot lie: a bidi override in a label (from a link or typed) is removed, so it cannot reverse the
// app's own figures; a right-to-left name is isolated, so it cannot pull the text around it to its side.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, screenshot } from '../support/openApp';
import { sharedChromium } from '../support/sharedChromium';

let browser: Browser;
beforeAll(async () => {
  browser = await sharedChromium();
});
afterAll(async () => {
  await browser?.close();
});

const RLO = '\u202e';
const HEBREW_KHARKIV = 'חרקוב';
const HEBREW_MISSILE = 'טיל שיוט';

/**
 * Where characters are drawn on screen, within the first element matching `selector` that contains
 * `needle`: for each offset into the needle, the left edge and the vertical middle of that character.
 */
function charsAt(page: Page, selector: string, needle: string, offsets: number[]) {
  return page.evaluate(
    ({ selector, needle, offsets }) => {
      const host = [...document.querySelectorAll(selector)].find((el) => el.textContent?.includes(needle));
      if (!host) return null;
      const walker = document.createTreeWalker(host, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node as Text;
        const at = text.data.indexOf(needle);
        if (at < 0) continue;
        return offsets.map((k) => {
          const range = document.createRange();
          range.setStart(text, at + k);
          range.setEnd(text, at + k + 1);
          const r = range.getBoundingClientRect();
          return { x: r.x, y: r.y + r.height / 2 };
        });
      }
      return null;
    },
    { selector, needle, offsets },
  );
}

describe('bidi controls and right-to-left names', () => {
  it('removes an override from a label in the link and from one typed; "648 km" reads left to right', async () => {
    const { page, watch } = await openApp(
      browser,
      `?sites=49.9935,36.2304,Kharkiv%E2%80%AE&systems=tomahawk`,
    );
    const name = page.getByRole('textbox', { name: /^Name of launch point at / });
    await expect(name).toHaveValue('Kharkiv');
    await expect(page.locator('.leaflet-tooltip.site-label')).toHaveText('Kharkiv');
    // typed: the override character goes when the name is committed
    await name.click();
    await page.keyboard.press('End');
    await page.keyboard.type(`${RLO} north`);
    await page.keyboard.press('Tab');
    await expect(name).toHaveValue('Kharkiv north');
    const summary = page.locator('.in-reach summary', { hasText: 'Tomahawk' });
    await expect(summary).toContainText('Tomahawk from Kharkiv north:');
    await expect(summary).toContainText('Moscow (648 km)');
    expect(await summary.evaluate((el) => /[\u202a-\u202e\u2066-\u2069]/.test(el.textContent ?? ''))).toBe(
      false,
    );
    // drawn in reading order: 6, then 4, then 8, from left to right
    const digits = await charsAt(page, '.in-reach summary', '648 km', [0, 1, 2]);
    expect(digits).not.toBeNull();
    const [six, four, eight] = digits as { x: number }[];
    expect(six?.x).toBeLessThan(four?.x as number);
    expect(four?.x).toBeLessThan(eight?.x as number);
    expect(watch.errors).toEqual([]);
  });

  it('isolates a right-to-left launch point name in the in-reach list and the distance read-out', async () => {
    const { page, watch } = await openApp(
      browser,
      '?sites=49.9935,36.2304,Kharkiv&systems=atacms&view=50,36.23,6',
    );
    const name = page.getByRole('textbox', { name: /^Name of launch point at / });
    await name.click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(HEBREW_KHARKIV);
    await page.keyboard.press('Enter');
    await expect(page.locator('.leaflet-tooltip.site-label')).toHaveText(HEBREW_KHARKIV);
    const summary = page.locator('.in-reach summary', { hasText: 'ATACMS' });
    await expect(summary).toContainText(`ATACMS from ${HEBREW_KHARKIV}: 23 cities`);
    // the name is followed, on its right, by the colon and the count; unisolated, the count would jump to
    // the left of the Hebrew name
    const label = await summary.locator('bdi', { hasText: HEBREW_KHARKIV }).boundingBox();
    const count = await charsAt(page, '.in-reach summary', '23 cities', [0]);
    expect(label).not.toBeNull();
    expect(
      Math.abs((count?.[0]?.y as number) - ((label?.y as number) + (label?.height as number) / 2)),
    ).toBeLessThan(4);
    expect(count?.[0]?.x).toBeGreaterThan((label?.x as number) + (label?.width as number));
    // the read-out of a clicked point: "… km from חרקוב: in reach of ATACMS", the colon right of the name
    const map = await page.locator('.range-map').boundingBox();
    await page.mouse.click(
      (map?.x as number) + (map?.width as number) / 2 + 30,
      (map?.y as number) + (map?.height as number) / 2,
    );
    const line = page.locator('.probe-list li').first();
    await expect(line).toContainText(`from ${HEBREW_KHARKIV}: in reach of ATACMS`);
    const probeLabel = await line.locator('bdi', { hasText: HEBREW_KHARKIV }).boundingBox();
    const colon = await charsAt(page, '.probe-list li', ':', [0]);
    expect(colon?.[0]?.x).toBeGreaterThan((probeLabel?.x as number) + (probeLabel?.width as number) - 1);
    await screenshot(page, 'bidi-rtl-name');
    expect(watch.errors).toEqual([]);
  });

  it('isolates a right-to-left system name in its ring label; the range stays on its right', async () => {
    const { page, watch } = await openApp(
      browser,
      '?sites=49.9935,36.2304,Kharkiv&systems=atacms&view=50,36.23,6',
    );
    await page.getByText('Add or load systems').click();
    const form = page.locator('form.custom-system');
    await form.getByRole('textbox', { name: 'Name', exact: true }).pressSequentially(HEBREW_MISSILE);
    await form.getByRole('textbox', { name: 'Range', exact: true }).pressSequentially('200');
    await page.keyboard.press('Enter');
    const label = page.locator('.ring-label', { hasText: HEBREW_MISSILE });
    // the text read by everything else is unchanged
    await expect(label).toHaveText(`${HEBREW_MISSILE} · 200 km`);
    const name = await label.locator('bdi').boundingBox();
    await expect(label.locator('bdi')).toHaveText(HEBREW_MISSILE);
    const figure = await charsAt(page, '.ring-label', '200 km', [0, 1]);
    const dot = await charsAt(page, '.ring-label', '·', [0]);
    expect(name).not.toBeNull();
    // reading order kept: the name, then the dot, then "200", left to right on one line
    expect(dot?.[0]?.x).toBeGreaterThan((name?.x as number) + (name?.width as number) - 1);
    expect(figure?.[0]?.x).toBeGreaterThan(dot?.[0]?.x as number);
    expect(figure?.[1]?.x).toBeGreaterThan(figure?.[0]?.x as number);
    expect(
      Math.abs((figure?.[0]?.y as number) - ((name?.y as number) + (name?.height as number) / 2)),
    ).toBeLessThan(4);
    await screenshot(page, 'bidi-rtl-ring-label');
    expect(watch.errors).toEqual([]);
  });
});
