// Systems the user brings, in a real Chromium: ranges in the unit the source published, a file's band, type,
// note and sources kept on the map, in the legend and in the link; a chosen colour; and "Back to the default
// data", which removes only the user's own systems and can be undone.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { colourBox, openApp, screenshot, urlParams } from '../support/openApp';
import { sharedChromium } from '../support/sharedChromium';

let browser: Browser;
beforeAll(async () => {
  browser = await sharedChromium();
});
afterAll(async () => {
  await browser?.close();
});

const fixture = (name: string) => readFileSync(new URL(`../fixtures/data/user/${name}`, import.meta.url));

/** The bounding box of ring-canvas pixels near a colour, at any opacity over the basemap (bands are translucent). */
async function tintBox(page: Page, rgb: [number, number, number]) {
  return page.evaluate((want) => {
    const canvas = document.querySelector('.leaflet-rings-pane canvas') as HTMLCanvasElement;
    const { width, height } = canvas;
    const data = (canvas.getContext('2d') as CanvasRenderingContext2D).getImageData(0, 0, width, height).data;
    let minX = Number.POSITIVE_INFINITY;
    let maxX = -1;
    for (let y = 0; y < height; y++)
      for (let x = 0; x < width; x++) {
        const o = (y * width + x) * 4;
        // the band's dashes are drawn at 70 % opacity: their pixels keep most of the colour
        if ((data[o + 3] as number) < 150) continue;
        if (want.every((v, k) => Math.abs((data[o + k] as number) - v) < 60)) {
          minX = Math.min(minX, x);
          maxX = Math.max(maxX, x);
        }
      }
    return { width: maxX - minX, found: maxX >= 0 };
  }, rgb);
}

describe('systems the user brings', () => {
  it('reads the AP figures in miles everywhere a range is shown', async () => {
    const { page } = await openApp(browser);
    await page.getByRole('radio', { name: 'mi (miles)' }).check();
    for (const name of ['Tomahawk about 995 mi', 'ERAM about 285 mi', 'ATACMS about 186 mi']) {
      await expect(page.getByRole('checkbox', { name, exact: true })).toHaveCount(1);
    }
    await expect(page.locator('.ring-label', { hasText: 'Tomahawk' })).toHaveText('Tomahawk · 995 mi');
    await expect(page.locator('.ring-label', { hasText: 'ERAM' })).toHaveText('ERAM · 285 mi');
    await expect(page.locator('.ring-label', { hasText: 'ATACMS' })).toHaveText('ATACMS · 186 mi');
    await expect(page.locator('.compare')).toContainText('about 995 mi');
    await screenshot(page, 'units-as-published-mi');
  });

  it('keeps a file’s band, type, note and source; draws the band; takes a chosen colour; undoes the reset', async () => {
    const { page, watch } = await openApp(browser, '?sites=50.45,30.52,Kyiv&systems=tomahawk&title=Mine');
    await page.getByText('Add or load systems').click();
    await page.locator('.file-loader input[type=file]').setInputFiles({
      name: 'storm-shadow.csv',
      mimeType: 'text/csv',
      buffer: fixture('storm-shadow-band-semicolon.csv'),
    });
    await expect(page.locator('.file-report')).toContainText('storm-shadow.csv: 1 system loaded.');
    const row = page.locator('.system-list li', { hasText: 'Storm Shadow' });
    await expect(row).toContainText('about 250 km');
    await expect(row).toContainText('published 200 km–560 km');
    await expect(row).toContainText('MBDA');
    const custom = (await urlParams(page)).custom ?? '';
    expect(custom).toContain('min=200km');
    expect(custom).toContain('max=560km');
    expect(custom).toContain('mi=155');
    expect(custom).toContain('type=cruise missile');
    expect(custom).toContain('src=MBDA,,2024');
    // the published miles, not 155.3 converted
    await page.getByRole('radio', { name: 'mi (miles)' }).check();
    await expect(page.getByRole('checkbox', { name: 'Storm Shadow about 155 mi', exact: true })).toHaveCount(
      1,
    );
    await page.getByRole('radio', { name: 'km (kilometres)' }).check();

    // a colour of the user's choosing: the ring's pixels take it, and the link keeps it
    const picker = page.getByLabel('Colour of Storm Shadow');
    // a colour input takes no keys: its value is set as the browser's colour chooser sets it
    await picker.fill('#ff00ff');
    await expect.poll(async () => (await colourBox(page, '#FF00FF')).count).toBeGreaterThan(50);
    expect((await urlParams(page)).colors).toBe('custom-storm-shadow:ff00ff');
    // the dashed band reaches 560 km, more than twice as far as the 250 km ring
    const ring = await colourBox(page, '#FF00FF');
    const tint = await tintBox(page, [255, 0, 255]);
    expect(tint.width).toBeGreaterThan(1.8 * (ring.maxX - ring.minX));
    await screenshot(page, 'user-system-band-and-colour');

    await page.getByRole('button', { name: 'Back to the default data' }).click();
    const notice = page.locator('.notice', { hasText: 'Removed the system of your own: Storm Shadow.' });
    await expect(notice).toHaveCount(1);
    await expect(page.locator('.system-list')).not.toContainText('Storm Shadow');
    // only what was asked: the launch point, the title and the hidden data systems stay
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mine');
    expect(await urlParams(page)).toMatchObject({ sites: '50.45,30.52,Kyiv', systems: 'tomahawk' });
    await notice.getByRole('button', { name: 'Undo' }).click();
    await expect(row).toContainText('published 200 km–560 km');
    expect((await urlParams(page)).colors).toBe('custom-storm-shadow:ff00ff');
    expect(watch.errors).toEqual([]);
    await page.context().close();
  });

  it('a system typed in the form keeps its band, type and note; a band that does not hold the range is refused', async () => {
    const { page, watch } = await openApp(browser, '?sites=50.45,30.52,Kyiv&systems=tomahawk');
    await page.getByText('Add or load systems').click();
    const form = page.locator('form.custom-system');
    const field = (name: string) => form.getByRole('textbox', { name, exact: true });
    await field('Name').pressSequentially('Typed ERAM');
    await field('Range').pressSequentially('460');
    await field('Shortest range').pressSequentially('600');
    await field('Type (optional)').pressSequentially('air-launched cruise missile');
    await field('Note (optional)').pressSequentially('Extended range, as reported');
    await field('Source (optional)').pressSequentially('AP, 2025-10-16');
    await form.getByRole('button', { name: 'Add system' }).click();
    // one end of a band alone would be drawn nowhere: the missing end is asked for
    await expect(form.getByRole('alert')).toHaveText(
      'Longest range: give both ends of the band, or neither.',
    );
    expect(await field('Longest range').evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('500');
    await page.keyboard.press('Enter');
    // refused: the reason names the field and both figures, the field is marked and focused, nothing is lost
    await expect(form.getByRole('alert')).toHaveText('Shortest range (600 km) is above the range (460 km).');
    expect(await field('Shortest range').evaluate((el) => el === document.activeElement)).toBe(true);
    await expect(field('Shortest range')).toHaveAttribute('aria-invalid', 'true');
    await expect(field('Note (optional)')).toHaveValue('Extended range, as reported');
    await expect(page.locator('.system-list')).not.toContainText('Typed ERAM');
    await screenshot(page, 'typed-system-band-refused');
    // corrected key by key, in miles this time: a bound with its own unit is read in that unit
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('149 mi');
    await page.keyboard.press('Enter');
    const row = page.locator('.system-list li', { hasText: 'Typed ERAM' });
    await expect(row).toContainText('about 460 km');
    await expect(row).toContainText('published 240 km–500 km');
    await expect(form.getByRole('alert')).toHaveCount(0);
    await expect(field('Name')).toHaveValue('');
    await expect(field('Shortest range')).toHaveValue('');
    const custom = (await urlParams(page)).custom ?? '';
    expect(custom).toMatch(/^Typed ERAM:460km:AP, 2025-10-16:/);
    expect(custom).toContain(':min=149mi:'); // as typed: 149 mi, not 239.79… km
    expect(custom).toContain(':max=500km:');
    expect(custom).toContain(':type=air-launched cruise missile');
    expect(custom).toContain(':note=Extended range, as reported');
    // the same system after a reload of the link: nothing typed was only in the page
    await page.reload();
    await expect(page.locator('.system-list li', { hasText: 'Typed ERAM' })).toContainText(
      'published 240 km–500 km',
    );
    await screenshot(page, 'typed-system-band');
    expect(watch.errors).toEqual([]);
    await page.context().close();
  });

  it('tells systems apart by line pattern once the colours repeat', async () => {
    const custom = Array.from({ length: 6 }, (_, i) => `S${i + 1}:${100 + 50 * i}km`).join(';');
    const shown = ['tomahawk', 'eram', 'atacms', 'custom-s4', 'custom-s5', 'custom-s6'].join(',');
    const { page } = await openApp(browser, `?sites=50.45,30.52,Kyiv&systems=${shown}&custom=${custom}`);
    // the eighth and ninth systems have the first and second one's colour: their swatches are dotted lines
    await expect(page.locator('.system-list li').nth(7).locator('svg.swatch-line line')).toHaveAttribute(
      'stroke-dasharray',
      '2 5',
    );
    await expect(page.locator('.system-list li').nth(0).locator('svg.swatch-line')).toHaveCount(0);
    await screenshot(page, 'nine-systems-patterns');
  });
});
