// Dragging a launch point among ten in a real Chromium, read from Chromium's own layer tree (DevTools'
// Layers panel): the dragged point's rings SVG is no compositing layer of its own, so the labels, names and
// markers drawn over it are not each made a layer either: they share one.
import type { Browser, CDPSession } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp } from '../support/openApp';
import { sharedChromium } from '../support/sharedChromium';

let browser: Browser;
beforeAll(async () => {
  browser = await sharedChromium();
});
afterAll(async () => {
  await browser?.close();
});

const TEN_POINTS = Array.from(
  { length: 10 },
  (_, i) => `${(46 + (i % 4) * 1.5).toFixed(2)},${(24 + i * 2.2).toFixed(2)},P${i + 1}`,
).join(';');

interface Layer {
  layerId: string;
  drawsContent: boolean;
}

/** The page's compositing layers as Chromium last reported them. */
async function watchLayers(cdp: CDPSession): Promise<() => Layer[]> {
  let layers: Layer[] = [];
  cdp.on('LayerTree.layerTreeDidChange', (e: { layers?: Layer[] }) => {
    if (e.layers) layers = e.layers;
  });
  await cdp.send('LayerTree.enable');
  return () => layers;
}

describe('compositing layers while a launch point is dragged', () => {
  it('adds no layer per label and marker over the moving rings', async () => {
    const { page, watch } = await openApp(
      browser,
      `?sites=${TEN_POINTS}&systems=tomahawk,eram,atacms&view=48,35,5`,
    );
    await expect.poll(() => page.locator('.ring-label').count()).toBeGreaterThan(10);
    const layers = await watchLayers(await page.context().newCDPSession(page));

    const p5 = page.getByRole('button', { name: /Launch point P5/ });
    const box = (await p5.boundingBox())!;
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    await page.mouse.move(x, y);
    await page.mouse.down();
    for (let i = 1; i <= 12; i++) await page.mouse.move(x + 8 * i, y - 5 * i);
    await expect.poll(() => page.locator('.leaflet-rings-pane svg path').count()).toBeGreaterThan(0);
    await page.waitForTimeout(200);
    await expect.poll(() => layers().length).toBeGreaterThan(0);
    // the page's own (the document, the side panel, the header, the two canvases of the map, a control or
    // two) and one for the moving rings with what is drawn over them; with Leaflet's will-change on the SVG,
    // 27 here: one per label, name and marker over it
    expect(layers().filter((l) => l.drawsContent).length).toBeLessThanOrEqual(10);

    await page.mouse.up();
    await expect.poll(() => page.locator('.leaflet-rings-pane svg path').count()).toBe(0);
    expect(watch.errors).toEqual([]);
    await page.context().close();
  });
});
