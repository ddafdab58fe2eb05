// A Vite plugin: the offline basemap's data, prepared from world-atlas at build/dev time so that the page only
// reads it: 'virtual:basemap-110m', the 1:110m outlines as rings of Natural Earth's quanta (packRings), which
// the first map draws and countries' geometry is made from; 'virtual:basemap-50m', the 1:50m outlines as arcs
// (packOutlines); and 'virtual:country-labels', the country-name candidates of both scales (buildCountryLabels).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { FeatureCollection } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Plugin } from 'vite';
import { packOutlines } from '../data/packOutlines.js';
import { packRings } from '../data/packRings.js';
import { buildCountryLabels } from './buildCountryLabels.js';
import { unwrapCountries } from './countryGeometry.js';

/** The modules this plugin makes. */
export const BASEMAP_DATA_IDS = ['virtual:basemap-110m', 'virtual:basemap-50m', 'virtual:country-labels'];

// JSON.parse of one string literal parses faster than the same data as an object literal; parsed when called,
// so the module does not keep the packed form once the page has read it.
const jsonModule = (value: unknown) =>
  `export default () => JSON.parse(${JSON.stringify(JSON.stringify(value))});\n`;

export function basemapDataPlugin(): Plugin {
  let root = process.cwd();
  const code = new Map<string, string>();
  return {
    name: 'range-rings-basemap-data',
    configResolved(config) {
      root = config.root;
    },
    resolveId: (source) => (BASEMAP_DATA_IDS.includes(source) ? `\0${source}` : undefined),
    load(resolved) {
      const id = BASEMAP_DATA_IDS.find((candidate) => resolved === `\0${candidate}`);
      if (!id) return undefined;
      const require = createRequire(path.join(root, 'package.json'));
      const read = (scale: '110m' | '50m') => {
        const file = require.resolve(`world-atlas/countries-${scale}.json`);
        this.addWatchFile(file);
        return JSON.parse(readFileSync(file, 'utf8')) as Topology<{ countries: GeometryCollection }>;
      };
      const outlines = (topology: Topology<{ countries: GeometryCollection }>) =>
        unwrapCountries(feature(topology, topology.objects.countries) as FeatureCollection);
      if (code.size === 0) {
        const [topology110m, topology50m] = [read('110m'), read('50m')];
        code.set('virtual:basemap-110m', jsonModule(packRings(topology110m)));
        code.set('virtual:basemap-50m', jsonModule(packOutlines(topology50m)));
        code.set(
          'virtual:country-labels',
          jsonModule(buildCountryLabels(outlines(topology110m), outlines(topology50m))),
        );
      }
      return code.get(id);
    },
  };
}
