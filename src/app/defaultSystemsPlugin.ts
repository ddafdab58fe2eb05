// A Vite plugin: the default data set, data/systems.json, parsed and validated at build/dev time by the data
// layer's own parser (parseSystems), so that the page only reads the result: 'virtual:default-systems'.
// Editing the file reloads the page with the file read again.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
// not through the data layer's index: the config loads this file in Node, where the index's gazetteer modules
// (virtual:places) do not resolve
import { parseSystems } from '../data/parseSystems.js';

const ID = 'virtual:default-systems';
const RESOLVED = `\0${ID}`;
/** The data file, from the project's root; problems name it so. */
const DEFAULT_SYSTEMS_FILE = 'data/systems.json';

export function defaultSystemsPlugin(): Plugin {
  let file = path.resolve(DEFAULT_SYSTEMS_FILE);
  return {
    name: 'range-rings-default-systems',
    configResolved(config) {
      file = path.join(config.root, DEFAULT_SYSTEMS_FILE);
    },
    resolveId: (source) => (source === ID ? RESOLVED : undefined),
    load(resolved) {
      if (resolved !== RESOLVED) return undefined;
      this.addWatchFile(file);
      const parsed = parseSystems(readFileSync(file, 'utf8'), { fileName: DEFAULT_SYSTEMS_FILE });
      // JSON.parse of one string literal parses faster than the same data as an object literal
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(parsed))});\n`;
    },
    handleHotUpdate({ file: changed, server }) {
      if (path.resolve(changed) !== file) return undefined;
      const module = server.moduleGraph.getModuleById(RESOLVED);
      if (module) server.moduleGraph.invalidateModule(module);
      server.ws.send({ type: 'full-reload' });
      return [];
    },
  };
}
