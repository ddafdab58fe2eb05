// scenarioKml: well-formed KML 2.2 for every export case, names escaped, colours in KML's aabbggrr order,
// rings across 180° as split parts, holes as innerBoundaryIs. GDAL reads the same files in gdal.test.ts.
import { describe, expect, it } from 'vitest';
import { scenarioGeoJson, scenarioKml } from '../../src/export';
import { addCountryArea } from '../../src/scenario';
import { EXPORT_CASES, exportCase, ringFeatureCounts, shownSystems } from './exportCases';
import { elementTexts, xmlProblems } from './xmlProblems';

const placemarks = (kml: string) => kml.split('<Placemark>').slice(1);

describe.each(EXPORT_CASES)('$name', ({ scenario, systems }) => {
  const kml = scenarioKml(scenario, systems);

  it('is well-formed XML with a KML 2.2 root and the title as the document name', () => {
    expect(xmlProblems(kml)).toEqual([]);
    expect(
      kml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<kml xmlns="http://www.opengis.net/kml/2.2">'),
    ).toBe(true);
    expect(elementTexts(kml, 'name')[0]).toBe(scenario.title);
  });

  it('has a style per system and per band, and a placemark per ring, per band and per launch point', () => {
    const count = ringFeatureCounts(scenario, systems);
    const bandStyles = scenario.sites.length > 0 ? count.bands / scenario.sites.length : 0;
    expect(kml.match(/<Style id=/g)).toHaveLength(systems.length + bandStyles);
    expect(placemarks(kml)).toHaveLength(count.all);
  });

  it('writes the same rings as the GeoJSON export, as lon,lat,0 in plain decimals', () => {
    const rings = scenarioGeoJson(scenario, systems).features.filter((f) => f.geometry.type !== 'Point');
    const kmlRings = placemarks(kml).filter((p) => p.includes('<Polygon>'));
    expect(kmlRings).toHaveLength(rings.length);
    rings.forEach((ring, i) => {
      const geometry = ring.geometry as GeoJSON.Polygon | GeoJSON.MultiPolygon;
      const parts = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
      const expected = parts.flat().map((r) => r.map(([lon, lat]) => `${lon},${lat},0`).join(' '));
      expect(elementTexts(kmlRings[i] as string, 'coordinates')).toEqual(expected);
      expect(kmlRings[i]?.includes('<MultiGeometry>')).toBe(parts.length > 1);
    });
    for (const text of elementTexts(kml, 'coordinates')) expect(text).toMatch(/^[-\d.,0 ]+$/);
  });
});

describe('scenarioKml', () => {
  it('writes KML colours as aabbggrr: opaque lines, fills at 20 %', () => {
    const { scenario, systems } = exportCase('default');
    const kml = scenarioKml(scenario, systems);
    expect(kml).toContain(
      '<Style id="system-1">\n<LineStyle><color>ff005ed5</color><width>2</width></LineStyle>\n<PolyStyle><color>33005ed5</color></PolyStyle>\n</Style>',
    );
    expect(kml).toContain('<LineStyle><color>ffb27200</color>'); // #0072B2
    expect(placemarks(kml)[0]).toContain('<styleUrl>#system-1</styleUrl>');
  });

  it('describes each ring with its range and source', () => {
    const { scenario, systems } = exportCase('default');
    const [tomahawk] = placemarks(scenarioKml(scenario, systems));
    expect(elementTexts(tomahawk as string, 'name')).toEqual(['Tomahawk · 1,600 km · Kharkiv']);
    expect(elementTexts(tomahawk as string, 'description')).toEqual([
      [
        'Tomahawk (cruise missile): 1,600 km from Kharkiv, measured on the WGS84 ellipsoid.',
        systems[0]?.note,
        'Source: Associated Press, Trump weighs Tomahawks for Ukraine, 2025-10-16',
        'Also: USNI News, 2016',
      ].join('\n'),
    ]);
    expect(tomahawk).toContain('<SimpleData name="range_m">1600000</SimpleData>');
    const eram = placemarks(scenarioKml(scenario, systems))[1] as string;
    expect(elementTexts(eram, 'description')[0]).toContain('Published band: 240 km–460 km.');
    const inMiles = scenarioKml({ ...scenario, units: 'mi' }, systems);
    expect(elementTexts(inMiles, 'name').slice(1, 4)).toEqual([
      'Tomahawk · 995 mi · Kharkiv',
      'ERAM · 285 mi · Kharkiv',
      'ATACMS · 186 mi · Kharkiv',
    ]);
  });

  it('escapes every text from users: names, labels, sources and the title', () => {
    const { scenario, systems } = exportCase('markup-in-names');
    const kml = scenarioKml(scenario, systems);
    for (const raw of ['<b>', '<i>', '<script>', '&"', ' & Co', 'R&D']) expect(kml).not.toContain(raw);
    expect(kml).toContain('Fateh &lt;b&gt;&amp;&quot;');
    expect(kml).toContain('&lt;script&gt;alert(&apos;x&apos;)&lt;/script&gt; &amp; Co');
    expect(elementTexts(kml, 'name')).toContain('Rings <b>&amp; "quotes"</b>');
    expect(elementTexts(kml, 'SimpleData')).toContain('R&D "weekly" <i>');
  });

  it('drops characters XML cannot hold instead of writing a broken file', () => {
    const { scenario, systems } = exportCase('default');
    const kml = scenarioKml({ ...scenario, title: 'a\u0000b\u0007c\ud800d' }, systems);
    expect(xmlProblems(kml)).toEqual([]);
    expect(elementTexts(kml, 'name')[0]).toBe('abcd');
  });

  it('writes a ring with a hole as outer and inner boundaries', () => {
    const { scenario, systems } = exportCase('near-antipodal-hole');
    const [ring] = placemarks(scenarioKml(scenario, systems));
    expect(ring?.match(/<outerBoundaryIs>/g)).toHaveLength(1);
    expect(ring?.match(/<innerBoundaryIs>/g)).toHaveLength(1);
  });

  it('writes a launch point as a point with its position', () => {
    const { scenario, systems } = exportCase('antimeridian-fiji');
    const point = placemarks(scenarioKml(scenario, systems)).at(-1);
    expect(point).toBe(
      '\n<name>Suva</name>\n<description>Launch point, 18.14°S 178.44°E</description>\n<ExtendedData><SchemaData schemaUrl="#range-rings">\n<SimpleData name="kind">launch-point</SimpleData>\n</SchemaData></ExtendedData>\n<Point><coordinates>178.4419,-18.1416,0</coordinates></Point>\n</Placemark>\n</Document>\n</kml>\n',
    );
  });
});

describe('scenarioKml with launch areas', () => {
  // Fiji straddles 180°: its outline and ATACMS's reach from it are both split there, as the GeoJSON is.
  const base = exportCase('default').scenario;
  const scenario = addCountryArea({ ...base, systemIds: ['tomahawk', 'atacms'] }, 'FJ');
  const systems = shownSystems(scenario);
  const kml = scenarioKml(scenario, systems);
  const geojson = scenarioGeoJson(scenario, systems);

  it('names each reach area "system from area" with its figures, in the system style', () => {
    const reaches = placemarks(kml).filter((p) =>
      p.includes('<SimpleData name="kind">reach-area</SimpleData>'),
    );
    expect(reaches.map((p) => elementTexts(p, 'name')[0])).toEqual([
      'Tomahawk from Fiji',
      'ATACMS from Fiji',
    ]);
    expect(reaches[0]).toContain('<styleUrl>#system-1</styleUrl>');
    expect(reaches[1]).toContain('<styleUrl>#system-2</styleUrl>');
    expect(reaches[1]).toContain('<SimpleData name="range_m">300000</SimpleData>');
    expect(elementTexts(reaches[1] as string, 'description')[0]).toMatch(
      /^ATACMS \(ballistic missile\): every point within 300 km of some point of Fiji \(Natural Earth 1:110m outline\), measured on the WGS84 ellipsoid\.\nSource: /,
    );
  });

  it('writes reach areas and the launch area as the GeoJSON export does, split at 180° into a MultiGeometry', () => {
    const shapes = geojson.features.filter((f) =>
      ['reach-area', 'launch-area'].includes(f.properties?.kind as string),
    );
    const kmlShapes = placemarks(kml).filter((p) =>
      /<SimpleData name="kind">(reach|launch)-area<\/SimpleData>/.test(p),
    );
    expect(kmlShapes).toHaveLength(3);
    shapes.forEach((shape, i) => {
      const geometry = shape.geometry as GeoJSON.MultiPolygon;
      expect(geometry.type).toBe('MultiPolygon');
      const expected = geometry.coordinates
        .flat()
        .map((r) => r.map(([lon, lat]) => `${lon},${lat},0`).join(' '));
      expect(elementTexts(kmlShapes[i] as string, 'coordinates')).toEqual(expected);
      expect(kmlShapes[i]).toContain('<MultiGeometry>');
      // one part east of 180°, one west: each touches the seam
      const lons = geometry.coordinates.map((part) => part[0]?.map(([lon]) => lon) ?? []);
      expect(lons.some((part) => part.includes(180))).toBe(true);
      expect(lons.some((part) => part.includes(-180))).toBe(true);
    });
  });

  it('draws the launch area in grey and names it', () => {
    const area = placemarks(kml).find((p) =>
      p.includes('<SimpleData name="kind">launch-area</SimpleData>'),
    ) as string;
    expect(elementTexts(area, 'name')).toEqual(['Fiji']);
    expect(area).toContain('<styleUrl>#launch-area</styleUrl>');
    expect(kml).toContain(
      '<Style id="launch-area">\n<LineStyle><color>ff5a5a5a</color><width>2</width></LineStyle>\n<PolyStyle><color>1f5a5a5a</color></PolyStyle>\n</Style>',
    );
    expect(xmlProblems(kml)).toEqual([]);
  });
});
