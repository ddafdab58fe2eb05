// A module of the project (and what it imports: Leaflet, the app's own code) bundled in memory as one script for
// a blank page, which a browser test hands to Chromium with page.addScriptTag.
import { resolve } from 'node:path';
import { build, type Rolldown } from 'vite';

/** `entry` (a path from the project's root) and its imports as one IIFE script, unminified. */
export async function pageScript(entry: string): Promise<string> {
  const out = await build({
    configFile: false,
    root: resolve(import.meta.dirname, '../..'),
    logLevel: 'warn',
    build: {
      write: false,
      minify: false,
      lib: { entry, formats: ['iife'], name: 'pageScript' },
    },
  });
  const [first] = Array.isArray(out) ? out : [out];
  return (first as Rolldown.RolldownOutput).output[0].code;
}
