// Which page may be framed, and what an embedded map knows of the reader: the full app refuses to be framed
// (frame-ancestors 'none'), embed.html and old `?embed=1` links are framed fine, a sandboxed frame shows the
// map, and an embed never reads, writes or hands over the map the reader keeps in the full app.
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type PageWatch, watchPage } from '../support/launchChromium';
import { screenshot } from '../support/openApp';
import { type HostPages, hostHtml, serveHostPages } from '../support/serveHostPages';
import { sharedChromium } from '../support/sharedChromium';

const APP_URL = inject('appUrl');
const APP_ORIGIN = new URL(APP_URL).origin;
const STORAGE_KEY = 'range-rings:scenario:v1';

let browser: Browser;
// Same site as the app (127.0.0.1, another port): it shares the app's localStorage, as a reader's own
// site would, which is where an embed could leak the reader's map.
let sameSite: HostPages;

beforeAll(async () => {
  browser = await sharedChromium();
  sameSite = await serveHostPages('127.0.0.1');
});

afterAll(async () => {
  await browser?.close();
  await sameSite?.close();
});

interface Received {
  origin: string;
  data: { type?: string; scenario?: { title: string; sites: { label: string }[] } };
}

async function newContext(): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
  await context.addInitScript(() => {
    const w = window as unknown as { received: unknown[] };
    w.received = [];
    window.addEventListener('message', (event) =>
      w.received.push({ origin: event.origin, data: event.data }),
    );
  });
  return context;
}

async function openPage(context: BrowserContext, url: string): Promise<{ page: Page; watch: PageWatch }> {
  const page = await context.newPage();
  const watch = watchPage(page);
  await page.goto(url);
  return { page, watch };
}

async function frameOf(page: Page, selector = 'iframe'): Promise<Frame> {
  const frame = await (await page.waitForSelector(selector)).contentFrame();
  if (!frame) throw new Error('no frame');
  return frame;
}

async function lastMessage(page: Page, type: string): Promise<Received> {
  const handle = await page.waitForFunction(
    (t) =>
      (window as unknown as { received: Received[] }).received.findLast(
        (m) => typeof m.data === 'object' && m.data?.type === t,
      ),
    type,
    { timeout: 10_000 },
  );
  return (await handle.jsonValue()) as Received;
}

describe("the reader's own map stays with the full app", () => {
  it('an embed with no scenario in its URL shows the defaults and sends them in ready and get', async () => {
    const context = await newContext();
    // the reader makes a map in the full app: a title typed key by key, a launch point added by search
    const { page: app } = await openPage(context, APP_URL);
    await app.waitForSelector('.app:not([inert]) .leaflet-rings-pane canvas');
    await app.getByText('Title, theme and basemap').click();
    const title = app.getByRole('textbox', { name: 'Title' });
    await title.selectText();
    await title.pressSequentially('Private targets');
    const search = app.getByRole('combobox', { name: 'Find a place or type coordinates' });
    await search.click();
    await search.pressSequentially('51.5, 46.0');
    await search.press('Enter');
    const stored = () => app.evaluate((key) => localStorage.getItem(key) ?? '{}', STORAGE_KEY);
    await expect
      .poll(async () => JSON.parse(await stored()))
      .toMatchObject({ title: 'Private targets', sites: [{ label: 'Kharkiv' }, { lonLat: [46, 51.5] }] });
    const saved = await stored();

    // then opens a page of the same site that embeds the map, by embed.html and by an old ?embed=1 link
    sameSite.pages.set('/story.html', {
      body: hostHtml(
        `<iframe id="a" title="map" style="width:600px;height:420px;border:0" src="${APP_URL}embed.html"></iframe>` +
          `<iframe id="b" title="old map" style="width:600px;height:420px;border:0" src="${APP_URL}?embed=1"></iframe>`,
      ),
    });
    const { page: host, watch } = await openPage(context, `${sameSite.origin}/story.html`);
    for (const id of ['a', 'b']) {
      const frame = await frameOf(host, `#${id}`);
      await frame.waitForSelector('.app:not([inert]) .leaflet-rings-pane canvas');
      await expect(frame.locator('h1')).toHaveText('How far they reach');
      await expect(frame.locator('.launch-marker')).toHaveCount(1);
    }
    const ready = await lastMessage(host, 'range-rings:ready');
    expect(ready.origin).toBe(APP_ORIGIN);
    expect(ready.data.scenario?.title).toBe('How far they reach');
    expect(ready.data.scenario?.sites.map((s) => s.label)).toEqual(['Kharkiv']);
    for (const id of ['a', 'b']) {
      await host.evaluate(
        ({ id, origin }) =>
          (document.getElementById(id) as HTMLIFrameElement).contentWindow?.postMessage(
            { type: 'range-rings:get' },
            origin,
          ),
        { id, origin: APP_ORIGIN },
      );
      const answer = await lastMessage(host, 'range-rings:scenario');
      expect(answer.data.scenario?.title).toBe('How far they reach');
      expect(answer.data.scenario?.sites.map((s) => s.label)).toEqual(['Kharkiv']);
      await host.evaluate(() => {
        (window as unknown as { received: unknown[] }).received = [];
      });
    }
    // a host changes the embedded map: the reader's saved map is untouched
    await host.evaluate(
      (origin) =>
        (document.getElementById('a') as HTMLIFrameElement).contentWindow?.postMessage(
          { type: 'range-rings:patch', patch: { title: 'Host title' } },
          origin,
        ),
      APP_ORIGIN,
    );
    await expect((await frameOf(host, '#a')).locator('h1')).toHaveText('Host title');
    await host.waitForTimeout(400); // longer than the map waits before it writes its URL (and storage)
    expect(await app.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBe(saved);
    expect(watch.errors).toEqual([]);
    await context.close();
  });
});

describe('framing', () => {
  it('the full app sends frame-ancestors none; embed.html may be framed', async () => {
    const context = await newContext();
    const page = await context.newPage();
    const app = await page.request.get(APP_URL);
    expect(app.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(app.headers()['x-frame-options']).toBe('DENY');
    const embed = await page.request.get(`${APP_URL}embed.html`);
    expect(embed.headers()['content-security-policy']).toContain("script-src 'self'");
    expect(embed.headers()['content-security-policy']).not.toContain('frame-ancestors');
    expect(embed.headers()['x-frame-options']).toBeUndefined();
    await context.close();
  });

  it('the full app refuses to be framed; embed.html shows in the same host page', async () => {
    const context = await newContext();
    const host = await serveHostPages();
    try {
      host.pages.set('/framed.html', {
        body: hostHtml(
          `<iframe id="app" title="app" style="width:500px;height:400px;border:0" src="${APP_URL}"></iframe>` +
            `<iframe id="embed" title="map" style="width:500px;height:400px;border:0" src="${APP_URL}embed.html"></iframe>`,
        ),
      });
      const { page } = await openPage(context, `${host.origin}/framed.html`);
      const embed = await frameOf(page, '#embed');
      await embed.waitForSelector('.app:not([inert]) .leaflet-rings-pane canvas');
      const app = await frameOf(page, '#app');
      // Chromium replaces a refused frame by its error page: the app never runs in it
      await expect.poll(() => app.url()).toMatch(/^chrome-error:/);
      expect(await app.locator('.leaflet-container').count()).toBe(0);
      await screenshot(page, 'framing-app-refused-embed-shown');
    } finally {
      await host.close();
      await context.close();
    }
  });

  it('a sandboxed iframe (allow-scripts, no storage, opaque origin) shows the map and sizes itself; without scripts, a message', async () => {
    const context = await newContext();
    const host = await serveHostPages();
    try {
      const src = `${APP_URL}embed.html?sites=50.45,30.5234,Kyiv&systems=tomahawk&title=Sandboxed`;
      host.pages.set('/sandboxed.html', {
        body: hostHtml(
          `<iframe id="scripts" sandbox="allow-scripts" title="map" style="width:480px;border:0" height="200" src="${src}"></iframe>` +
            `<iframe id="no-scripts" sandbox="" title="map without scripts" style="width:480px;height:200px;border:0" src="${src}"></iframe>` +
            '<script>addEventListener("message", (e) => { if (e.data && e.data.type === "range-rings:height") document.getElementById("scripts").style.height = e.data.height + "px"; });</script>',
        ),
      });
      const { page, watch } = await openPage(context, `${host.origin}/sandboxed.html`);
      const frame = await frameOf(page, '#scripts');
      await frame.waitForSelector('.app:not([inert]) .leaflet-rings-pane canvas');
      await expect(frame.locator('h1')).toHaveText('Sandboxed');
      await expect(frame.locator('.embed-legend')).toHaveText('Tomahawk about 1,600 km');
      expect(await frame.evaluate(() => window.origin)).toBe('null');
      await expect
        .poll(async () => (await page.locator('#scripts').boundingBox())?.height)
        .toBeGreaterThan(300);
      // a host that lets no script run gets a sentence, not a blank frame
      await expect((await frameOf(page, '#no-scripts')).locator('body')).toContainText(
        'The range rings map did not start here.',
      );
      await screenshot(page, 'embed-sandboxed');
      // the browser's own report of the scripts it blocked in the second frame is the only error
      expect(watch.errors.filter((e) => !e.includes("the 'allow-scripts' permission is not set"))).toEqual(
        [],
      );
      expect(watch.externalRequests).toEqual([]);
    } finally {
      await host.close();
      await context.close();
    }
  });
});
