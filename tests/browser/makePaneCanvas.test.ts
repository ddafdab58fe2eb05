// makePaneCanvas in a real Chromium: the canvas it makes ahead for a pane is the very canvas the pane's first
// path is then drawn on (Leaflet's Map.getRenderer with `preferCanvas`), not a second one beside it.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PageWatch, watchPage } from '../support/launchChromium';
import { pageScript } from '../support/pageScript';
import type { paneCanvasPage } from '../support/paneCanvasPage';
import { sharedChromium } from '../support/sharedChromium';

type PageApi = typeof paneCanvasPage;

let browser: Browser;
let page: Page;
let watch: PageWatch;

beforeAll(async () => {
  const code = await pageScript('tests/support/paneCanvasPage.ts');
  browser = await sharedChromium();
  page = await browser.newPage({ viewport: { width: 600, height: 400 } });
  watch = watchPage(page);
  await page.setContent('<div id="map" style="width: 400px; height: 300px"></div>');
  await page.addScriptTag({ content: code });
});

afterAll(async () => {
  await browser?.close();
});

describe('makePaneCanvas', () => {
  it("makes the pane's canvas, which its first path then draws on, the only canvas in the pane", async () => {
    const seen = await page.evaluate(async () => {
      const api = (window as unknown as { paneCanvasPage: PageApi }).paneCanvasPage;
      const map = new api.LeafletMap('map', api.MAP_OPTIONS).setView([50, 30], 5);
      const pane = api.mapPane(map, 'rings', 450);
      const made = api.makePaneCanvas(map, 'rings');
      const canvasAhead = pane.querySelector('canvas');
      const canvasesAhead = pane.querySelectorAll('canvas').length;
      // a filled square around the view's centre, in the pane, with no renderer of its own
      new api.Polygon(
        [
          [49, 29],
          [49, 31],
          [51, 31],
          [51, 29],
        ],
        { pane: 'rings', stroke: false, fillColor: '#ff0000', fillOpacity: 1 },
      ).addTo(map);
      // Leaflet's canvas draws in the next animation frame
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      const canvases = [...pane.querySelectorAll('canvas')];
      const canvas = canvases[0] as HTMLCanvasElement;
      const box = canvas.getBoundingClientRect();
      const centre = map.latLngToContainerPoint([50, 30]);
      const mapBox = map.getContainer().getBoundingClientRect();
      // the canvas's own pixel under the square's centre, as the page shows it
      const x = Math.round(((mapBox.left + centre.x - box.left) * canvas.width) / box.width);
      const y = Math.round(((mapBox.top + centre.y - box.top) * canvas.height) / box.height);
      const pixel = [...(canvas.getContext('2d')?.getImageData(x, y, 1, 1).data ?? [])];
      return {
        canvasesAhead,
        madeIsPanes:
          canvasAhead !== null && canvasAhead === (made as unknown as { _container: unknown })._container,
        canvases: canvases.length,
        drawnOnMade: canvas === canvasAhead,
        pixel,
      };
    });
    expect(seen.canvasesAhead).toBe(1);
    expect(seen.madeIsPanes).toBe(true);
    expect(seen.canvases).toBe(1);
    expect(seen.drawnOnMade).toBe(true);
    expect(seen.pixel).toEqual([255, 0, 0, 255]);
  });

  it('makes no second canvas when asked again for the same pane', async () => {
    const counts = await page.evaluate(() => {
      const api = (window as unknown as { paneCanvasPage: PageApi }).paneCanvasPage;
      const element = document.createElement('div');
      element.style.cssText = 'width: 200px; height: 150px';
      document.body.append(element);
      const map = new api.LeafletMap(element, api.MAP_OPTIONS).setView([0, 0], 3);
      const pane = api.mapPane(map, 'basemap', 200);
      const once = api.makePaneCanvas(map, 'basemap');
      const again = api.makePaneCanvas(map, 'basemap');
      return { same: once === again, canvases: pane.querySelectorAll('canvas').length };
    });
    expect(counts).toEqual({ same: true, canvases: 1 });
  });

  it('runs with no error', () => {
    expect(watch.errors).toEqual([]);
  });
});
