// firstCenterZoom and webMercatorPixels against Leaflet itself in a real Chromium: for links with and without a
// view, launch points anywhere (round a pole, across 180°), ranges up to 20,000 km, marked places, a fit just
// short of a zoom level (which Leaflet rounds up) and maps from a phone's to a wide screen's, Leaflet's map given firstView (fitBounds or setView, as RangeMap gives it) stands at
// the very centre, zoom and pixel origin the first picture is drawn at, draws the same world copies, and
// projects every point to the same pixel, number for number.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LonLat } from '../../src/geo';
import type { MapView, Mark } from '../../src/scenario';
import type { firstViewPage } from '../support/firstViewPage';
import { type PageWatch, watchPage } from '../support/launchChromium';
import { pageScript } from '../support/pageScript';
import { sharedChromium } from '../support/sharedChromium';

type PageApi = typeof firstViewPage;

interface Case {
  view: MapView | null;
  centers: LonLat[];
  maxRangeM: number;
  marks: Mark[];
  size: { x: number; y: number };
}

let browser: Browser;
let page: Page;
let watch: PageWatch;

beforeAll(async () => {
  const code = await pageScript('tests/support/firstViewPage.ts');
  browser = await sharedChromium();
  page = await browser.newPage({ viewport: { width: 1700, height: 1100 } });
  watch = watchPage(page);
  await page.setContent('<div id="maps"></div>');
  await page.addScriptTag({ content: code });
});

afterAll(async () => {
  await browser?.close();
});

/** A small seeded generator (mulberry32), so every run tries the same cases. */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function cases(): Case[] {
  const random = seeded(14);
  const between = (a: number, b: number) => a + (b - a) * random();
  const size = () => ({ x: Math.round(between(300, 1600)), y: Math.round(between(280, 1000)) });
  const made: Case[] = [
    // the default map, a phone, a launch point alone, one near 180°, one round the pole, the world round both
    { view: null, centers: [[36.23, 49.99]], maxRangeM: 1_600_000, marks: [], size: { x: 920, y: 724 } },
    { view: null, centers: [[36.23, 49.99]], maxRangeM: 1_600_000, marks: [], size: { x: 390, y: 420 } },
    { view: null, centers: [[36.23, 49.99]], maxRangeM: 0, marks: [], size: { x: 920, y: 724 } },
    { view: null, centers: [[179.5, -17]], maxRangeM: 2_500_000, marks: [], size: { x: 800, y: 600 } },
    { view: null, centers: [[20, 80]], maxRangeM: 3_000_000, marks: [], size: { x: 800, y: 600 } },
    { view: null, centers: [[20, 10]], maxRangeM: 20_000_000, marks: [], size: { x: 800, y: 600 } },
    {
      view: null,
      centers: [],
      maxRangeM: 300_000,
      marks: [{ id: 'm1', label: 'Moscow', lonLat: [37.62, 55.76] }],
      size: { x: 700, y: 500 },
    },
    { view: null, centers: [], maxRangeM: 0, marks: [], size: { x: 700, y: 500 } },
    {
      view: { center: [30.5, 50.4], zoom: 6 },
      centers: [[36.23, 49.99]],
      maxRangeM: 1e6,
      marks: [],
      size: { x: 1024, y: 700 },
    },
    // a fit 0.4 % short of zoom 3 (2.996), which Leaflet rounds up to it rather than down to 2
    {
      view: null,
      centers: [],
      maxRangeM: 0,
      marks: [
        { id: 'w', label: 'West', lonLat: [-70, 10] },
        { id: 'e', label: 'East', lonLat: [71.015, 10] },
      ],
      size: { x: 848, y: 600 },
    },
    // zooms past the map's limits, and between its levels, as a hand-written link may hold them
    {
      view: { center: [-70, -33], zoom: 15 },
      centers: [],
      maxRangeM: 0,
      marks: [],
      size: { x: 640, y: 480 },
    },
    { view: { center: [140, 36], zoom: 0 }, centers: [], maxRangeM: 0, marks: [], size: { x: 640, y: 480 } },
    {
      view: { center: [2.35, 48.85], zoom: 4.6 },
      centers: [],
      maxRangeM: 0,
      marks: [],
      size: { x: 641, y: 479 },
    },
  ];
  for (let i = 0; i < 60; i++) {
    const centers = Array.from(
      { length: 1 + Math.floor(random() * 3) },
      (): LonLat => [between(-180, 180), between(-84, 84)],
    );
    const marks: Mark[] =
      random() < 0.3
        ? [{ id: `m${i}`, label: 'A place', lonLat: [between(-180, 180), between(-80, 80)] }]
        : [];
    made.push({
      view: null,
      centers,
      maxRangeM: random() < 0.8 ? between(50_000, 20_000_000) : 0,
      marks,
      size: size(),
    });
  }
  return made;
}

describe('firstCenterZoom', () => {
  it("stands where Leaflet's map given firstView stands, at the same pixels and world copies", async () => {
    const all = cases();
    const results = await page.evaluate((all: Case[]) => {
      const api = (window as unknown as { firstViewPage: PageApi }).firstViewPage;
      const holder = document.getElementById('maps') as HTMLElement;
      return all.map((c) => {
        const element = document.createElement('div');
        element.style.width = `${c.size.x}px`;
        element.style.height = `${c.size.y}px`;
        holder.replaceChildren(element);
        const map = new api.LeafletMap(element, api.MAP_OPTIONS);
        const start = api.firstView(c.view, c.centers, c.maxRangeM, c.marks);
        if ('center' in start) map.setView(start.center, start.zoom);
        else map.fitBounds(start.bounds, start.boundsOptions);
        const ours = api.firstCenterZoom(c.view, c.centers, c.maxRangeM, c.marks, c.size);
        const leafletCenter = map.getCenter();
        const origin = map.getPixelOrigin();
        const zoom = map.getZoom();
        // points over the whole world, projected by the map and by webMercatorPixels
        const projected: [number, number, number, number][] = [];
        for (let lat = -89; lat <= 89; lat += 17.8)
          for (let lng = -540; lng <= 540; lng += 43.7) {
            const p = map.project([lat, lng], zoom);
            const q = api.toWorldPixel(lat, lng, zoom);
            projected.push([p.x, p.y, q.x, q.y]);
          }
        const ourOrigin = api.viewPixelOrigin(ours.center, ours.zoom, c.size);
        const result = {
          leaflet: { center: [leafletCenter.lat, leafletCenter.lng], zoom, origin: [origin.x, origin.y] },
          ours: { center: ours.center, zoom: ours.zoom, origin: [ourOrigin.x, ourOrigin.y] },
          copies: api.copiesNeeded(map.getBounds()),
          leafletCopies: (() => {
            const padded = map.getBounds().pad(0.5);
            return [0, ...(padded.getWest() < -180 ? [-1] : []), ...(padded.getEast() > 180 ? [1] : [])];
          })(),
          projected,
        };
        map.remove();
        return result;
      });
    }, all);
    expect(results).toHaveLength(all.length);
    let fitted = 0;
    for (const [i, r] of results.entries()) {
      const what = `case ${i}: ${JSON.stringify(all[i])}`;
      expect(r.ours, what).toEqual(r.leaflet);
      expect(r.copies, what).toEqual(r.leafletCopies);
      for (const [px, py, qx, qy] of r.projected) {
        expect(qx, what).toBe(px);
        expect(qy, what).toBe(py);
      }
      if (all[i]?.view === null) fitted++;
    }
    // the fit just short of a level took that level
    expect(results[all.findIndex((c) => c.marks[0]?.id === 'w')]?.leaflet.zoom).toBe(3);
    // most cases are fits, over zooms from the world's to the closest a fit allows
    expect(fitted).toBeGreaterThan(60);
    expect(new Set(results.map((r) => r.leaflet.zoom)).size).toBeGreaterThan(5);
    expect(watch.errors).toEqual([]);
  });
});
