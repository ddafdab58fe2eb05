// Hostile scenario URLs in a real Chromium: random and mutated query strings, seeded. The page must never
// throw, never go blank, and every bad part must be named in the notice.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { watchPage } from '../support/launchChromium';
import { seededRandom } from '../support/seededRandom';
import { sharedChromium } from '../support/sharedChromium';

const URL_COUNT = 200;

let browser: Browser;
beforeAll(async () => {
  browser = await sharedChromium();
});
afterAll(async () => {
  await browser?.close();
});

const VALID = [
  'sites=49.9935,36.2304,Kharkiv;50.45,30.52,Kyiv',
  'systems=tomahawk,eram,atacms',
  'units=mi',
  'view=48.5,31.5,6',
  'title=Two%20points',
  'theme=dark',
  'custom=Storm%20Shadow:250km;Taurus:500km',
];
const NASTY = [
  '%',
  '%E0%A4%A',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '1e309',
  '-1e309',
  'NaN',
  'Infinity',
  '99999999999999999999',
  '__proto__',
  'constructor',
  ';;;;',
  ',,,',
  '\u0000',
  '\u202e',
  '🚀🚀🚀',
  'a'.repeat(5000),
  '91,181',
  '-90.00001,0',
  '0,0,'.repeat(100),
];
const KEYS = [
  'sites',
  'systems',
  'units',
  'view',
  'title',
  'theme',
  'basemap',
  'custom',
  'embed',
  'foo',
  '__proto__',
  '',
];

function fuzzedQuery(random: () => number): string {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)] as T;
  const parts: string[] = [];
  const n = 1 + Math.floor(random() * 5);
  for (let i = 0; i < n; i++) {
    const r = random();
    if (r < 0.35) {
      // a valid parameter with one character changed, dropped or doubled
      const p = pick(VALID);
      const at = Math.floor(random() * p.length);
      const c = String.fromCharCode(32 + Math.floor(random() * 95));
      parts.push(random() < 0.5 ? p.slice(0, at) + c + p.slice(at + 1) : p.slice(0, at) + p.slice(at + 1));
    } else if (r < 0.75) {
      parts.push(`${pick(KEYS)}=${encodeURIComponent(pick(NASTY))}`);
    } else if (r < 0.9) {
      parts.push(`${pick(KEYS)}=${pick(NASTY)}`); // raw, not encoded
    } else {
      parts.push(pick(VALID));
    }
  }
  return parts.join(random() < 0.9 ? '&' : '&&');
}

async function check(page: Page, errors: string[], query: string) {
  errors.length = 0;
  await page.goto(`${inject('appUrl')}?${query}`, { waitUntil: 'domcontentloaded' });
  await page.waitForSelector('.leaflet-container', { timeout: 8000 });
  // never blank: the map and the title are there
  const state = await page.evaluate(() => ({
    title: document.querySelector('h1')?.textContent ?? null,
    dialogs: document.querySelectorAll('img[src=x]').length,
  }));
  expect(state.title, query.slice(0, 200)).not.toBeNull();
  expect(state.dialogs, query.slice(0, 200)).toBe(0);
  // the lazily loaded data is refused on purpose in this test (see below): those refusals are not the app's
  const own = errors.filter((e) => !e.includes('Failed to load resource: net::ERR_FAILED'));
  expect(own, query.slice(0, 200)).toEqual([]);
}

describe('hostile scenario URLs', () => {
  it(`survives ${URL_COUNT} random and mutated URLs, naming what it ignored`, async () => {
    const random = seededRandom(20251016);
    const queries = Array.from({ length: URL_COUNT }, () => fuzzedQuery(random));
    const pages = await Promise.all(
      [0, 1].map(async () => {
        const page = await browser.newPage({ viewport: { width: 800, height: 600 } });
        const watch = watchPage(page);
        // no request routing here: Playwright turns the HTTP cache off for a page whose requests it routes, and
        // these loads exercise the start-up, from the cache as a returning reader's would be
        page.on('dialog', (d) => {
          watch.errors.push(`dialog: ${d.message()}`);
          void d.dismiss();
        });
        return { page, watch };
      }),
    );
    let named = 0;
    await Promise.all(
      pages.map(async ({ page, watch }, lane) => {
        for (let i = lane; i < queries.length; i += pages.length) {
          const q = queries[i] as string;
          await check(page, watch.errors, q);
          if (/(^|&)foo=/.test(q)) {
            await expect(page.locator('.notices')).toContainText('"foo" is not a parameter', q);
            named++;
          }
        }
      }),
    );
    expect(named).toBeGreaterThan(5);
  }, 400_000);
});
