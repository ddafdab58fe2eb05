// A Vite plugin: the app's page (index.html) ships the page shell (pageShell.ts) in its root, so the browser
// styles and lays out the header, the map's box and the panel's place while the entry script downloads; the
// entry then only fills in what the scenario changes and draws the map. The embed page keeps its own root.
import type { Plugin } from 'vite';
import { PAGE_SHELL_HTML } from './pageShell.js';

const EMPTY_ROOT = '<div id="root"></div>';

/** `page` (the app page's HTML) with the page shell in its empty root. */
export function withPageShell(page: string): string {
  if (!page.includes(EMPTY_ROOT)) throw new Error('index.html: no empty root for the page shell');
  return page.replace(EMPTY_ROOT, `<div id="root">${PAGE_SHELL_HTML}</div>`);
}

export function pageShellPlugin(): Plugin {
  return {
    name: 'range-rings-page-shell',
    transformIndexHtml: {
      order: 'pre',
      handler: (html, context) => (/(^|\/)index\.html$/.test(context.path) ? withPageShell(html) : html),
    },
  };
}
