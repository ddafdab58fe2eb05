// The distance map drawn by d3 with the ellipsoidal projection, rasterised by Chromium: a page of SVG made
// here (basemap, distance scale, rings) from Kharkiv. Rings from the centre must come out as circles of their
// true radius, out to a 19,000 km ring near the rim.
import { geoPath } from 'd3';
import type { Polygon } from 'geojson';
import type { Browser } from 'playwright-core';
import { PNG } from 'pngjs';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import countries from 'world-atlas/countries-110m.json';
import { HALF_MERIDIAN_M, type LonLat } from '../../src/geo';
import { distanceGraticule } from '../../src/views/distanceGraticule';
import { distanceProjection } from '../../src/views/distanceProjection';
import { sphereRingVertices } from '../../src/views/sphereRing';
import { screenshot } from '../support/openApp';
import { sharedChromium } from '../support/sharedChromium';

const SIZE = 800;
const KHARKIV: LonLat = [36.2304, 49.9935];
const KALININGRAD: LonLat = [20.51, 54.71];
const RINGS: { km: number; colour: [number, number, number] }[] = [
  { km: 1600, colour: [230, 0, 0] },
  { km: 8000, colour: [0, 170, 0] },
  { km: 19_000, colour: [0, 0, 230] },
];

let browser: Browser;
beforeAll(async () => {
  browser = await sharedChromium();
});
afterAll(async () => {
  await browser?.close();
});

// The continuous traced ring (as the views draw it), not the map's ring split at ±180° and closed along a pole.
function ringArea(centre: LonLat, rangeKm: number): Polygon {
  const ring = sphereRingVertices(centre, rangeKm * 1000, 720);
  if (!Array.isArray(ring)) throw new Error(`no ring of ${rangeKm} km`);
  return { type: 'Polygon', coordinates: [ring] };
}

function distanceMapSvg() {
  const projection = distanceProjection(KHARKIV).fitExtent(
    [
      [10, 10],
      [SIZE - 10, SIZE - 10],
    ],
    { type: 'Sphere' },
  );
  const path = geoPath(projection);
  const topology = countries as unknown as Topology<{ countries: GeometryCollection }>;
  const land = path(feature(topology, topology.objects.countries)) ?? '';
  const scale = distanceGraticule(KHARKIV, { reachM: HALF_MERIDIAN_M, unit: 'km', spokeEveryDeg: 45 });
  const circles = [...scale.circles.map((c) => c.line), ...scale.spokes.map((s) => s.line)]
    .map((line) => `<path d="${path(line)}" fill="none" stroke="#8a8a8a" stroke-width="0.8"/>`)
    .join('');
  const labels = scale.circles
    .map((c) => {
      const [x, y] = projection(c.labelAt) as [number, number];
      return `<text x="${x + 3}" y="${y - 3}" font-size="12" fill="#333">${c.label}</text>`;
    })
    .join('');
  const rings = RINGS.map(
    (r) =>
      `<path d="${path(ringArea(KHARKIV, r.km))}" fill="none" stroke="rgb(${r.colour.join(',')})" stroke-width="2"/>`,
  ).join('');
  const other = `<path d="${path(ringArea(KALININGRAD, 3000))}" fill="none" stroke="rgb(230,140,0)" stroke-width="2"/>`;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${SIZE}" height="${SIZE}">
<rect width="${SIZE}" height="${SIZE}" fill="#fff"/>
<path d="${path({ type: 'Sphere' })}" fill="#dcebf5" stroke="#333"/>
<path d="${land}" fill="#eee9dc" stroke="#b9b09a" stroke-width="0.5"/>
${circles}${labels}${rings}${other}</svg>`;
  return { svg, projection };
}

describe('the distance map drawn in Chromium', () => {
  it('draws rings from the centre as circles of their true radius, out to 19,000 km near the rim', async () => {
    const { svg, projection } = distanceMapSvg();
    const page = await browser.newPage({ viewport: { width: SIZE, height: SIZE } });
    await page.setContent(`<body style="margin:0">${svg}</body>`);
    await screenshot(page, 'distance-map-drawing');
    const png = PNG.sync.read(await page.screenshot());
    await page.close();
    const [cx, cy] = projection(KHARKIV) as [number, number];
    const pixel = (x: number, y: number) => {
      const o = (Math.round(y) * png.width + Math.round(x)) * 4;
      return [png.data[o], png.data[o + 1], png.data[o + 2]] as number[];
    };
    for (const ring of RINGS) {
      const expectedPx = ring.km * 1000 * projection.pixelsPerMetre();
      // Along each of 24 directions, the middle of the ring's stroke: where its colour is.
      for (let k = 0; k < 24; k++) {
        const angle = (k * Math.PI) / 12;
        const hits: number[] = [];
        for (let r = expectedPx - 6; r <= expectedPx + 6; r += 0.1) {
          const [red = 0, green = 0, blue = 0] = pixel(cx + r * Math.sin(angle), cy - r * Math.cos(angle));
          const [wr, wg, wb] = ring.colour;
          if (Math.abs(red - wr) < 40 && Math.abs(green - wg) < 40 && Math.abs(blue - wb) < 40) hits.push(r);
        }
        expect(hits.length, `${ring.km} km at ${k * 15}°`).toBeGreaterThan(0);
        const middle = ((hits[0] as number) + (hits.at(-1) as number)) / 2;
        expect(Math.abs(middle - expectedPx), `${ring.km} km at ${k * 15}°`).toBeLessThan(1.5);
      }
    }
  });
});
