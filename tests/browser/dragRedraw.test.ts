// Dragging one of several launch points in a real Chromium: its rings and labels follow the pointer, drawn
// alone (the other points' rings are not redrawn move by move), and the panel and the link take the new
// place when the point is dropped; among ten points, the others' rings and labels stay drawn where they were.
import type { Browser, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { colourBox, openApp, screenshot, urlParams } from '../support/openApp';
import { colourBounds } from '../support/pngPixels';
import { sharedChromium } from '../support/sharedChromium';

let browser: Browser;
beforeAll(async () => {
  browser = await sharedChromium();
});
afterAll(async () => {
  await browser?.close();
});

const THREE_POINTS =
  '?sites=50.45,30.52,Kyiv;49.99,36.23,Kharkiv;46.48,30.72,Odesa&systems=atacms&view=48.5,33,6';

/** Counts, from now on, how often the rings pane's canvas is cleared to be drawn again. */
async function countCanvasRedraws(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const w = window as unknown as { __ringRedraws: number };
    w.__ringRedraws = 0;
    const canvas = document.querySelector('.leaflet-rings-pane canvas') as HTMLCanvasElement;
    const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
    const clear = ctx.clearRect.bind(ctx);
    ctx.clearRect = (...args: Parameters<CanvasRenderingContext2D['clearRect']>) => {
      w.__ringRedraws++;
      clear(...args);
    };
  });
  return () => page.evaluate(() => (window as unknown as { __ringRedraws: number }).__ringRedraws);
}

/** The ATACMS ring label above a point (at the top of its ring) nearest it from side to side. */
/** Centre and width of the pixels of a colour on the map as the screen shows it. */
async function onScreen(page: Page, hex: string) {
  const png = PNG.sync.read(await page.locator('.range-map').screenshot());
  const box = colourBounds(png, hex, { top: 0, bottom: png.height - 1 });
  return { x: box.minX + box.width / 2, y: box.minY + box.height / 2, width: box.width };
}

async function nearestLabel(page: Page, x: number, y: number) {
  const boxes = await page.locator('.ring-label', { hasText: 'ATACMS' }).evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    }),
  );
  return boxes.filter((b) => b.y < y).sort((a, b) => Math.abs(a.x - x) - Math.abs(b.x - x))[0] as {
    x: number;
    y: number;
  };
}

describe('dragging one of several launch points', () => {
  it('redraws only its rings while it moves, and the panel and the link take the new place on the drop', async () => {
    const { page, watch } = await openApp(browser, THREE_POINTS);
    await expect.poll(() => page.locator('.ring-label').count()).toBe(3);
    const kharkiv = page.getByRole('button', { name: /Launch point Kharkiv/ });
    const box = (await kharkiv.boundingBox())!;
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    const labelBefore = await nearestLabel(page, x, y);
    const coordsBefore = await page.locator('.site-list li').nth(1).locator('.coords').textContent();
    const before = await colourBox(page, '#009E73');

    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x - 5, y, { steps: 1 }); // the drag starts: Kharkiv's ring leaves the shared canvas
    await page.waitForTimeout(100);
    const redraws = await countCanvasRedraws(page);
    for (let i = 2; i <= 13; i++) await page.mouse.move(x - 10 * i, y + 2 * i);
    // the moved ring is drawn by the pane's own SVG, at once: the pointer went 130 px left, 26 px down
    const moved = page.locator('.leaflet-rings-pane svg path');
    await expect.poll(() => moved.count()).toBeGreaterThan(0);
    const ring = await moved.evaluateAll((paths) => {
      const boxes = paths.map((p) => p.getBoundingClientRect());
      const left = Math.min(...boxes.map((b) => b.left));
      const right = Math.max(...boxes.map((b) => b.right));
      const top = Math.min(...boxes.map((b) => b.top));
      const bottom = Math.max(...boxes.map((b) => b.bottom));
      return { x: (left + right) / 2, y: (top + bottom) / 2, width: right - left };
    });
    expect(Math.abs(ring.x - (x - 130))).toBeLessThan(6);
    expect(Math.abs(ring.y - (y + 26))).toBeLessThan(15);
    expect(ring.width).toBeGreaterThan(100); // 600 km across: the ring, not a speck
    const labelDuring = await nearestLabel(page, x - 130, y + 26);
    expect(labelDuring.x - labelBefore.x).toBeGreaterThan(-140);
    expect(labelDuring.x - labelBefore.x).toBeLessThan(-120);
    await screenshot(page, 'drag-one-of-three');
    // the panel still says where the point was; the other points' rings were not drawn again move by move
    await expect(page.locator('.site-list li').nth(1).locator('.coords')).toHaveText(coordsBefore ?? '');
    expect(await redraws()).toBe(0);

    await page.mouse.up();
    await expect.poll(() => moved.count()).toBe(0); // back on the shared canvas
    await expect(page.locator('.site-list li').nth(1).locator('.coords')).not.toHaveText(coordsBefore ?? '');
    const sites = (await urlParams(page)).sites?.split(';') ?? [];
    expect(sites).toHaveLength(3);
    const [lat, lon] = (sites[1] as string).split(',').map(Number);
    expect(lon).toBeLessThan(36.23 - 1); // about 130 px west at zoom 6, some 2° of longitude
    expect(lat).toBeLessThan(49.99);
    // the rings as the map opened from its new link draws them, stacked alike
    const after = await colourBox(page, '#009E73');
    expect(after.count).toBeGreaterThan(before.count / 2);
    const query = await page.evaluate(() => window.location.search);
    const reopened = await openApp(browser, query);
    await expect.poll(() => reopened.page.locator('.ring-label').count()).toBe(3);
    expect(await colourBox(reopened.page, '#009E73')).toEqual(after);
    expect(watch.errors).toEqual([]);
  });

  it("keeps the other points' rings and labels where they were while one of ten moves, and takes the drop as one step", async () => {
    const tenPoints = Array.from({ length: 10 }, (_, i) => {
      const lat = 44 + Math.floor(i / 5) * 2 + (i % 2) * 0.7;
      return `${lat.toFixed(2)},${(22 + (i % 5) * 4.8).toFixed(2)},P${i + 1}`;
    }).join(';');
    const { page, watch } = await openApp(browser, `?sites=${tenPoints}&systems=eram,atacms&view=46,32,5`);
    await expect.poll(() => page.locator('.ring-label').count()).toBeGreaterThan(10);
    await page.waitForTimeout(300); // the labels placed, the link written
    const linkBefore = (await urlParams(page)).sites;
    const labelsAt = () =>
      page.locator('.ring-label').evaluateAll((els) =>
        els.map((el) => {
          const r = el.getBoundingClientRect();
          return `${el.textContent} @ ${Math.round(r.left)},${Math.round(r.top)}`;
        }),
      );
    const labelsBefore = await labelsAt();
    const p7 = page.getByRole('button', { name: /Launch point P7/ });
    const box = (await p7.boundingBox())!;
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    const coords = page.locator('.site-list li').nth(6).locator('.coords');
    const coordsBefore = await coords.textContent();

    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x + 5, y, { steps: 1 });
    await page.waitForTimeout(100);
    const redraws = await countCanvasRedraws(page);
    for (let i = 2; i <= 12; i++) await page.mouse.move(x + 8 * i, y - 6 * i);
    // every label of the nine points that stay is where it was (the moved point had at most two)
    const labelsDuring = await labelsAt();
    const kept = labelsBefore.filter((label) => labelsDuring.includes(label));
    expect(kept.length).toBeGreaterThanOrEqual(labelsBefore.length - 2);
    // their rings are still drawn on the shared canvas, which was not drawn again; the moved point's on its own
    expect(await redraws()).toBe(0);
    const drawn = await page.evaluate(() => {
      const canvas = document.querySelector('.leaflet-rings-pane canvas') as HTMLCanvasElement;
      const data = (canvas.getContext('2d') as CanvasRenderingContext2D).getImageData(
        0,
        0,
        canvas.width,
        canvas.height,
      ).data;
      let n = 0;
      for (let i = 3; i < data.length; i += 4) if ((data[i] as number) > 0) n++;
      return n / (canvas.width * canvas.height);
    });
    expect(drawn).toBeGreaterThan(0.1);
    await expect.poll(() => page.locator('.leaflet-rings-pane svg path').count()).toBeGreaterThan(0);
    await screenshot(page, 'drag-one-of-ten');
    // the panel and the link still say where the point was
    await expect(coords).toHaveText(coordsBefore ?? '');
    expect((await urlParams(page)).sites).toBe(linkBefore);

    await page.mouse.up();
    await expect(coords).not.toHaveText(coordsBefore ?? '');
    const after = (await urlParams(page)).sites?.split(';') ?? [];
    const before = linkBefore?.split(';') ?? [];
    expect(after.filter((site, i) => site !== before[i])).toHaveLength(1);
    expect(after[6]).not.toBe(before[6]);
    await expect.poll(() => page.locator('.leaflet-rings-pane svg path').count()).toBe(0);
    expect((await labelsAt()).length).toBeGreaterThan(10);
    // twelve moves, one step back
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await urlParams(page)).sites).toBe(linkBefore);
    await expect(coords).toHaveText(coordsBefore ?? '');
    expect(watch.errors).toEqual([]);
    await page.context().close();
  });

  it("draws the moving point's rings as they are drawn at rest: a path per ring and band, filled and outlined alike", async () => {
    const { page, watch } = await openApp(browser, '?sites=48.5,33,Alone&view=48.5,33,5');
    await expect.poll(() => page.locator('.ring-label').count()).toBe(3);
    const box = (await page.getByRole('button', { name: /Launch point Alone/ }).boundingBox())!;
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    await page.mouse.move(x, y);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) await page.mouse.move(x - 6 * i, y + 2 * i);
    const paths = page.locator('.leaflet-rings-pane svg path');
    // Tomahawk, ERAM and ATACMS, and the published bands of ERAM and ATACMS: each fill and its outline the same
    // line, one path (ten paths before)
    await expect.poll(() => paths.count()).toBe(5);
    const looks = await paths.evaluateAll((els) =>
      els.map((el) => ({
        band: el.classList.contains('ring-band'),
        fill: el.getAttribute('fill'),
        stroke: el.getAttribute('stroke'),
        fillOpacity: el.getAttribute('fill-opacity'),
        width: el.getAttribute('stroke-width'),
        dash: el.getAttribute('stroke-dasharray'),
        rule: el.getAttribute('fill-rule'),
      })),
    );
    for (const look of looks) {
      expect(look.fill).not.toBe('none');
      expect(look.stroke).toBe(look.fill); // the system's colour, filled and stroked
    }
    expect(looks.filter((l) => !l.band).map((l) => [l.fillOpacity, l.width])).toEqual([
      ['0.07', '2'],
      ['0.07', '2'],
      ['0.07', '2'],
    ]);
    const band = { fillOpacity: '0.06', width: '1', dash: '4 4', rule: 'evenodd' };
    expect(looks.filter((l) => l.band)).toMatchObject([band, band]);
    // what the screen shows of them is what the canvas shows once the point is dropped there: fills stacked alike
    const held = PNG.sync.read(await page.locator('.range-map').screenshot());
    await page.mouse.up();
    await expect.poll(() => paths.count()).toBe(0);
    await page.waitForTimeout(300);
    const dropped = PNG.sync.read(await page.locator('.range-map').screenshot());
    const mapBox = (await page.locator('.range-map').boundingBox())!;
    const mean = (png: PNG, cx: number, cy: number) => {
      const sum = [0, 0, 0];
      for (let yy = cy - 8; yy < cy + 8; yy++)
        for (let xx = cx - 8; xx < cx + 8; xx++)
          for (let c = 0; c < 3; c++)
            sum[c] = (sum[c] as number) + (png.data[(yy * png.width + xx) * 4 + c] as number);
      return sum.map((s) => s / 256);
    };
    const at = { x: Math.round(x - 60 - mapBox.x), y: Math.round(y + 20 - mapBox.y) };
    // inside all three rings, below the point; and between ERAM's band and Tomahawk's ring, to the east
    for (const [dx, dy] of [
      [-40, 40],
      [0, -60],
      [150, 60],
    ] as const) {
      const a = mean(held, at.x + dx, at.y + dy);
      const b = mean(dropped, at.x + dx, at.y + dy);
      for (let c = 0; c < 3; c++) expect(Math.abs((a[c] as number) - (b[c] as number))).toBeLessThan(3);
    }
    expect(watch.errors).toEqual([]);
    await page.context().close();
  });

  it("keeps the larger ring under the smaller when its fill and outline part as it is dragged past the map's edge", async () => {
    // at 80°N the 300 km ring is a disk (one path); dragged to about 83°N it reaches past 85°, where the map ends,
    // and its fill and outline are drawn apart (two paths), made mid-drag
    const { page, watch } = await openApp(
      browser,
      '?sites=80,20,North&custom=Big:300km;Small:100km&systems=custom-big,custom-small&view=80,20,3',
    );
    await expect.poll(() => page.locator('.ring-label').count()).toBe(2);
    const box = (await page.getByRole('button', { name: /Launch point North/ }).boundingBox())!;
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x, y - 10);
    const paths = page.locator('.leaflet-rings-pane svg path');
    await expect.poll(() => paths.count()).toBe(2);
    for (let i = 1; i <= 13; i++) await page.mouse.move(x, y - 10 - 10 * i);
    await expect.poll(() => paths.count()).toBe(3);
    // bottom to top: the large ring's two paths, then the small ring's
    const widths = await paths.evaluateAll((els) =>
      els.map((el) => Math.round(el.getBoundingClientRect().width)),
    );
    expect(widths[0]).toBeGreaterThan(widths[2] as number);
    expect(widths[1]).toBeGreaterThan(widths[2] as number);
    await page.mouse.up();
    expect(watch.errors).toEqual([]);
    await page.context().close();
  });

  it('leaves the shared canvas out of the frames while the only point moves, and shows its rings on it again on the drop', async () => {
    const { page, watch } = await openApp(browser, '?sites=48.5,33,Alone&systems=atacms&view=48.5,33,6');
    const canvasOpacity = () =>
      page.locator('.leaflet-rings-pane > canvas').evaluate((c) => (c as HTMLElement).style.opacity);
    expect(await canvasOpacity()).toBe('');
    const before = await onScreen(page, '#009E73');
    expect(before.width).toBeGreaterThan(100); // 600 km across at zoom 6
    const box = (await page.getByRole('button', { name: /Launch point Alone/ }).boundingBox())!;
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;

    await page.mouse.move(x, y);
    await page.mouse.down();
    for (let i = 1; i <= 13; i++) await page.mouse.move(x - 10 * i, y + 2 * i);
    // its rings are the SVG's now, and the canvas has nothing to show: it is transparent, so the compositor
    // has no layer of it to update at each move
    await expect.poll(() => page.locator('.leaflet-rings-pane svg path').count()).toBeGreaterThan(0);
    await expect.poll(canvasOpacity).toBe('0');
    const during = await onScreen(page, '#009E73');
    // one ring on the screen, where the point is: none left behind where it was
    expect(Math.abs(during.x - (before.x - 130))).toBeLessThan(6);
    expect(Math.abs(during.width - before.width)).toBeLessThan(8);

    await page.mouse.up();
    await expect.poll(() => page.locator('.leaflet-rings-pane svg path').count()).toBe(0);
    await expect.poll(canvasOpacity).toBe('');
    // the canvas shows the ring where it was dropped
    const dropped = await onScreen(page, '#009E73');
    expect(Math.abs(dropped.x - during.x)).toBeLessThan(3);
    expect(Math.abs(dropped.y - during.y)).toBeLessThan(3);
    expect(Math.abs(dropped.width - during.width)).toBeLessThan(3);
    expect(watch.errors).toEqual([]);
    await page.context().close();
  });
});
