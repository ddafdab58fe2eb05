import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IndexHtmlTransformContext } from 'vite';
import { describe, expect, it } from 'vitest';
import { PAGE_SHELL_HTML, SUBTITLE } from '../../src/app/pageShell';
import { pageShellPlugin, withPageShell } from '../../src/app/pageShellPlugin';
import { DEFAULT_TITLE } from '../../src/scenario';

const ROOT = join(import.meta.dirname, '../..');
const APP_SOURCE = readFileSync(join(ROOT, 'index.html'), 'utf8');
const EMBED_SOURCE = readFileSync(join(ROOT, 'embed.html'), 'utf8');

/** The plugin's transform of `html` served or built as `path`. */
function transformed(html: string, path: string): string {
  const hook = pageShellPlugin().transformIndexHtml;
  if (!hook || typeof hook === 'function' || !('handler' in hook)) throw new Error('no ordered transform');
  return hook.handler.call({} as never, html, {
    path,
    filename: join(ROOT, path),
  } as IndexHtmlTransformContext) as string;
}

describe('pageShellPlugin', () => {
  it("ships the app's page with the shell in its root: the header, the map's element and the panel's place, inert", () => {
    const page = transformed(APP_SOURCE, '/index.html');
    const root = page.slice(page.indexOf('<div id="root">'), page.indexOf('</body>'));
    expect(root).toContain(PAGE_SHELL_HTML);
    expect(root).toMatch(/^<div id="root"><div class="app theme-light" inert>/);
    expect(root).toContain(`<h1><bdi>${DEFAULT_TITLE}</bdi></h1>`);
    expect(root).toContain(SUBTITLE);
    expect(root).toContain('<div class="range-map"></div>');
    expect(root).toContain('<aside class="side-panel open" aria-busy="true"></aside>');
    // one shell, the page otherwise as written
    expect(page.split('class="range-map"').length).toBe(2);
    expect(page.replace(PAGE_SHELL_HTML, '')).toBe(APP_SOURCE);
  });

  it('leaves the embed page as it is, with the message shown if the map cannot start', () => {
    expect(transformed(EMBED_SOURCE, '/embed.html')).toBe(EMBED_SOURCE);
  });

  it('refuses an app page whose root is not empty, rather than ship it without the shell', () => {
    expect(() => withPageShell(EMBED_SOURCE)).toThrow(/no empty root/);
  });
});
