// Systems in a real Chromium: units everywhere, toggling, custom systems, loading a file with problems,
// the back-to-default, and the chart and map highlighting each other (the other systems' labels faded too).
import type { Browser, Locator, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIMMED_LABEL_OPACITY } from '../../src/scenario';
import { FRAME_CALLBACK_CLOCK } from '../support/frameCallbackClock';
import { colourBox, openApp, screenshot, urlParams } from '../support/openApp';
import { sharedChromium } from '../support/sharedChromium';

let browser: Browser;
beforeAll(async () => {
  browser = await sharedChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('systems and units', () => {
  it('switches every number on screen to miles and nautical miles', async () => {
    const { page } = await openApp(browser);
    const tomahawkLabel = page.locator('.ring-label', { hasText: 'Tomahawk' });
    await expect(tomahawkLabel).toHaveText('Tomahawk · 1,600 km');
    const labelBefore = await tomahawkLabel.elementHandle();
    await page.locator('.units label', { hasText: 'mi' }).first().click();
    // the AP's own miles, not 994 converted from its rounded 1,600 km
    await expect(page.locator('.legend')).toContainText('about 995 mi');
    await expect(tomahawkLabel).toHaveText('Tomahawk · 995 mi');
    // rewritten in place: the label on the map is the same element, its name still isolated in its <bdi>
    expect(
      await labelBefore?.evaluate((el) => [
        el.isConnected,
        el.textContent,
        el.querySelector('bdi')?.textContent,
      ]),
    ).toEqual([true, 'Tomahawk · 995 mi', 'Tomahawk']);
    await expect(page.locator('.compare')).toContainText('mi');
    await expect(page.locator('.in-reach summary').first()).toContainText(/mi\)/);
    expect((await urlParams(page)).units).toBe('mi');
    await page.locator('.units label', { hasText: 'nmi' }).click();
    await expect(page.locator('.legend')).toContainText('about 864 nmi');
    await screenshot(page, 'units-nmi');
  });

  it('hides a system’s rings when it is switched off', async () => {
    const { page } = await openApp(browser);
    expect((await colourBox(page, '#0072B2')).count).toBeGreaterThan(100);
    await page.getByRole('checkbox', { name: /ERAM/ }).uncheck();
    await expect.poll(async () => (await colourBox(page, '#0072B2')).count).toBe(0);
    expect((await urlParams(page)).systems).toBe('tomahawk,atacms');
  });

  it('adds a custom system with its unit, drawn and listed', async () => {
    const { page } = await openApp(browser);
    await page.getByText('Add or load systems').click();
    await page.getByLabel('Name', { exact: true }).pressSequentially('Storm Shadow');
    await page.getByLabel('Range', { exact: true }).pressSequentially('155');
    await page.getByLabel('Unit').selectOption('mi');
    await page.getByRole('button', { name: 'Add system' }).click();
    await expect(page.locator('.legend')).toContainText(/Storm Shadow\s+about 249 km/);
    await expect(page.locator('.ring-label', { hasText: 'Storm Shadow' })).toHaveText(
      'Storm Shadow · 249 km',
    );
    expect((await urlParams(page)).custom).toMatch(/^Storm Shadow:/);
  });

  it('loads a systems file: problems listed with line and field, good records drawn, launch points kept', async () => {
    const { page } = await openApp(browser, '?sites=50.45,30.52,Kyiv&systems=tomahawk');
    await page.getByText('Add or load systems').click();
    const csv = 'name,range_km,source\nTaurus,500 km,MBDA\nBroken,-5,x\nIskander-M,500,TASS\nNoRange,,y\n';
    await page
      .locator('.file-loader input[type=file]')
      .setInputFiles({ name: 'extra.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    const report = page.locator('.file-report');
    await expect(report).toContainText('extra.csv: 2 systems loaded, 2 errors');
    await expect(report).toContainText(/line 3.*range_km/);
    await expect(report).toContainText(/line 5.*range_km/);
    await expect(page.locator('.legend')).toContainText('Taurus');
    await expect(page.locator('.legend')).toContainText('Iskander-M');
    await expect(page.locator('.site-list .site-name').inputValue()).resolves.toBe('Kyiv');
    await screenshot(page, 'file-load');
    await page.getByRole('button', { name: 'Back to the default data' }).click();
    await expect(page.locator('.legend')).not.toContainText('Taurus');
    await expect(page.locator('.site-list .site-name').inputValue()).resolves.toBe('Kyiv');
  });

  it('links chart and map: hovering a bar emphasises its ring, hovering a ring its bar', async () => {
    const { page } = await openApp(browser);
    const thin = await colourBox(page, '#009E73');
    await page.locator('.compare [role=button]', { hasText: 'ATACMS' }).first().hover();
    await expect.poll(async () => (await colourBox(page, '#009E73')).count).toBeGreaterThan(thin.count * 1.5);
    await page.mouse.move(5, 5);
    // hover the ATACMS ring's interior near Kharkiv: the ATACMS bar and legend row are highlighted
    await pointAtAtacmsRing(page);
    await expect(page.locator('.compare [aria-pressed=true]')).toContainText('ATACMS');
  });

  it('highlights a system pointed at in the frame of the pointer’s move, rendered once', async () => {
    const { page } = await openApp(browser);
    // the pointer on the ATACMS ring, then straight onto ERAM's row in the list: in one move it leaves the ring
    // (no highlight) and comes onto the row (ERAM)
    await pointAtAtacmsRing(page);
    const row = (await page.locator('.system-list li', { hasText: 'ERAM' }).boundingBox())!;
    // whether a change is made in an animation frame callback, and that frame's timestamp
    await page.evaluate(FRAME_CALLBACK_CLOCK);
    await page.evaluate(() => {
      const seen = {
        over: [] as number[],
        frames: [] as number[],
        shown: [] as [number, number | null][],
        redraws: 0,
      };
      (window as unknown as { __seen: typeof seen }).__seen = seen;
      const inFrame = () => (window as unknown as { __inFrame: number | null }).__inFrame;
      const raf = window.requestAnimationFrame.bind(window);
      // every frame's timestamp
      const frame = (now: number) => {
        seen.frames.push(now);
        raf(frame);
      };
      raf(frame);
      const list = document.querySelector('.system-list') as Element;
      list.addEventListener('pointerover', () => seen.over.push(performance.now()), true);
      new MutationObserver(() => {
        if (list.querySelector('li.highlighted')) seen.shown.push([performance.now(), inFrame()]);
      }).observe(list, { subtree: true, attributes: true, attributeFilter: ['class'] });
      const proto = CanvasRenderingContext2D.prototype;
      const clear = proto.clearRect;
      proto.clearRect = function (...args) {
        if (this.canvas.closest('.leaflet-rings-pane')) seen.redraws++;
        return clear.apply(this, args);
      };
    });
    await page.mouse.move(row.x + row.width / 2, row.y + row.height / 2);
    await expect(page.locator('.system-list li.highlighted')).toContainText('ERAM');
    await page.waitForTimeout(300);
    const seen = await page.evaluate(
      () =>
        (
          window as unknown as {
            __seen: { over: number[]; frames: number[]; shown: [number, number | null][]; redraws: number };
          }
        ).__seen,
    );
    const [over] = seen.over;
    const [shown] = seen.shown;
    expect(over).toBeDefined();
    expect(shown).toBeDefined();
    const [shownAt, shownInFrame] = shown as [number, number | null];
    // made by an animation frame callback, of the frame the pointer's events came in or of the first frame
    // after them (no frame began between the events and the one that showed the highlight), not by a render
    // after that frame
    expect(shownInFrame).not.toBeNull();
    expect(shownAt).toBeGreaterThan(over as number);
    const framesBetween = seen.frames.filter((t) => t > (over as number) && t < (shownInFrame as number));
    expect(framesBetween).toEqual([]);
    // the ring's highlight taken off and ERAM's put on in one render: the rings canvas drawn once
    expect(seen.redraws).toBe(1);
    await expect(page.locator('.legend li.highlighted')).toHaveAttribute('data-system', 'eram');
  });

  it('fades the other systems’ ring labels while one is highlighted, as it fades their rings', async () => {
    const { page } = await openApp(browser);
    const label = (system: string) => page.locator(`.ring-label[data-system="${system}"]`).first();
    await expect(page.locator('.ring-label[data-system="eram"]')).toHaveCount(1);
    const before = await inkOf(label('eram'));
    await page.locator('.system-list li', { hasText: 'ATACMS' }).hover();
    await expect(page.locator('.legend li.highlighted')).toHaveAttribute('data-system', 'atacms');
    const opacity = (system: string) => label(system).evaluate((el) => getComputedStyle(el).opacity);
    expect(await opacity('atacms')).toBe('1');
    expect(await opacity('eram')).toBe(String(DIMMED_LABEL_OPACITY));
    expect(await opacity('tomahawk')).toBe(String(DIMMED_LABEL_OPACITY));
    // as a reader sees it: the ERAM label's letters are faint on the screen
    expect(await inkOf(label('eram'))).toBeLessThan(before * 0.6);
    await page.mouse.move(5, 5);
    await expect(page.locator('.legend li.highlighted')).toHaveCount(0);
    expect(await opacity('eram')).toBe('1');
    expect(await inkOf(label('eram'))).toBeGreaterThan(before * 0.9);
  });

  it('keeps a system highlighted when the pointer goes from its ring onto its own row or bar', async () => {
    const { page } = await openApp(browser);
    for (const target of [
      page.locator('.system-list li', { hasText: 'ATACMS' }),
      page.locator('.compare [role=button]', { hasText: 'ATACMS' }).first(),
    ]) {
      await target.scrollIntoViewIfNeeded(); // the chart is below the list
      await pointAtAtacmsRing(page);
      const box = (await target.boundingBox())!;
      // one move: the row's (or bar's) pointer events come before the map's mouseout off the ring
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.waitForTimeout(200);
      await expect(page.locator('.legend li.highlighted')).toHaveAttribute('data-system', 'atacms');
      await page.mouse.move(5, 5);
      await expect(page.locator('.legend li.highlighted')).toHaveCount(0);
    }
  });
});

/** Puts the pointer on the ATACMS ring's interior near the default launch point, which highlights ATACMS. */
async function pointAtAtacmsRing(page: Page): Promise<void> {
  const marker = (await page.locator('.launch-marker').boundingBox())!;
  await page.mouse.move(marker.x + marker.width / 2 + 12, marker.y + marker.height / 2 + 25);
  await expect(page.locator('.legend li.highlighted')).toHaveAttribute('data-system', 'atacms');
}

/** How much ink an element shows on the screen: the sum over its pixels of how far each is from white. */
async function inkOf(locator: Locator): Promise<number> {
  const png = PNG.sync.read(await locator.screenshot());
  let ink = 0;
  for (let i = 0; i < png.data.length; i += 4)
    ink += 255 - Math.min(png.data[i] as number, png.data[i + 1] as number, png.data[i + 2] as number);
  return ink;
}
