// Hostile postMessages to the embedded map in a real Chromium, seeded: a host page on another origin sends
// malformed, oversized, polluting and markup-laden messages in batches. The map must never throw, open a
// dialog, go blank or run what it was sent; every malformed message is named in a warning, and it still works.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  HOSTILE_KINDS,
  type HostileMessage,
  hostileMessages,
  MARKUP_PAYLOADS,
} from '../support/hostileMessages';
import { type PageWatch, watchPage } from '../support/launchChromium';
import { screenshot } from '../support/openApp';
import { seededRandom } from '../support/seededRandom';
import { sharedChromium } from '../support/sharedChromium';

declare global {
  interface Window {
    fromMap: unknown[];
    fuzzHit?: unknown;
  }
}

const MESSAGE_COUNT = 260;
const BATCH_SIZE = 26;
const APP_URL = inject('appUrl');
const APP_ORIGIN = new URL(APP_URL).origin;
const START = '?embed=1&sites=49.9935,36.2304,Kharkiv&systems=atacms';

let browser: Browser;
let hostServer: Server;
let context: BrowserContext;
let page: Page;
let frame: Frame;
let watch: PageWatch;
const warnings: string[] = [];

beforeAll(async () => {
  browser = await sharedChromium();
  // the embedding page lives on another origin than the map, as a news site would
  hostServer = createServer((_req, res) => {
    res
      .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      .end(
        `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><title>Host</title>` +
          `<iframe id="map" title="map" style="width:800px;height:520px;border:0" src="${APP_URL}${START}"></iframe>`,
      );
  });
  await new Promise<void>((done) => hostServer.listen(0, '127.0.0.1', done));
  const hostUrl = `http://localhost:${(hostServer.address() as AddressInfo).port}/`;
  context = await browser.newContext({ viewport: { width: 900, height: 600 } });
  await context.addInitScript(() => {
    window.fromMap = [];
    window.addEventListener('message', (event) => window.fromMap.push(event.data));
  });
  page = await context.newPage();
  watch = watchPage(page);
  page.on('dialog', (dialog) => {
    watch.errors.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  // the map's own word on each message; other warnings (a service worker the test browser refuses, which
  // comes at an idle moment in the middle of a batch) are not about messages
  page.on('console', (message) => {
    if (message.type() === 'warning' && message.text().startsWith('Range Rings:'))
      warnings.push(message.text());
  });
  await page.goto(hostUrl);
  const map = await (await page.waitForSelector('iframe')).contentFrame();
  if (!map) throw new Error('no map frame');
  frame = map;
  await frame.waitForSelector('.app:not([inert]) .leaflet-rings-pane canvas');
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await new Promise((done) => hostServer?.close(done));
});

/** Posts the messages, then a `get`, and waits for its answer: by then the map has read every one. */
async function sendBatch(batch: readonly HostileMessage[]): Promise<void> {
  const answered = await page.evaluate(
    ({ jsons, origin }) => {
      // Tagged values stand for what JSON cannot hold; a "__proto__" key parsed from JSON is an own field.
      const revive = (_key: string, value: unknown): unknown => {
        if (typeof value !== 'object' || value === null || Array.isArray(value) || !Object.hasOwn(value, '$'))
          return value;
        const tagged = value as { $: string; text?: string; times?: number };
        const times = tagged.times ?? 0;
        switch (tagged.$) {
          case 'undefined':
            return undefined;
          case 'NaN':
            return Number.NaN;
          case 'Infinity':
            return Number.POSITIVE_INFINITY;
          case '-Infinity':
            return Number.NEGATIVE_INFINITY;
          case 'blob':
            return new Blob(['<script>alert(1)</script>'], { type: 'text/html' });
          case 'buffer':
            return new ArrayBuffer(16);
          case 'typed':
            return new Uint8Array([1, 2, 3]);
          case 'date':
            return new Date(0);
          case 'map':
            return new Map([['units', 'mi']]);
          case 'set':
            return new Set(['atacms']);
          case 'regexp':
            return /range-rings/g;
          case 'error':
            return new Error('boom');
          case 'repeat':
            return (tagged.text ?? '').repeat(times);
          case 'list':
            return new Array(times).fill(0);
          case 'fields':
            return Object.fromEntries(Array.from({ length: times }, (_, i) => [`f${i}`, i]));
          default:
            throw new Error(`unknown tag ${tagged.$}`);
        }
      };
      const map = (document.getElementById('map') as HTMLIFrameElement).contentWindow as Window;
      for (const json of jsons) map.postMessage(JSON.parse(json, revive), origin);
      map.postMessage({ type: 'range-rings:get' }, origin);
      return window.fromMap.filter((m) => (m as { type?: unknown })?.type === 'range-rings:scenario').length;
    },
    { jsons: batch.map((m) => m.json), origin: APP_ORIGIN },
  );
  await page.waitForFunction(
    (before) =>
      window.fromMap.filter((m) => (m as { type?: unknown })?.type === 'range-rings:scenario').length >
      before,
    answered,
    { timeout: 20_000 },
  );
}

/** What must hold after every batch, in the map's frame and on the host page. */
async function pageState() {
  const inFrame = await frame.evaluate(() => ({
    title: document.querySelector('h1')?.textContent ?? null,
    mapHeight: document.querySelector('.leaflet-container')?.getBoundingClientRect().height ?? 0,
    rings: document.querySelector('.leaflet-rings-pane canvas') !== null,
    injected: document.querySelectorAll('[data-fuzz]').length,
    scripts: document.scripts.length,
    hit: window.fuzzHit ?? null,
    polluted: ({} as Record<string, unknown>).polluted ?? null,
    prototypeFields: Object.getOwnPropertyNames(Object.prototype).length,
  }));
  const inHost = await page.evaluate(() => ({
    hit: window.fuzzHit ?? null,
    polluted: ({} as Record<string, unknown>).polluted ?? null,
  }));
  return { inFrame, inHost };
}

describe('hostile host messages', () => {
  it(`survives ${MESSAGE_COUNT} seeded malformed and hostile messages, naming each malformed one`, async () => {
    const messages = hostileMessages(seededRandom(20261127), MESSAGE_COUNT);
    // every kind is drawn, and most messages are malformed
    expect(new Set(messages.map((m) => m.kind))).toEqual(new Set(HOSTILE_KINDS));
    const start = await pageState();
    expect(start.inFrame.title).toBe('How far they reach');
    const mismatches: { kind: string; message: string; expected: string; got: string | undefined }[] = [];
    for (let at = 0; at < messages.length; at += BATCH_SIZE) {
      const batch = messages.slice(at, at + BATCH_SIZE);
      const expected = batch.filter((m) => m.warning !== null);
      const before = warnings.length;
      await sendBatch(batch);
      await expect.poll(() => warnings.length - before).toBeGreaterThanOrEqual(expected.length);
      const got = warnings.slice(before);
      expect(got.length, `batch at ${at}: ${got.slice(expected.length).join(' | ')}`).toBe(expected.length);
      expected.forEach((m, i) => {
        const warning = m.warning as { start: string; names: string };
        const text = got[i];
        if (!text?.startsWith(warning.start) || !text.includes(warning.names)) {
          mismatches.push({
            kind: m.kind,
            message: m.json.slice(0, 160),
            expected: `${warning.start}…${warning.names}`,
            got: text?.slice(0, 240),
          });
        }
      });
      const state = await pageState();
      expect(state.inFrame, `after the batch at ${at}`).toMatchObject({
        rings: true,
        injected: 0,
        scripts: start.inFrame.scripts,
        hit: null,
        polluted: null,
        prototypeFields: start.inFrame.prototypeFields,
      });
      expect(state.inFrame.title, `after the batch at ${at}`).toBeTruthy();
      expect(state.inFrame.mapHeight).toBeGreaterThan(200);
      expect(state.inHost).toEqual({ hit: null, polluted: null });
      expect(watch.errors, `after the batch at ${at}`).toEqual([]);
    }
    expect(mismatches).toEqual([]);
    const malformed = messages.filter((m) => m.warning !== null).length;
    console.log(
      `sent ${messages.length} hostile messages in ${Math.ceil(messages.length / BATCH_SIZE)} batches: ` +
        `${malformed} malformed (each named in a warning), ${messages.length - malformed} valid with markup; ` +
        `${watch.errors.length} page errors or dialogs`,
    );
    await screenshot(page, 'message-fuzz-after');
  }, 120_000);

  it('shows markup in a title and a launch point name as text', async () => {
    const title = MARKUP_PAYLOADS[0] as string;
    const label = MARKUP_PAYLOADS[1] as string;
    const name = MARKUP_PAYLOADS[2] as string;
    await sendBatch([
      {
        json: JSON.stringify({
          type: 'range-rings:set',
          scenario: {
            title,
            sites: [{ lonLat: [30.5234, 50.45], label }],
            customSystems: [{ id: 'markup', name, rangeKm: 500 }],
            systemIds: ['atacms', 'markup'],
          },
        }),
        warning: null,
        kind: 'markup',
      },
    ]);
    await expect(frame.locator('h1')).toHaveText(title);
    await expect(frame.locator('.leaflet-tooltip.site-label')).toHaveText(label);
    await expect(frame.locator('.embed-legend li[data-system="markup"] .name')).toHaveText(name);
    const state = await pageState();
    expect(state.inFrame).toMatchObject({ injected: 0, hit: null });
    expect(
      await frame.evaluate(() =>
        // no element made from the markup: only the <bdi> that isolates each user text
        ['h1', '.site-label', '.embed-legend .name'].map(
          (s) =>
            [...(document.querySelector(s)?.querySelectorAll('*') ?? [])].filter((e) => e.tagName !== 'BDI')
              .length,
        ),
      ),
    ).toEqual([0, 0, 0]);
    await screenshot(page, 'message-fuzz-markup');
    expect(watch.errors).toEqual([]);
  });

  it('still applies a valid set after the fuzz', async () => {
    const warningsBefore = warnings.length;
    await page.evaluate((origin) => {
      (document.getElementById('map') as HTMLIFrameElement).contentWindow?.postMessage(
        {
          type: 'range-rings:set',
          scenario: {
            title: 'After the fuzz',
            sites: [{ lonLat: [30.5234, 50.45], label: 'Kyiv' }],
            systemIds: ['tomahawk'],
            units: 'mi',
          },
        },
        origin,
      );
    }, APP_ORIGIN);
    await expect(frame.locator('h1')).toHaveText('After the fuzz');
    await expect(frame.locator('.embed-legend')).toHaveText('Tomahawk about 995 mi');
    await expect(frame.locator('.leaflet-tooltip.site-label')).toHaveText('Kyiv');
    await expect
      .poll(() => frame.evaluate(() => Object.fromEntries(new URLSearchParams(window.location.search))))
      .toMatchObject({ embed: '1', units: 'mi', systems: 'tomahawk', title: 'After the fuzz' });
    await page.waitForFunction(() =>
      window.fromMap.some(
        (m) =>
          (m as { type?: string }).type === 'range-rings:change' &&
          (m as { scenario?: { title?: string } }).scenario?.title === 'After the fuzz',
      ),
    );
    expect(warnings.slice(warningsBefore)).toEqual([]);
    expect(watch.errors).toEqual([]);
    expect(watch.externalRequests).toEqual([]);
    await screenshot(page, 'message-fuzz-valid-set');
  });
});
