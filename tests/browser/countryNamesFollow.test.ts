// The country names make way for the ring labels in a real Chromium: when a ticked or unticked system's labels
// are placed anew, the names they cover go and those they free come back in the click's own frame, and a name
// that stays where it was is left alone (src/map/PlaceLabels.tsx); while a launch point is dragged the names
// wait for its labels to settle, and after the drop none is written through a label (src/map/ringLabelSpace.ts).
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

/** The country names on the map and the ring labels and launch names, as laid-out boxes. */
async function wordsOnMap(page: Page) {
  return page.evaluate(() => {
    const boxes = (selector: string) =>
      [...document.querySelectorAll(selector)].map((el) => {
        const r = el.getBoundingClientRect();
        return { text: el.textContent ?? '', left: r.left, top: r.top, right: r.right, bottom: r.bottom };
      });
    const rings = [...boxes('.ring-label'), ...boxes('.site-label')];
    const countries = boxes('.basemap-label span');
    const covered = countries.filter((c) =>
      rings.some((r) => c.left < r.right && r.left < c.right && c.top < r.bottom && r.top < c.bottom),
    );
    return { countries: countries.map((c) => c.text), covered: covered.map((c) => c.text) };
  });
}

/**
 * From now on the page notes, per frame, the country names shown and whether any is covered by a ring label, and
 * every write to the place or stacking of a name shown now, by name (once per page: it wraps the style setters).
 */
async function watchNames(page: Page) {
  await page.evaluate(() => {
    const seen = { frames: [] as { names: string[]; covered: string[] }[], styled: [] as string[] };
    (window as unknown as { __names: typeof seen }).__names = seen;
    const frame = () => {
      const words = (selector: string) =>
        [...document.querySelectorAll(selector)].map((el) => ({ el, r: el.getBoundingClientRect() }));
      const rings = [...words('.ring-label'), ...words('.site-label')];
      const names = words('.basemap-label span');
      seen.frames.push({
        names: names.map((n) => n.el.textContent ?? ''),
        covered: names
          .filter(({ r: c }) =>
            rings.some(
              ({ r }) => c.left < r.right && r.left < c.right && c.top < r.bottom && r.top < c.bottom,
            ),
          )
          .map((n) => n.el.textContent ?? ''),
      });
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
    // a name's marker is placed and stacked through its element's style (transform, z-index): each write to a
    // shown name's style is noted, whether or not it changes the value
    const names = new WeakMap<CSSStyleDeclaration, string>();
    for (const el of document.querySelectorAll<HTMLElement>('.basemap-label'))
      names.set(el.style, el.textContent ?? '');
    for (const property of ['transform', 'zIndex', 'left', 'top'] as const) {
      const own = Object.getOwnPropertyDescriptor(CSSStyleDeclaration.prototype, property);
      Object.defineProperty(CSSStyleDeclaration.prototype, property, {
        configurable: true,
        get(this: CSSStyleDeclaration) {
          return own?.get?.call(this);
        },
        set(this: CSSStyleDeclaration, value: string) {
          const name = names.get(this);
          if (name !== undefined) seen.styled.push(name);
          own?.set?.call(this, value);
        },
      });
    }
  });
}

const seenNames = (page: Page) =>
  page.evaluate(
    () =>
      (
        window as unknown as {
          __names: { frames: { names: string[]; covered: string[] }[]; styled: string[] };
        }
      ).__names,
  );

describe('country names and the ring labels', () => {
  it('clears the names a ticked system covers in its frame, and moves no name that stays', async () => {
    const { page, watch } = await openNamedMap(
      browser,
      '?sites=49.99,36.23,Kharkiv;54.7,20.5,Kaliningrad&view=52,33,5',
      6,
    );
    await expect.poll(async () => (await wordsOnMap(page)).covered).toEqual([]);
    const box = page.getByRole('checkbox', { name: /ERAM/ }).first();
    let checked = await box.isChecked();
    for (let click = 0; click < 4; click++) {
      checked = !checked;
      const before = (await wordsOnMap(page)).countries;
      if (click === 0) await watchNames(page);
      await page.evaluate(() => {
        const seen = (window as unknown as { __names: { frames: unknown[]; styled: string[] } }).__names;
        seen.frames.length = 0;
        seen.styled.length = 0;
      });
      await box.click();
      if (checked) await expect(box).toBeChecked();
      else await expect(box).not.toBeChecked();
      await page.waitForTimeout(400);
      const { frames, styled } = await seenNames(page);
      const after = (await wordsOnMap(page)).countries;
      // no frame shows a name under a label: the names follow the labels in the click's own frame
      expect(frames.length).toBeGreaterThan(3);
      expect(frames.flatMap((f) => f.covered)).toEqual([]);
      // a name shown before and after was not written again; only a name that comes back is placed
      expect(styled.filter((name) => before.includes(name) && after.includes(name))).toEqual([]);
      // nothing changes on the map in the frames after the first that shows the change
      const last = JSON.stringify(frames.at(-1)?.names);
      const firstWithIt = frames.findIndex((f) => JSON.stringify(f.names) === last);
      expect(frames.slice(firstWithIt).every((f) => JSON.stringify(f.names) === last)).toBe(true);
    }
    expect(watch.errors).toEqual([]);
    await page.context().close();
  });

  it('leaves the names alone while a launch point is dragged and clears them from its labels after the drop', async () => {
    const { page, watch } = await openNamedMap(browser, '?sites=49.99,36.23,Kharkiv&view=52,33,5', 6);
    await expect.poll(async () => (await wordsOnMap(page)).covered).toEqual([]);
    const marker = page.locator('.launch-marker').first();
    const at = await marker.boundingBox();
    if (!at) throw new Error('no launch marker');
    const x = at.x + at.width / 2;
    const y = at.y + at.height / 2;
    await page.mouse.move(x, y);
    await page.mouse.down();
    await watchNames(page);
    for (let step = 1; step <= 12; step++) await page.mouse.move(x - step * 20, y + step * 6);
    const { frames } = await seenNames(page);
    // while it moves, the names are those of the drag's start: none comes or goes within a move's frame
    const first = JSON.stringify(frames[0]?.names);
    expect(frames.every((f) => JSON.stringify(f.names) === first)).toBe(true);
    await page.mouse.up();
    await expect.poll(async () => (await wordsOnMap(page)).covered).toEqual([]);
    expect((await wordsOnMap(page)).countries.length).toBeGreaterThan(5);
    expect(watch.errors).toEqual([]);
    await page.context().close();
  });
});
