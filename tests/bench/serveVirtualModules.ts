// Imported by runBench before its parts: the app's data modules that Vite builds at build time
// ('virtual:basemap-110m' and the others of basemapDataPlugin) made by that same plugin and handed to Node's
// module loader, so the bench's Node imports the very modules the app's build does.
import { register } from 'node:module';
import path from 'node:path';
import type { Plugin } from 'vite';
import { BASEMAP_DATA_IDS, basemapDataPlugin } from '../../src/map/basemapDataPlugin';

type Hook = (this: unknown, ...args: unknown[]) => unknown;
const plugin: Plugin = basemapDataPlugin();
const root = path.resolve(import.meta.dirname, '../..');
(plugin.configResolved as Hook).call(null, { root });
const context = { addWatchFile: () => undefined };
const sources: Record<string, string> = {};
for (const id of BASEMAP_DATA_IDS) {
  const code = await (plugin.load as Hook).call(context, `\0${id}`);
  if (typeof code !== 'string') throw new Error(`basemapDataPlugin made no module for ${id}.`);
  sources[id] = code;
}
register('./virtualModuleHooks.mjs', import.meta.url, { data: sources });
