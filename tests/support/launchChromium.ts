// Starts a Chromium of its own, with the project's flags, for the benchmark and for a browser test that needs
// flags of its own (the others share one: sharedChromium); and collects what a test must never see: page
// errors, console errors and requests that leave localhost.
import { type Browser, chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, ensureChromium } from './findChromium.mjs';

/** `extraArgs`: Chromium flags beside the project's, e.g. `--disable-features=BackForwardCache`. */
export async function launchChromium(extraArgs: readonly string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: ensureChromium(),
    args: [...CHROMIUM_ARGS, ...extraArgs],
    headless: true,
  });
}

export interface PageWatch {
  errors: string[];
  /** The browser's console warnings, e.g. of a canvas read back again and again. */
  warnings: string[];
  externalRequests: string[];
}

/**
 * Records page errors, console errors and warnings, and every request not to 127.0.0.1/localhost or
 * data:/blob:.
 */
export function watchPage(page: Page): PageWatch {
  const watch: PageWatch = { errors: [], warnings: [], externalRequests: [] };
  page.on('pageerror', (e) => watch.errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') watch.errors.push(`console: ${m.text()}`);
    if (m.type() === 'warning') watch.warnings.push(m.text());
  });
  page.on('request', (r) => {
    const u = new URL(r.url());
    const local = u.hostname === '127.0.0.1' || u.hostname === 'localhost';
    if (!local && u.protocol !== 'data:' && u.protocol !== 'blob:') watch.externalRequests.push(r.url());
  });
  return watch;
}
