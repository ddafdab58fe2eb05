// The web app manifest as the build serves it: a name, a relative start URL and scope, and icons that exist
// at the sizes it says; the service worker's script served as JavaScript and never kept in the HTTP cache.
import { describe, expect, inject, it } from 'vitest';

describe('the web app manifest', () => {
  it('is valid JSON with a name, a relative start URL and scope, and icons that exist', async () => {
    const appUrl = inject('appUrl');
    const html = await (await fetch(appUrl)).text();
    const href = /<link rel="manifest" href="([^"]+)"/.exec(html)?.[1];
    expect(href).toBeDefined();
    const response = await fetch(new URL(href as string, appUrl));
    expect(response.headers.get('content-type')).toBe('application/manifest+json');
    const manifest = JSON.parse(await response.text());
    expect(manifest.name).toBe('Range Rings');
    expect(manifest.start_url).toBe('./');
    expect(manifest.scope).toBe('./');
    expect(manifest.display).toBe('standalone');
    const sizes = manifest.icons.map((i: { sizes: string }) => i.sizes);
    expect(sizes).toContain('192x192');
    expect(sizes).toContain('512x512');
    expect(manifest.icons.some((i: { purpose: string }) => i.purpose === 'maskable')).toBe(true);
    for (const icon of manifest.icons as { src: string; type: string; sizes: string }[]) {
      const file = await fetch(new URL(icon.src, new URL(href as string, appUrl)));
      expect(file.status, icon.src).toBe(200);
      const bytes = Buffer.from(await file.arrayBuffer());
      if (icon.type === 'image/png') {
        // the PNG's own header holds its size: it must be the size the manifest says
        const [w, h] = icon.sizes.split('x').map(Number);
        expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([w, h]);
      } else {
        expect(bytes.toString('utf8')).toContain('<svg');
      }
    }
    // the service worker is served as JavaScript and is never kept in the HTTP cache
    const sw = await fetch(new URL('sw.js', appUrl));
    expect(sw.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(sw.headers.get('cache-control')).toBe('no-cache');
  });
});
