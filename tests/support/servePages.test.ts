// The benchmark's pages are served cross-origin isolated when asked (their clocks then read to 5 µs), and only then.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type ServedPages, servePages } from './servePages';

const dir = mkdtempSync(join(tmpdir(), 'serve-pages-'));
writeFileSync(join(dir, 'index.html'), '<!doctype html><title>page</title>');
const served: ServedPages[] = [];
afterAll(async () => {
  await Promise.all(served.map((s) => s.close()));
});

async function headersOf(options?: { isolated?: boolean }): Promise<Headers> {
  const s = await servePages({ '/app/': dir }, options);
  served.push(s);
  const response = await fetch(`${s.origin}/app/`);
  expect(response.status).toBe(200);
  expect(await response.text()).toContain('<title>page</title>');
  return response.headers;
}

describe('servePages', () => {
  it('sends COOP same-origin and COEP require-corp for isolated pages', async () => {
    const headers = await headersOf({ isolated: true });
    expect(headers.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(headers.get('cross-origin-embedder-policy')).toBe('require-corp');
  });

  it('sends neither by default', async () => {
    const headers = await headersOf();
    expect(headers.get('cross-origin-opener-policy')).toBeNull();
    expect(headers.get('cross-origin-embedder-policy')).toBeNull();
  });
});
