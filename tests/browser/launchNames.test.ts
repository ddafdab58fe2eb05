// Launch points' names in a real Chromium: two points close together on the map (Kyiv and Kharkiv at zoom 4)
// each keep their name clear of the other's marker, the first one's name going to the left; zoomed in, where
// there is room, both are on the right again. The export's preview draws them the same way, and the ring labels
// keep clear of a name on either side.
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, screenshot } from '../support/openApp';
import { sharedChromium } from '../support/sharedChromium';

const CLOSE = '?sites=50.45,30.5233,Kyiv;49.9935,36.2304,Kharkiv&systems=tomahawk,eram&view=49.5,34,4';

interface Box {
  text: string;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

let browser: Browser;
beforeAll(async () => {
  browser = await sharedChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function boxes(scope: Locator, selector: string): Promise<Box[]> {
  return scope.locator(selector).evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return { text: el.textContent ?? '', left: r.left, right: r.right, top: r.top, bottom: r.bottom };
    }),
  );
}

const overlap = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** Each launch point's name and marker, in the scenario's order (the markers' order in the page). */
async function namesAndMarkers(page: Page, scope: Locator) {
  await page.waitForTimeout(300); // a zoom's labels are placed after it ends
  const names = await boxes(scope, '.site-label');
  const markers = await boxes(scope, '.launch-marker');
  return { names, markers };
}

describe('launch point names', () => {
  it('put the name of a point left of its marker where on the right it would cover the next point', async () => {
    const { page, watch } = await openApp(browser, CLOSE);
    const map = page.locator('.range-map');
    const { names, markers } = await namesAndMarkers(page, map);
    await screenshot(page, 'launch-names-close');
    const [kyiv, kharkiv] = names;
    const [kyivMarker, kharkivMarker] = markers;
    if (!kyiv || !kharkiv || !kyivMarker || !kharkivMarker)
      throw new Error('two names and two markers expected');
    expect([kyiv.text, kharkiv.text]).toEqual(['Kyiv', 'Kharkiv']);
    expect(kyiv.right).toBeLessThanOrEqual(kyivMarker.left + 4); // left of its marker
    expect(kharkiv.left).toBeGreaterThanOrEqual(kharkivMarker.right - 4); // right of its marker
    for (const name of names) for (const marker of markers) expect(overlap(name, marker)).toBe(false);
    expect(overlap(kyiv, kharkiv)).toBe(false);
    // the ring labels keep clear of both names
    for (const label of await boxes(map, '.ring-label'))
      for (const name of names) expect(overlap(label, name), `${label.text} on ${name.text}`).toBe(false);

    // zoomed in, there is room on the right for both
    for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.waitForTimeout(600);
    const near = await namesAndMarkers(page, map);
    const [kyivNear, kyivMarkerNear] = [near.names[0], near.markers[0]];
    if (!kyivNear || !kyivMarkerNear) throw new Error('Kyiv expected');
    expect(kyivNear.left).toBeGreaterThanOrEqual(kyivMarkerNear.right - 4);
    expect(watch.errors).toEqual([]);
    await page.context().close();
  });

  it('are drawn the same way in the export preview of a social card', async () => {
    const { page, watch } = await openApp(browser, CLOSE);
    await page.getByRole('button', { name: 'Export image', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Export image' });
    await dialog.getByLabel('Size').selectOption('social');
    await page.waitForFunction(
      () => document.querySelector('.png-preview')?.getAttribute('aria-busy') === 'false',
    );
    const frame = dialog.locator('.frame-map');
    const { names, markers } = await namesAndMarkers(page, frame);
    await screenshot(page, 'launch-names-social-preview');
    expect(names.map((n) => n.text)).toEqual(['Kyiv', 'Kharkiv']);
    for (const name of names) for (const marker of markers) expect(overlap(name, marker)).toBe(false);
    expect(overlap(names[0] as Box, names[1] as Box)).toBe(false);
    expect(watch.errors).toEqual([]);
    await page.context().close();
  });
});
