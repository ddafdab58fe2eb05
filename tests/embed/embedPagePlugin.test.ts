import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { embedPage } from '../../src/embed/embedPagePlugin';

const EMBED_SOURCE = readFileSync(join(import.meta.dirname, '../../embed.html'), 'utf8');

// the head of a built index.html as Vite writes it (its own icon and title stay out of the embed page)
const APP_PAGE = `<!doctype html>
<html lang="en">
  <head>
    <link rel="icon" type="image/svg+xml" href="data:image/svg+xml,x" />
    <title>Range Rings — how far weapons reach</title>
    <script type="module" crossorigin src="./assets/main-OSB8WPWP.js"></script>
    <link rel="modulepreload" crossorigin href="./assets/limits-B6KCz-YZ.js">
    <link rel="stylesheet" crossorigin href="./assets/main-BqC2hXLd.css">
  <link rel="manifest" href="./manifest.webmanifest"></head>
  <body>
    <div id="root"></div>
  </body>
</html>`;

describe('embedPage', () => {
  it("loads the app page's scripts, preloads, style sheet and manifest in place of its own entry", () => {
    const page = embedPage(EMBED_SOURCE, APP_PAGE);
    const head = page.slice(0, page.indexOf('</head>'));
    expect(head).toContain('<script type="module" crossorigin src="./assets/main-OSB8WPWP.js"></script>');
    expect(head).toContain('<link rel="modulepreload" crossorigin href="./assets/limits-B6KCz-YZ.js">');
    expect(head).toContain('<link rel="stylesheet" crossorigin href="./assets/main-BqC2hXLd.css">');
    expect(head).toContain('<link rel="manifest" href="./manifest.webmanifest">');
    expect(page).not.toContain('src/app/main.tsx');
  });

  it('keeps the embed page itself: its mode, title, icon and the message shown if the map cannot start', () => {
    const page = embedPage(EMBED_SOURCE, APP_PAGE);
    expect(page).toContain('data-page="embed"');
    expect(page).toContain('<title>Range Rings map</title>');
    expect(page).toContain('<link rel="icon" href="data:," />');
    expect(page).not.toContain('how far weapons reach');
    expect(page).toContain('The range rings map did not start here.');
  });

  it('refuses a page with no entry script to replace, or an app page with no tags', () => {
    expect(() => embedPage('<html><head></head><body></body></html>', APP_PAGE)).toThrow(/no entry/);
    expect(() => embedPage(EMBED_SOURCE, '<html><head></head></html>')).toThrow(/no entry/);
  });
});
