// A host page for the embed tests, as a news site's page would hold the map: pages served on another origin
// than the app's, opened in a real Chromium that keeps every message each frame receives.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { type PageWatch, watchPage } from './launchChromium';
import { sharedChromium } from './sharedChromium';

export interface Received {
  origin: string;
  data: unknown;
}

declare global {
  interface Window {
    received: Received[];
  }
}

export interface EmbedHost {
  /** The foreign host's origin (another port than the app's), once started. */
  origin(): string;
  /** Pages of the foreign host, by path: set by each test before it opens the page. */
  pages: Map<string, string>;
  /** Opens a host page; every message any of its frames receives is kept in that frame's `received`. */
  open(url: string, viewport?: { width: number; height: number }): Promise<OpenedHost>;
}

/**
 * Starts Chromium and the foreign host's server before the file's tests, and stops them after.
 *
 * @example
 * const host = useEmbedHost();
 * host.pages.set('/a.html', page);
 * const { page } = await host.open(`${host.origin()}/a.html`);
 */
export function useEmbedHost(): EmbedHost {
  let browser: Browser;
  let server: Server;
  let origin = '';
  const pages = new Map<string, string>();
  beforeAll(async () => {
    browser = await sharedChromium();
    server = createServer((req, res) => {
      const body = pages.get(new URL(req.url ?? '/', 'http://x').pathname);
      if (body === undefined) res.writeHead(404).end('not found');
      else res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    origin = `http://localhost:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await browser?.close();
    await new Promise((done) => server?.close(done));
  });
  return { origin: () => origin, pages, open: (url, viewport) => openHost(browser, url, viewport) };
}

export interface OpenedHost {
  context: BrowserContext;
  page: Page;
  watch: PageWatch;
  warnings: string[];
}

async function openHost(
  browser: Browser,
  url: string,
  viewport = { width: 1280, height: 800 },
): Promise<OpenedHost> {
  const context = await browser.newContext({ viewport });
  await context.addInitScript(() => {
    window.received = [];
    window.addEventListener('message', (event) =>
      window.received.push({ origin: event.origin, data: event.data }),
    );
  });
  const page = await context.newPage();
  const watch = watchPage(page);
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  await page.goto(url);
  return { context, page, watch, warnings };
}

export async function mapFrame(page: Page): Promise<Frame> {
  const frame = await (await page.waitForSelector('iframe')).contentFrame();
  if (!frame) throw new Error('no map frame');
  await frame.waitForSelector('.app:not([inert]) .leaflet-rings-pane canvas');
  return frame;
}

/** Waits for a message of `type` from the map whose data matches `fields` (compared as JSON, in part). */
export async function waitForMessage(page: Page, type: string, scenario: Record<string, unknown> = {}) {
  const handle = await page.waitForFunction(
    ({ type, scenario }) => {
      const matches = (want: unknown, got: unknown): boolean =>
        typeof want === 'object' && want !== null && typeof got === 'object' && got !== null
          ? Object.entries(want).every(([k, v]) => matches(v, (got as Record<string, unknown>)[k]))
          : JSON.stringify(want) === JSON.stringify(got);
      return window.received.findLast((m) => {
        const data = m.data as { type?: string; scenario?: unknown };
        return data?.type === type && matches(scenario, data.scenario ?? {});
      });
    },
    { type, scenario },
    { timeout: 10_000 },
  );
  return (await handle.jsonValue()) as Received;
}

export async function mapTypes(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    window.received.map((m) =>
      typeof m.data === 'string' ? 'pym' : String((m.data as { type?: string })?.type),
    ),
  );
}

export async function scrollToStep(page: Page, step: number) {
  await page.evaluate(
    (n) => document.querySelector(`[data-step="${n}"]`)?.scrollIntoView({ block: 'center' }),
    step,
  );
}
