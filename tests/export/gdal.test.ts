// The exports as GIS tools read them: GDAL's ogrinfo opens every GeoJSON and KML file, counts its features and
// finds no invalid geometry (GEOS rules, as QGIS and PostGIS apply them). GDAL is required, never skipped:
// without it these tests fail and say to install gdal-bin. How validity is checked: see countInvalid in gdal.ts.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scenarioGeoJson, scenarioKml } from '../../src/export';
import { addCountryArea, type Scenario } from '../../src/scenario';
import { EXPORT_CASES, exportCase, ringFeatureCounts, shownSystems } from './exportCases';

const only = (s: Scenario, ids: string[]): Scenario => ({ ...s, systemIds: ids });

import { countInvalid, INSTALL_HINT, layerSummaries, ogrinfo } from './gdal';

const dir = mkdtempSync(join(tmpdir(), 'range-rings-export-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Forces the fallback: the SQLite dialect without SpatiaLite, as in a GDAL built without it.
const NO_SPATIALITE = { SPATIALITE_LOAD: 'NO' };
// Each test starts ogrinfo a few times (about 0.2 s each here); room for a slow CI machine.
const SLOW = { timeout: 30_000 };

function write(name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

describe('GDAL', () => {
  it('is installed (ogrinfo on the PATH)', () => {
    const run = ogrinfo(['--version']);
    expect(run.status, INSTALL_HINT).toBe(0);
    expect(run.stdout).toMatch(/^GDAL \d+\.\d+/);
  });

  it('flags an invalid geometry with both validity checks, so a pass means something', SLOW, () => {
    const bowtie = [
      [0, 0],
      [1, 1],
      [1, 0],
      [0, 1],
      [0, 0],
    ];
    // two parts that share an edge: what a pole cap cut along the wrong meridian would be
    const touching = {
      type: 'MultiPolygon',
      coordinates: [
        [
          [
            [0, 80],
            [10, 80],
            [10, 90],
            [0, 90],
            [0, 80],
          ],
        ],
        [
          [
            [10, 80],
            [20, 80],
            [20, 90],
            [10, 90],
            [10, 80],
          ],
        ],
      ],
    };
    const file = write(
      'invalid.geojson',
      JSON.stringify({
        type: 'FeatureCollection',
        features: [
          { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [bowtie] } },
          { type: 'Feature', properties: {}, geometry: touching },
        ],
      }),
    );
    expect(countInvalid(file, 'invalid')).toEqual({ method: 'ST_IsValid', invalid: 2 });
    expect(countInvalid(file, 'invalid', NO_SPATIALITE)).toEqual({ method: 'ST_MakeValid', invalid: 2 });
  });
});

describe('launch area', () => {
  // Tomahawk from Kharkiv and from all of Ukraine: a ring, a reach area, a launch point and the area's outline.
  const scenario = addCountryArea(only(exportCase('default').scenario, ['tomahawk']), 'UA');
  const systems = shownSystems(scenario);

  it('GeoJSON: ogrinfo opens it, counts the reach area and the area, and finds none invalid', SLOW, () => {
    const fc = scenarioGeoJson(scenario, systems);
    const reach = fc.features.filter((f) => f.properties?.kind === 'reach-area');
    expect(reach.map((f) => f.properties)).toMatchObject([
      {
        system_id: 'tomahawk',
        system_name: 'Tomahawk',
        range_m: 1_600_000,
        area_code: 'UA',
        area_label: 'Ukraine',
      },
    ]);
    const file = write('launch-area.geojson', JSON.stringify(fc));
    expect(layerSummaries(file)).toEqual([{ name: 'launch-area', featureCount: 4 }]);
    expect(countInvalid(file, 'launch-area')).toEqual({ method: 'ST_IsValid', invalid: 0 });
    const all = ogrinfo(['-ro', '-al', '-q', file]);
    expect(all.stdout).toContain('kind (String) = reach-area\n');
    expect(all.stdout).toContain('area_label (String) = Ukraine\n');
  });

  it(
    'KML: xmllint finds it well-formed; ogrinfo reads the reach area by name and finds none invalid',
    SLOW,
    () => {
      const file = write('launch-area.kml', scenarioKml(scenario, systems));
      const lint = spawnSync('xmllint', ['--noout', file], { encoding: 'utf8' });
      expect(lint.error, 'xmllint is not installed: apt-get install libxml2-utils').toBeUndefined();
      expect(lint.stderr).toBe('');
      expect(lint.status).toBe(0);
      // the ring, the reach area, the launch point and the launch area
      expect(layerSummaries(file)).toEqual([{ name: scenario.title, featureCount: 4 }]);
      expect(countInvalid(file, scenario.title)).toEqual({ method: 'ST_IsValid', invalid: 0 });
      const all = ogrinfo(['-ro', '-al', '-q', file]);
      expect(all.stdout).toContain('Name (String) = Tomahawk from Ukraine\n');
      expect(all.stdout).toContain('Name (String) = Ukraine\n');
      expect(all.stdout).toContain('kind (String) = reach-area\n');
      expect(all.stdout).toMatch(/MULTIPOLYGON|POLYGON/);
    },
  );

  it('KML across 180°: the reach from Fiji is read as one valid multipolygon', SLOW, () => {
    const fiji = addCountryArea(only(exportCase('default').scenario, ['atacms']), 'FJ');
    const file = write('fiji-area.kml', scenarioKml(fiji, shownSystems(fiji)));
    expect(spawnSync('xmllint', ['--noout', file]).status).toBe(0);
    // Only the reach is judged: Natural Earth's 1:110m Fiji itself touches itself near 179.8°W.
    const validity = ogrinfo([
      '-ro',
      '-q',
      '-dialect',
      'SQLite',
      '-sql',
      `SELECT Name, ST_IsValid(geometry) AS valid FROM "${fiji.title}" WHERE kind = 'reach-area'`,
      file,
    ]);
    expect(validity.stdout).toContain('Name (String) = ATACMS from Fiji\n  valid (Integer) = 1\n');
    const reach = ogrinfo(['-ro', '-al', '-q', '-where', "Name = 'ATACMS from Fiji'", file]);
    expect(reach.stdout).toContain('MULTIPOLYGON Z (((');
    // the two parts meet along the seam: the same latitudes on 180° and on -180°
    const onSeam = (lon: string) => [
      ...new Set(
        [...reach.stdout.matchAll(/[(,](-?180)(?:\.0)? (-?[\d.]+) 0/g)]
          .filter((m) => m[1] === lon)
          .map((m) => m[2])
          .sort(),
      ),
    ];
    expect(onSeam('180').length).toBeGreaterThan(1);
    expect(onSeam('-180')).toEqual(onSeam('180'));
  });
});

describe.each(EXPORT_CASES)('$name', ({ name, scenario, systems }) => {
  const features = ringFeatureCounts(scenario, systems).all;

  it(`GeoJSON: ogrinfo opens it, counts ${features} features and finds none invalid`, SLOW, () => {
    const file = write(`${name}.geojson`, JSON.stringify(scenarioGeoJson(scenario, systems)));
    expect(layerSummaries(file)).toEqual([{ name, featureCount: features }]);
    expect(countInvalid(file, name)).toEqual({ method: 'ST_IsValid', invalid: 0 });
    expect(countInvalid(file, name, NO_SPATIALITE)).toEqual({ method: 'ST_MakeValid', invalid: 0 });
  });

  it(
    `KML: ogrinfo parses it, counts ${features} features, finds none invalid and reads names unescaped`,
    SLOW,
    () => {
      const file = write(`${name}.kml`, scenarioKml(scenario, systems));
      // A Document's placemarks form one layer, named after the Document: the map's title.
      expect(layerSummaries(file)).toEqual([{ name: scenario.title, featureCount: features }]);
      expect(countInvalid(file, scenario.title)).toEqual({ method: 'ST_IsValid', invalid: 0 });
      const all = ogrinfo(['-ro', '-al', '-q', file]);
      expect(all.status).toBe(0);
      for (const site of scenario.sites) expect(all.stdout).toContain(`Name (String) = ${site.label}\n`);
      for (const system of systems) expect(all.stdout).toContain(`system_name (String) = ${system.name}\n`);
      // typed by the document's schema: a range is a number to GIS tools, not text
      expect(all.stdout).toMatch(/\n {2}range_m \(Real\) = \d+\n/);
      expect(all.stdout).toContain('kind (String) = range-ring\n');
      expect(all.stdout).toContain('kind (String) = launch-point\n');
    },
  );
});
