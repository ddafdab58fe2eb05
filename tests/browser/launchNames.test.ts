// Launch points' names in a real Chromium: two points close together on the map (Kyiv and Kharkiv at zoom 4)
// each keep their name clear of the other's marker, the first one's name going to the left; zoomed in, where
// there is room, both are on the right again. The export's preview draws them the same way, and the ring labels
// keep clear of a name on either side. In an embed, whose map fits its frame at a quarter zoom level, five
// cities close together each have a name clear of the others (one above or below its marker where both its sides
// are taken), placed at the zoom the map shows, not the nearest whole one, as the ring labels are.
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, screenshot } from '../support/openApp';
import { boxesOverlap } from '../support/screenBoxes';
import { sharedChromium } from '../support/sharedChromium';

const CLOSE = '?sites=50.45,30.5233,Kyiv;49.9935,36.2304,Kharkiv&systems=tomahawk,eram&view=49.5,34,4';
/** Five cities the embed fits at 3.75 in a 1000 × 700 frame (3.5 at 900 × 630), where zoom 4 spaced them wider. */
const FIVE_CITIES =
  'embed.html?sites=50.45,30.52,Kyiv;46.48,30.72,Odesa;49.99,36.23,Kharkiv;48.46,35.04,Dnipro;50.62,26.25,Rivne&systems=tomahawk,eram,atacms';

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

const overlap = (a: Box, b: Box) => boxesOverlap(a, b);

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
    // in the pane's order, which a name put on its other side changes
    expect(names.map((n) => n.text).sort()).toEqual(['Kharkiv', 'Kyiv']);
    for (const name of names) for (const marker of markers) expect(overlap(name, marker)).toBe(false);
    expect(overlap(names[0] as Box, names[1] as Box)).toBe(false);
    expect(watch.errors).toEqual([]);
    await page.context().close();
  });

  it('in an embed at a quarter zoom level, stand clear of one another, above or below where both sides are taken, and the ring labels clear of them', async () => {
    for (const width of [900, 1000]) {
      const { page, watch } = await openApp(browser, FIVE_CITIES, { width, height: width * 0.7 });
      const map = page.locator('.range-map');
      await page.locator('.ring-label').first().waitFor();
      const { names, markers } = await namesAndMarkers(page, map);
      expect(names.map((n) => n.text).sort()).toEqual(['Dnipro', 'Kharkiv', 'Kyiv', 'Odesa', 'Rivne']);
      // the zoom the map shows, from Kyiv's and Kharkiv's markers 5.71° of longitude apart: not a whole level
      const [kyiv, , kharkiv] = markers as [Box, Box, Box];
      const zoom = Math.log2((kharkiv.left - kyiv.left) / (((36.23 - 30.52) / 360) * 256));
      expect(Math.abs(zoom - Math.round(zoom)), `zoom ${zoom.toFixed(2)} at ${width} px`).toBeGreaterThan(
        0.2,
      );
      // each name clear of the other names, and at 1000 px of every marker (at 900 px Dnipro's, below its
      // marker, grazes Odesa's halo: no side is clear there)
      names.forEach((name, i) => {
        for (const other of names.slice(i + 1))
          expect(overlap(name, other), `${name.text} on ${other.text}`).toBe(false);
        if (width === 1000)
          for (const marker of markers) expect(overlap(name, marker), `${name.text} on a marker`).toBe(false);
      });
      // one of them (at least) above or below its marker, centred on it
      const centre = (b: Box) => (b.left + b.right) / 2;
      const stacked = (n: Box) =>
        markers.some((m) => Math.abs(centre(n) - centre(m)) < 2 && (n.bottom <= m.top || n.top >= m.bottom));
      expect(names.filter(stacked).length).toBeGreaterThan(0);
      const labels = await boxes(map, '.ring-label');
      expect(labels.length).toBeGreaterThan(5);
      for (const label of labels) {
        for (const name of names) expect(overlap(label, name), `${label.text} on ${name.text}`).toBe(false);
        for (const marker of markers) expect(overlap(label, marker), `${label.text} on a marker`).toBe(false);
      }
      await screenshot(page, `launch-names-embed-${width}`);
      expect(watch.errors).toEqual([]);
      await page.context().close();
    }
  });
});
