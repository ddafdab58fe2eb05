// A Vite plugin: 'virtual:country-labels', the basemap's country-name candidates of both scales
// (buildCountryLabels), computed from world-atlas at build/dev time so that the page only reads them.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { FeatureCollection } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Plugin } from 'vite';
import { buildCountryLabels } from './buildCountryLabels.js';
import { unwrapCountries } from './countryGeometry.js';

const ID = 'virtual:country-labels';

export function countryLabelsPlugin(): Plugin {
  let root = process.cwd();
  let code: string | undefined;
  return {
    name: 'range-rings-country-labels',
    configResolved(config) {
      root = config.root;
    },
    resolveId: (source) => (source === ID ? `\0${ID}` : undefined),
    load(resolved) {
      if (resolved !== `\0${ID}`) return undefined;
      const require = createRequire(path.join(root, 'package.json'));
      const outlines = (scale: '110m' | '50m') => {
        const file = require.resolve(`world-atlas/countries-${scale}.json`);
        this.addWatchFile(file);
        const topology = JSON.parse(readFileSync(file, 'utf8')) as Topology<{
          countries: GeometryCollection;
        }>;
        return unwrapCountries(feature(topology, topology.objects.countries) as FeatureCollection);
      };
      // JSON.parse of one string literal parses faster than the same data as an object literal.
      code ??= `export default JSON.parse(${JSON.stringify(JSON.stringify(buildCountryLabels(outlines('110m'), outlines('50m'))))});\n`;
      return code;
    },
  };
}
