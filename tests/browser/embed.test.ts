// Embed mode in a real Chromium: the example scrollytelling page drives the map through postMessage, the
// map reports ready, changes and its height and ignores malformed messages; the compact layout; the Embed
// dialog's snippet (embedOrigins: foreign host pages and launch areas).
import type { Frame } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  mapFrame,
  mapTypes,
  type OpenedHost,
  scrollToStep,
  useEmbedHost,
  waitForMessage,
} from '../support/embedHost';
import { screenshot } from '../support/openApp';
import { withClipboard } from '../support/withClipboard';

const APP_URL = inject('appUrl');
const APP_ORIGIN = new URL(APP_URL).origin;
const START = '?embed=1&sites=49.9935,36.2304,Kharkiv&systems=atacms';
const embedHost = useEmbedHost();

describe('the example scrollytelling page', () => {
  let host: OpenedHost;
  let frame: Frame;
  beforeAll(async () => {
    host = await embedHost.open(`${APP_URL}embed-example.html`);
    frame = await mapFrame(host.page);
  });
  afterAll(async () => {
    await host.context.close();
  });

  it('gets ready with the scenario of its link, from the map origin only', async () => {
    const ready = await waitForMessage(host.page, 'range-rings:ready');
    expect(ready.origin).toBe(APP_ORIGIN);
    expect(ready.data).toMatchObject({
      version: 1,
      scenario: { systemIds: ['atacms'], sites: [{ label: 'Kharkiv', lonLat: [36.2304, 49.9935] }] },
    });
    await expect(host.page.locator('#log li[data-type="ready"]')).toContainText('atacms from Kharkiv (km)');
  });

  it('sizes the iframe to the height the map reports, in the plain and the pym.js format', async () => {
    const message = await waitForMessage(host.page, 'range-rings:height');
    const height = (message.data as { height: number }).height;
    // the map is wider than tall but never under 360 px, plus the compact title
    const width = await host.page.locator('#map').evaluate((el) => el.clientWidth);
    expect(height).toBeGreaterThan(Math.min(640, Math.max(360, width * 0.625)));
    expect(height).toBeLessThan(Math.min(640, Math.max(360, width * 0.625)) + 80);
    await expect(host.page.locator('#map')).toHaveAttribute('style', `height: ${height}px;`);
    const box = await host.page.locator('#map').boundingBox();
    expect(box?.height).toBe(height);
    const pym = await host.page.evaluate(() =>
      window.received.filter((m) => typeof m.data === 'string').map((m) => m.data),
    );
    expect(pym).toContain(`pymxPYMxxPYMxheightxPYMx${height}`);
    // the map's page fills its iframe, so it reports the same height again only when its width changes
    expect(await frame.evaluate(() => document.documentElement.scrollHeight)).toBe(height);
  });

  it('shows the compact embed layout: title, legend on the map, no panel', async () => {
    await expect(frame.locator('.app.embed h1')).toHaveText('How far they reach');
    await expect(frame.locator('.embed-legend')).toHaveText(
      'ATACMS about 300 km (published 165 km–300 km) dashed: published range band',
    );
    await expect(frame.locator('.side-panel')).toHaveCount(0);
    await expect(frame.getByRole('button', { name: /Hide panel|Embed/ })).toHaveCount(0);
    await screenshot(host.page, 'embed-example-step-1');
  });

  it('changes the map as each step scrolls into view', async () => {
    await scrollToStep(host.page, 2);
    const second = await waitForMessage(host.page, 'range-rings:change', { systemIds: ['eram', 'atacms'] });
    expect(second.data).toMatchObject({
      problems: [],
      scenario: { sites: [{ label: 'Kharkiv' }], view: null },
    });
    await expect(frame.locator('.embed-legend')).toContainText('ERAM about 460 km');
    await expect(host.page.locator('#log li[data-type="change"]').last()).toContainText(
      'eram, atacms from Kharkiv',
    );

    await scrollToStep(host.page, 3);
    await waitForMessage(host.page, 'range-rings:change', {
      systemIds: ['tomahawk'],
      sites: [{ label: 'Kyiv', lonLat: [30.5234, 50.45] }],
      view: { center: [33, 52], zoom: 3 },
    });
    await expect(frame.locator('.embed-legend')).toHaveText('Tomahawk about 1,600 km');
    await expect
      .poll(() => frame.evaluate(() => new URLSearchParams(window.location.search).get('systems')))
      .toBe('tomahawk');
    // the view flies there smoothly (0.8 s)
    await host.page.waitForTimeout(1200);
    await screenshot(host.page, 'embed-example-step-3');

    await scrollToStep(host.page, 4);
    await waitForMessage(host.page, 'range-rings:change', { units: 'mi' });
    await expect(frame.locator('.embed-legend')).toHaveText('Tomahawk about 995 mi');
    // the map writes its URL once a change settles
    await expect
      .poll(() => frame.evaluate(() => Object.fromEntries(new URLSearchParams(window.location.search))))
      .toMatchObject({ units: 'mi', systems: 'tomahawk', view: '52,33,3' });
    expect(await frame.evaluate(() => window.location.pathname)).toMatch(/\/embed\.html$/);
  });

  it('answers range-rings:get with its scenario', async () => {
    await host.page.evaluate((origin) => {
      (document.getElementById('map') as HTMLIFrameElement).contentWindow?.postMessage(
        { type: 'range-rings:get' },
        origin,
      );
    }, APP_ORIGIN);
    const answer = await waitForMessage(host.page, 'range-rings:scenario', { units: 'mi' });
    expect(answer.data).toMatchObject({ version: 1, scenario: { systemIds: ['tomahawk'] } });
  });

  it('warns about malformed messages, changes nothing and throws nothing', async () => {
    const before = (await mapTypes(host.page)).length;
    const warningsBefore = host.warnings.length;
    const sent = await host.page.evaluate((origin) => {
      const map = (document.getElementById('map') as HTMLIFrameElement).contentWindow as Window;
      const messages: unknown[] = [
        null,
        'hello',
        42,
        [1, 2],
        { type: 7 },
        { type: 'range-rings:nope' },
        { type: 'range-rings:set', scenario: 'sites=50,30' },
        { type: 'range-rings:patch', patch: null },
        { type: 'range-rings:set', scenario: { sites: new Array(100_000).fill({ lonLat: [30, 50] }) } },
        { type: 'range-rings:patch', patch: { title: 'x'.repeat(50_000) } },
        JSON.parse('{"type":"range-rings:patch","patch":{"__proto__":{"polluted":true},"units":"nmi"}}'),
        { type: 'range-rings:patch', patch: { constructor: { prototype: { polluted: true } } } },
      ];
      for (const message of messages) map.postMessage(message, origin);
      return messages.length;
    }, APP_ORIGIN);
    await expect.poll(() => host.warnings.length - warningsBefore).toBe(sent);
    expect(
      host.warnings.slice(warningsBefore).every((w) => w.startsWith('Range Rings: message ignored — ')),
    ).toBe(true);
    expect(host.warnings.slice(warningsBefore)).toContain(
      'Range Rings: message ignored — message.patch has a field named "__proto__", which is never accepted',
    );
    await host.page.waitForTimeout(300); // a change would be posted 100 ms after it
    expect((await mapTypes(host.page)).slice(before)).toEqual([]);
    expect(await frame.evaluate(() => ({}) as Record<string, unknown>)).not.toHaveProperty('polluted');
    await expect(frame.locator('.embed-legend')).toHaveText('Tomahawk about 995 mi');
    expect(host.watch.errors).toEqual([]);
    expect(host.watch.externalRequests).toEqual([]);
  });

  it('reports what a patch ignored in the change message, and applies the rest', async () => {
    await host.page.evaluate((origin) => {
      (document.getElementById('map') as HTMLIFrameElement).contentWindow?.postMessage(
        {
          type: 'range-rings:patch',
          patch: { units: 'furlong', theme: 'dark', systems: ['tomahawk', 'nuke'] },
        },
        origin,
      );
    }, APP_ORIGIN);
    const change = await waitForMessage(host.page, 'range-rings:change', { theme: 'dark' });
    expect((change.data as { problems: unknown }).problems).toEqual([
      { field: 'systemIds', message: 'unknown system "nuke" ignored' },
      { field: 'units', message: '"furlong" ignored — use km, mi or nmi' },
    ]);
    expect(host.warnings.at(-1)).toMatch(
      /^Range Rings: part of the patch message ignored — systemIds: unknown/,
    );
    expect(host.watch.errors).toEqual([]);
  });
});

describe('embed layout', () => {
  it('stays usable 300 px wide: title, map, legend, no horizontal scroll', async () => {
    const host = await embedHost.open(
      `${APP_URL}${START.replace('atacms', 'eram,atacms')}&title=Range%20of%20ATACMS%20and%20ERAM%20from%20Kharkiv`,
      {
        width: 300,
        height: 420,
      },
    );
    await host.page.waitForSelector('.app:not([inert]) .leaflet-rings-pane canvas');
    const scrollWidth = await host.page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth).toBeLessThanOrEqual(300);
    const map = await host.page.locator('.range-map').boundingBox();
    const legend = await host.page.locator('.embed-legend').boundingBox();
    expect(map?.height).toBeGreaterThan(250);
    expect(legend && map && legend.x + legend.width <= map.x + map.width).toBe(true);
    expect(legend && map && legend.y + legend.height <= map.y + map.height).toBe(true);
    await expect(host.page.locator('h1')).toHaveText('Range of ATACMS and ERAM from Kharkiv');
    await screenshot(host.page, 'embed-300px');
    expect(host.watch.errors).toEqual([]);
    await host.context.close();
  });

  it('keeps the panels with controls=1', async () => {
    const host = await embedHost.open(`${APP_URL}${START}&controls=1`);
    await host.page.waitForSelector('.app:not([inert]) .leaflet-rings-pane canvas');
    await expect(host.page.locator('.side-panel .legend')).toContainText('ATACMS');
    await expect(host.page.locator('.embed-legend')).toHaveCount(0);
    await expect(host.page.getByRole('button', { name: 'Hide panel' })).toHaveCount(0);
    await host.context.close();
  });
});

describe('the Embed dialog', () => {
  it('opens with the snippet focused, copies it, and closes with Escape back to its button', async () => {
    const host = await embedHost.open(`${APP_URL}?sites=50.45,30.5234,Kyiv&systems=tomahawk&units=mi`);
    await host.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: APP_ORIGIN });
    await host.page.waitForSelector('.app:not([inert]) .leaflet-rings-pane canvas');
    const opener = host.page.getByRole('button', { name: 'Embed', exact: true });
    await opener.click();
    const dialog = host.page.getByRole('dialog', { name: 'Embed this map' });
    await expect(dialog).toContainText('HTML to paste');
    const code = dialog.getByRole('textbox', { name: 'HTML to paste' });
    expect(await code.evaluate((el) => el === document.activeElement)).toBe(true);
    const snippet = await code.inputValue();
    expect(snippet).toContain(
      `<iframe src="${APP_URL}embed.html?sites=50.45,30.5234,Kyiv&amp;systems=tomahawk&amp;units=mi"`,
    );
    expect(snippet).toContain('style="width:100%;border:0"');
    expect(snippet).toContain('loading="lazy"');
    expect(snippet).toContain('referrerpolicy="strict-origin-when-cross-origin"');
    expect(snippet).toMatch(/title="Range rings map: How far they reach"/);
    await screenshot(host.page, 'embed-dialog');
    const copied = await withClipboard(async () => {
      await dialog.getByRole('button', { name: 'Copy' }).click();
      await expect(dialog.getByRole('status')).toHaveText('Copied to the clipboard.');
      return host.page.evaluate(() => navigator.clipboard.readText());
    });
    expect(copied).toBe(snippet);
    await host.page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    expect(await opener.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(host.watch.errors).toEqual([]);
    await host.context.close();

    // the snippet, pasted on another origin, embeds the map and sizes its iframe
    embedHost.pages.set(
      '/pasted.html',
      `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><title>Story</title><p>Story</p>${snippet}`,
    );
    const pasted = await embedHost.open(`${embedHost.origin()}/pasted.html`);
    const frame = await mapFrame(pasted.page);
    await expect(frame.locator('.embed-legend')).toHaveText('Tomahawk about 995 mi');
    const height = await waitForMessage(pasted.page, 'range-rings:height');
    await expect(pasted.page.locator('iframe')).toHaveAttribute(
      'style',
      `width: 100%; border: 0px; height: ${(height.data as { height: number }).height}px;`,
    );
    expect(pasted.watch.errors).toEqual([]);
    await pasted.context.close();
  });

  it('leaves a view set on the map out of the snippet unless the editor keeps it', async () => {
    const host = await embedHost.open(`${APP_URL}?sites=50.45,30.5234,Kyiv&systems=tomahawk&view=48,31,5`);
    await host.page.waitForSelector('.app:not([inert]) .leaflet-rings-pane canvas');
    await host.page.getByRole('button', { name: 'Embed', exact: true }).click();
    const dialog = host.page.getByRole('dialog', { name: 'Embed this map' });
    const code = dialog.getByRole('textbox', { name: 'HTML to paste' });
    const keep = dialog.getByRole('checkbox', { name: /Keep the view you set \(zoom 5\)/ });
    expect(await keep.isChecked()).toBe(false);
    expect(await code.inputValue()).toContain('embed.html?sites=50.45,30.5234,Kyiv&amp;systems=tomahawk"');
    await keep.check();
    expect(await code.inputValue()).toMatch(
      /embed\.html\?sites=50\.45,30\.5234,Kyiv&amp;systems=tomahawk&amp;view=48(\.0+)?,31(\.0+)?,5"/,
    );
    await expect(dialog).toContainText('settings in the view you set, and takes');
    await keep.uncheck();
    expect(await code.inputValue()).not.toContain('view=');
    await expect(dialog).toContainText("fits the rings to each reader's screen");
    // ticked, closed and opened again: each opening starts from the fitted embed
    await keep.check();
    await host.page.keyboard.press('Escape');
    await host.page.getByRole('button', { name: 'Embed', exact: true }).click();
    expect(await keep.isChecked()).toBe(false);
    expect(await code.inputValue()).not.toContain('view=');
    expect(host.watch.errors).toEqual([]);
    await host.context.close();

    // a map with no view set has nothing to keep
    const plain = await embedHost.open(`${APP_URL}?sites=50.45,30.5234,Kyiv&systems=tomahawk`);
    await plain.page.waitForSelector('.app:not([inert]) .leaflet-rings-pane canvas');
    await plain.page.getByRole('button', { name: 'Embed', exact: true }).click();
    await expect(
      plain.page.getByRole('dialog', { name: 'Embed this map' }).getByRole('checkbox'),
    ).toHaveCount(0);
    await plain.context.close();
  });

  it('selects the snippet for copying by hand when the clipboard refuses', async () => {
    const host = await embedHost.open(APP_URL);
    await host.page.waitForSelector('.app:not([inert]) .leaflet-rings-pane canvas');
    await host.page.evaluate(() => {
      Object.defineProperty(navigator, 'clipboard', {
        value: { writeText: () => Promise.reject(new Error('denied')) },
      });
    });
    await host.page.getByRole('button', { name: 'Embed', exact: true }).click();
    const dialog = host.page.getByRole('dialog', { name: 'Embed this map' });
    await dialog.getByRole('button', { name: 'Copy' }).click();
    await expect(dialog.getByRole('status')).toContainText('Selected: press Ctrl+C');
    const selected = await host.page.evaluate(() => {
      const el = document.querySelector('.embed-code') as HTMLTextAreaElement;
      return el.selectionEnd - el.selectionStart === el.value.length && document.activeElement === el;
    });
    expect(selected).toBe(true);
    await host.context.close();
  });
});
