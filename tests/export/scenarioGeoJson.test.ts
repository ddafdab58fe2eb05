// scenarioGeoJson: valid RFC 7946 for every export case (by an independent validator and by the RFC's polygon
// rules), the properties a GIS user reads, and rings that are true geodesic circles after rounding.
import { getIssues } from '@placemarkio/check-geojson';
import { booleanPointInPolygon } from '@turf/turf';
import type { Feature, MultiPolygon, Point, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { scenarioGeoJson } from '../../src/export';
import { distanceM } from '../../src/geo';
import type { SystemEntry } from '../../src/panels';
import { DATA_SYSTEMS, EXPORT_CASES, exportCase, ringFeatureCounts } from './exportCases';
import { rfc7946Problems } from './rfc7946Problems';

type RingFeature = Feature<Polygon | MultiPolygon, Record<string, unknown>>;
const ringsOf = (fc: ReturnType<typeof scenarioGeoJson>) =>
  fc.features.filter((f) => f.properties?.kind === 'range-ring') as RingFeature[];
const pointsOf = (fc: ReturnType<typeof scenarioGeoJson>) =>
  fc.features.filter((f) => f.properties?.kind === 'launch-point') as Feature<Point>[];

describe.each(EXPORT_CASES)('$name', ({ scenario, systems }) => {
  const fc = scenarioGeoJson(scenario, systems);
  const text = JSON.stringify(fc);

  it('passes @placemarkio/check-geojson with no issue', () => {
    expect(getIssues(text)).toEqual([]);
  });

  it('has one ring per shown system and launch point, then one point per launch point', () => {
    expect(ringsOf(fc)).toHaveLength(scenario.sites.length * systems.length);
    expect(pointsOf(fc)).toHaveLength(scenario.sites.length);
    expect(fc.features.slice(0, ringsOf(fc).length).every((f) => f.properties?.kind === 'range-ring')).toBe(
      true,
    );
    expect(Object.keys(fc)).toEqual(['type', 'features']);
  });

  it('writes every ring as RFC 7946 asks: closed, counter-clockwise, within ±180°, 7 decimals', () => {
    for (const ring of ringsOf(fc)) {
      expect(rfc7946Problems(ring.geometry), String(ring.properties.system_id)).toEqual([]);
    }
  });

  it('puts every vertex at the true geodesic range from its launch point (GeographicLib), to 5 cm', () => {
    for (const ring of ringsOf(fc)) {
      const site: [number, number] = [ring.properties.site_lon as number, ring.properties.site_lat as number];
      const parts =
        ring.geometry.type === 'Polygon' ? [ring.geometry.coordinates] : ring.geometry.coordinates;
      let worst = 0;
      for (const position of parts.flat(2)) {
        // Corners at a pole close a ring cut at 180°; they are not on the circle.
        if (Math.abs(position[1] as number) === 90) continue;
        const d = distanceM(site, [position[0] as number, position[1] as number]);
        worst = Math.max(worst, Math.abs(d - (ring.properties.range_m as number)));
      }
      expect(worst).toBeLessThan(0.05);
    }
  });

  it('holds each launch point inside its rings', () => {
    for (const ring of ringsOf(fc)) {
      const site: [number, number] = [ring.properties.site_lon as number, ring.properties.site_lat as number];
      expect(booleanPointInPolygon(site, ring.geometry)).toBe(true);
    }
  });

  it('writes each published band after the rings: RFC 7946, every vertex on one of its ends (GeographicLib)', () => {
    const bands = fc.features.filter(
      (f): f is Feature<Polygon | MultiPolygon> => f.properties?.kind === 'range-band',
    );
    expect(bands).toHaveLength(ringFeatureCounts(scenario, systems).bands);
    const firstBand = fc.features.findIndex((f) => f.properties?.kind === 'range-band');
    if (bands.length > 0) expect(firstBand).toBe(ringsOf(fc).length);
    for (const band of bands) {
      expect(rfc7946Problems(band.geometry), String(band.properties?.system_id)).toEqual([]);
      const site: [number, number] = [band.properties?.site_lon, band.properties?.site_lat];
      const [min, max] = [band.properties?.range_min_m as number, band.properties?.range_max_m as number];
      const parts =
        band.geometry.type === 'Polygon' ? [band.geometry.coordinates] : band.geometry.coordinates;
      for (const position of parts.flat(2)) {
        if (Math.abs(position[1] as number) === 90 || Math.abs(position[0] as number) === 180) continue;
        const d = distanceM(site, [position[0] as number, position[1] as number]);
        expect(Math.min(Math.abs(d - min), Math.abs(d - max))).toBeLessThan(0.05);
      }
      // the launch point is in the hole
      expect(booleanPointInPolygon(site, band.geometry)).toBe(false);
    }
  });
});

describe('published bands', () => {
  it('name the system, both ends in metres and in the unit, the launch point and the sources, as a ring does', () => {
    const { scenario, systems } = exportCase('default');
    const bands = scenarioGeoJson(scenario, systems).features.filter(
      (f) => f.properties?.kind === 'range-band',
    );
    expect(bands.map((b) => b.properties)).toEqual([
      expect.objectContaining({
        system_id: 'eram',
        system_name: 'ERAM',
        range_min_m: 240_000,
        range_max_m: 460_000,
        range_min: 240,
        range_max: 460,
        unit: 'km',
        site_label: 'Kharkiv',
        stroke: '#0072b2',
        'fill-opacity': 0.06,
      }),
      expect.objectContaining({ system_id: 'atacms', range_min_m: 165_000, range_max_m: 300_000 }),
    ]);
    expect(bands[0]?.properties?.source).toContain('Associated Press');
    expect(bands[0]?.properties?.sources).toContain('The Wall Street Journal');
    expect(bands[0]?.geometry).toMatchObject({
      type: 'Polygon',
      coordinates: [expect.any(Array), expect.any(Array)],
    });
  });
});

describe('ring properties', () => {
  it('name the system, range, unit, launch point, source and simplestyle colours', () => {
    const { scenario, systems } = exportCase('default');
    const [tomahawk] = ringsOf(scenarioGeoJson(scenario, systems));
    expect(tomahawk?.properties).toStrictEqual({
      kind: 'range-ring',
      system_id: 'tomahawk',
      system_name: 'Tomahawk',
      range_m: 1_600_000,
      range: 1600,
      unit: 'km',
      range_max_m: 2_500_000,
      site_label: 'Kharkiv',
      site_lon: 36.2304,
      site_lat: 49.9935,
      source: 'Associated Press, Trump weighs Tomahawks for Ukraine, 2025-10-16',
      sources: 'Associated Press, Trump weighs Tomahawks for Ukraine, 2025-10-16; USNI News, 2016',
      system_type: 'cruise missile',
      variant: 'Block IV/V',
      note: DATA_SYSTEMS[0]?.note,
      stroke: '#d55e00',
      'stroke-width': 2,
      'stroke-opacity': 1,
      fill: '#d55e00',
      'fill-opacity': 0.2,
    });
  });

  it('give the range in the scenario unit and the published band in metres', () => {
    const fiji = ringsOf(
      scenarioGeoJson(exportCase('antimeridian-fiji').scenario, exportCase('antimeridian-fiji').systems),
    );
    expect(fiji[0]?.properties).toMatchObject({
      range_m: 1_600_000,
      range: 995,
      unit: 'mi',
      site_label: 'Suva',
    });
    const { scenario, systems } = exportCase('two-sites');
    const rings = ringsOf(scenarioGeoJson(scenario, systems));
    expect(rings.map((r) => [r.properties.site_label, r.properties.system_id, r.properties.range])).toEqual([
      ['Kharkiv', 'tomahawk', 863.93],
      ['Kharkiv', 'eram', 248.38],
      ['Kharkiv', 'atacms', 161.99],
      ['Kyiv', 'tomahawk', 863.93],
      ['Kyiv', 'eram', 248.38],
      ['Kyiv', 'atacms', 161.99],
    ]);
    expect(rings[1]?.properties).toMatchObject({ range_min_m: 240_000, range_max_m: 460_000 });
  });

  it('keep names with markup as they are (JSON needs no escaping beyond its own)', () => {
    const { scenario, systems } = exportCase('markup-in-names');
    const fc = scenarioGeoJson(scenario, systems);
    const fateh = ringsOf(fc).find((r) => r.properties.system_name === 'Fateh <b>&"');
    expect(fateh?.properties).toMatchObject({ system_id: 'custom-fateh-b', source: 'R&D "weekly" <i>' });
    expect(pointsOf(fc).map((p) => p.properties)).toEqual([
      { kind: 'launch-point', label: 'Kharkiv' },
      { kind: 'launch-point', label: "<script>alert('x')</script> & Co" },
    ]);
    expect(JSON.parse(JSON.stringify(fc))).toStrictEqual(fc);
  });
});

describe('geometry', () => {
  it('splits the Fiji ring at 180° into a MultiPolygon with a part on each side', () => {
    const { scenario, systems } = exportCase('antimeridian-fiji');
    const [ring] = ringsOf(scenarioGeoJson(scenario, systems));
    expect(ring?.geometry.type).toBe('MultiPolygon');
    const parts = (ring!.geometry as MultiPolygon).coordinates;
    const sides = parts.map((part) => Math.sign(part[0]?.reduce((sum, p) => sum + (p[0] as number), 0) ?? 0));
    expect(sides.sort()).toEqual([-1, 1]);
    for (const side of [179.9, -179.9]) expect(booleanPointInPolygon([side, -18], ring!.geometry)).toBe(true);
  });

  it('writes the Svalbard ring as one polygon around the North Pole, closed along 180°', () => {
    const { scenario, systems } = exportCase('covers-north-pole-svalbard');
    const [ring] = ringsOf(scenarioGeoJson(scenario, systems));
    expect(ring?.geometry.type).toBe('Polygon');
    for (const inside of [
      [0, 89.9],
      [179.99, 88],
      [-179.99, 88],
      [-164.3644, 88],
      [15.6, 70],
    ] as const) {
      expect(booleanPointInPolygon([...inside], ring!.geometry), String(inside)).toBe(true);
    }
    expect(booleanPointInPolygon([15.6, 60], ring!.geometry)).toBe(false);
  });

  it('keeps the hole around the antipode of a 19,900 km ring, clockwise', () => {
    const { scenario, systems } = exportCase('near-antipodal-hole');
    const [ring] = ringsOf(scenarioGeoJson(scenario, systems));
    expect(ring?.geometry.type).toBe('Polygon');
    expect((ring!.geometry as Polygon).coordinates).toHaveLength(2);
    expect(booleanPointInPolygon([30.5234 - 180, -50.4501], ring!.geometry)).toBe(false);
  });

  it('traces the number of vertices asked for, 360 by default', () => {
    const { scenario, systems } = exportCase('default');
    const count = (vertices?: number) =>
      (ringsOf(scenarioGeoJson(scenario, systems, vertices ? { vertices } : {}))[0]!.geometry as Polygon)
        .coordinates[0]?.length;
    expect(count()).toBe(361);
    expect(count(64)).toBe(65);
  });

  it('leaves out a system with no positive range instead of throwing', () => {
    const { scenario, systems } = exportCase('default');
    const broken: SystemEntry[] = [
      { ...(systems[0] as SystemEntry), id: 'zero', rangeKm: 0 },
      { ...(systems[0] as SystemEntry), id: 'nan', rangeKm: Number.NaN },
    ];
    const fc = scenarioGeoJson(scenario, [...broken, ...systems]);
    expect(ringsOf(fc).map((r) => r.properties.system_id)).toEqual(['tomahawk', 'eram', 'atacms']);
  });

  it('gives only launch points when no system is shown, and nothing for a map with no launch point', () => {
    const { scenario, systems } = exportCase('default');
    expect(scenarioGeoJson(scenario, []).features.map((f) => f.properties?.kind)).toEqual(['launch-point']);
    expect(scenarioGeoJson({ ...scenario, sites: [] }, systems)).toStrictEqual({
      type: 'FeatureCollection',
      features: [],
    });
  });
});
