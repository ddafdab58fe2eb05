// Marks in the GeoJSON and KML exports, read back by GDAL's ogrinfo as a GIS user would: each mark is a point
// with its label and its distances; the distances are checked against GeographicLib, not against the export.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import geographiclib from 'geographiclib-geodesic';
import { afterAll, describe, expect, it } from 'vitest';
import { scenarioGeoJson, scenarioKml } from '../../src/export';
import { addMark, addSite, defaultScenario, markReach, reachText, type Scenario } from '../../src/scenario';
import { CONTEXT, ringFeatureCounts, shownSystems } from './exportCases';
import { layerSummaries, ogrinfo } from './gdal';

const dir = mkdtempSync(join(tmpdir(), 'range-rings-marks-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const SLOW = { timeout: 30_000 };
const MOSCOW: [number, number] = [37.6176, 55.7558];
const LONDON: [number, number] = [-0.1276, 51.5072];

const base = defaultScenario(CONTEXT.systemIds.map((id) => ({ id })));
const scenario: Scenario = addMark(
  addMark(
    addSite({ ...base, systemIds: ['tomahawk', 'atacms'] }, [30.5234, 50.4501], 'Kyiv'),
    MOSCOW,
    'Moscow',
  ),
  LONDON,
  'London & <Thames>',
);
const systems = shownSystems(scenario);

function trueKm(a: [number, number], b: [number, number]): number {
  return (geographiclib.Geodesic.WGS84.Inverse(a[1], a[0], b[1], b[0]).s12 as number) / 1000;
}

describe('markReach', () => {
  it('measures geodesic distances from every launch point and names the systems that reach', () => {
    const reach = markReach(MOSCOW, scenario.sites, systems);
    expect(reach.map((r) => r.siteLabel)).toEqual(['Kharkiv', 'Kyiv']);
    for (const [i, site] of scenario.sites.entries()) {
      expect(reach[i]?.distanceKm).toBeCloseTo(trueKm(site.lonLat, MOSCOW), 6);
    }
    // Tomahawk (1,600 km) reaches Moscow from Kharkiv (≈ 640 km); ATACMS (300 km) does not
    expect(reach[0]?.reachedBy).toEqual(['Tomahawk']);
    expect(markReach(LONDON, scenario.sites, systems).every((r) => r.reachedBy.length === 0)).toBe(true);
  });

  it('says the reach in words', () => {
    expect(reachText([])).toBe('out of reach of all shown systems');
    expect(reachText(['Tomahawk'])).toBe("within Tomahawk's range");
    expect(reachText(['Tomahawk', 'ERAM', 'ATACMS'])).toBe('within range of Tomahawk, ERAM and ATACMS');
  });
});

describe('marks in GeoJSON and KML', () => {
  it('GeoJSON: each mark is a point feature of kind "mark" with its label and distances', SLOW, () => {
    const fc = scenarioGeoJson(scenario, systems, { vertices: 64 });
    const marks = fc.features.filter((f) => f.properties?.kind === 'mark');
    expect(marks.map((f) => f.geometry)).toEqual([
      { type: 'Point', coordinates: MOSCOW },
      { type: 'Point', coordinates: LONDON },
    ]);
    const moscow = marks[0]?.properties;
    expect(moscow?.label).toBe('Moscow');
    expect(moscow?.distances[0]).toEqual({
      site_label: 'Kharkiv',
      distance_m: Math.round(trueKm(scenario.sites[0]!.lonLat, MOSCOW) * 1000),
      reached_by: ['Tomahawk'],
    });
    expect(moscow?.reach).toMatch(
      /^Moscow — 6\d\d km from Kharkiv: within Tomahawk's range; Moscow — 7\d\d km from Kyiv: /,
    );
    const file = join(dir, 'marks.geojson');
    writeFileSync(file, JSON.stringify(fc));
    const features = ringFeatureCounts(scenario, systems).all + 2;
    expect(layerSummaries(file)).toEqual([{ name: 'marks', featureCount: features }]);
    const read = ogrinfo(['-ro', '-al', '-q', '-where', "kind = 'mark'", file]);
    expect(read.status).toBe(0);
    expect(read.stdout).toContain('label (String) = Moscow\n');
    expect(read.stdout).toContain('label (String) = London & <Thames>\n');
    expect(read.stdout).toContain('POINT (37.6176 55.7558)');
  });

  it(
    'KML: each mark is a placemark with a point, its name unescaped and its distances described',
    SLOW,
    () => {
      const kml = scenarioKml(scenario, systems);
      expect(kml).toContain('<name>London &amp; &lt;Thames&gt;</name>');
      const file = join(dir, 'marks.kml');
      writeFileSync(file, kml);
      const read = ogrinfo(['-ro', '-al', '-q', '-where', "kind = 'mark'", file]);
      expect(read.status).toBe(0);
      expect(read.stdout).toContain('Name (String) = London & <Thames>\n');
      expect(read.stdout).toContain('POINT Z (37.6176 55.7558 0)');
      expect(read.stdout).toMatch(/Moscow — 6\d\d km from Kharkiv: within Tomahawk's range/);
      expect(read.stdout).toContain('out of reach of all shown systems');
    },
  );
});
