// A Vite plugin: embed.html, the embed entry, is built as the app's page (index.html) is and loads the very
// scripts and style sheet that page loads. Built as a second HTML entry, it made the bundler split every module
// the two pages share with the lazy chunks into chunks of its own: nine scripts before the first rings instead
// of one. In development Vite serves embed.html as it is, with its own script tag.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

const PAGE = 'embed.html';
/** The tags Vite writes into a built page's head: its scripts, style sheets, preloads and the manifest. */
const HEAD_TAGS =
  /<script type="module"[^>]*><\/script>|<link rel="(?:stylesheet|modulepreload|manifest)"[^>]*>/g;
/** The source page's own entry script, which the built page replaces with the app page's tags. */
const ENTRY_SCRIPT = /\s*<script type="module" src="[^"]*"><\/script>/;

/** Writes `embed` (the embed page's source) with the head tags of `appPage` (the built index.html). */
export function embedPage(embed: string, appPage: string): string {
  const tags = appPage.match(HEAD_TAGS) ?? [];
  if (tags.length === 0 || !ENTRY_SCRIPT.test(embed)) throw new Error(`${PAGE}: no entry to replace`);
  return embed.replace(ENTRY_SCRIPT, '').replace('</head>', `  ${tags.join('\n    ')}\n  </head>`);
}

export function embedPagePlugin(): Plugin {
  let root = process.cwd();
  return {
    name: 'range-rings-embed-page',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    generateBundle: {
      order: 'post',
      handler(_, bundle) {
        const app = bundle['index.html'];
        if (app?.type !== 'asset') return;
        const source = readFileSync(path.join(root, PAGE), 'utf8');
        this.emitFile({ type: 'asset', fileName: PAGE, source: embedPage(source, String(app.source)) });
      },
    },
  };
}
