// A scenario as a KML 2.2 document for Google Earth: a style per system, a placemark per ring, per reach area,
// per launch point, per launch area and per mark. Shapes crossing 180° are written as the split parts RFC 7946
// asks for, which Google Earth fills right; the reach areas are the GeoJSON export's own (exportReachAreas).
import { hasBand } from '../data';
import type { SystemEntry } from '../panels';
import { describeMarkReach, formatLonLat, formatRange, markReach, type Scenario } from '../scenario';
import { type ExportBand, exportBands } from './exportBands';
import { kmlColor } from './exportColor';
import { type ExportLaunchArea, exportLaunchAreas } from './exportLaunchAreas';
import { type ExportReachArea, exportReachAreas } from './exportReachAreas';
import { type ExportRing, exportRings } from './exportRings';
import { element, extendedData, KML_SCHEMA, type KmlField, placemark, position } from './kmlPlacemark';
import {
  BAND_FILL_OPACITY,
  BAND_STROKE_OPACITY,
  BAND_STROKE_WIDTH,
  RING_FILL_OPACITY,
  RING_STROKE_WIDTH,
} from './scenarioGeoJson';
import { sourceText } from './sourceText';

// Numbers in descriptions are written the same on every machine, whatever its locale.
const LOCALE = 'en-US';

/**
 * The KML text of a scenario's rings (the shown `systems` from every launch point), reach areas (the shown
 * `systems` from every launch area, named "Tomahawk from Ukraine"), launch points and launch areas. Names
 * and descriptions are plain text, escaped; each ring's and reach area's figures are also in its ExtendedData.
 *
 * @example
 * scenarioKml(defaultScenario([{ id: 'atacms' }]), [atacms]);
 * // '<?xml version="1.0" encoding="UTF-8"?>\n<kml xmlns="http://www.opengis.net/kml/2.2">\n<Document>…'
 */
export function scenarioKml(scenario: Scenario, systems: readonly SystemEntry[]): string {
  const styleIds = new Map(systems.map((system, i) => [system.id, `system-${i + 1}`]));
  const areas = exportLaunchAreas(scenario);
  const bands = exportBands(scenario, systems);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<kml xmlns="http://www.opengis.net/kml/2.2">',
    '<Document>',
    element('name', scenario.title),
    element(
      'description',
      'Range rings: every point at the stated WGS84 geodesic distance from a launch point.',
    ),
    KML_SCHEMA,
    ...systems.map((system) => systemStyle(styleIds.get(system.id) as string, system.color)),
    ...(areas.length > 0 ? [systemStyle(AREA_STYLE_ID, AREA_COLOR, AREA_FILL_OPACITY)] : []),
    ...bands
      .map(({ system }) => system)
      .filter((system, i, all) => all.indexOf(system) === i)
      .map((system) =>
        systemStyle(
          `band-${styleIds.get(system.id)}`,
          system.color,
          BAND_FILL_OPACITY,
          BAND_STROKE_WIDTH,
          BAND_STROKE_OPACITY,
        ),
      ),
    ...exportRings(scenario, systems).map((ring) =>
      ringPlacemark(ring, scenario, styleIds.get(ring.system.id) as string),
    ),
    ...bands.map((band) => bandPlacemark(band, scenario, `band-${styleIds.get(band.system.id)}`)),
    ...exportReachAreas(scenario, systems).map((reach) =>
      reachPlacemark(reach, scenario, styleIds.get(reach.system.id) as string),
    ),
    ...scenario.sites.map((site) =>
      [
        '<Placemark>',
        element('name', site.label),
        element('description', `Launch point, ${formatLonLat(site.lonLat)}`),
        extendedData([['kind', 'launch-point']]),
        `<Point><coordinates>${position(site.lonLat)}</coordinates></Point>`,
        '</Placemark>',
      ].join('\n'),
    ),
    ...areas.map(areaPlacemark),
    ...(scenario.marks ?? []).map((mark) => {
      const reach = markReach(mark.lonLat, scenario.sites, systems);
      return [
        '<Placemark>',
        element('name', mark.label),
        element(
          'description',
          [
            `Mark, ${formatLonLat(mark.lonLat)}`,
            ...reach.map((r) => describeMarkReach(mark.label, r, scenario.units, LOCALE)),
          ].join('\n'),
        ),
        extendedData([['kind', 'mark']]),
        `<Point><coordinates>${position(mark.lonLat)}</coordinates></Point>`,
        '</Placemark>',
      ].join('\n');
    }),
    '</Document>',
    '</kml>',
    '',
  ];
  return lines.join('\n');
}

// Launch areas in the map's neutral grey (AreasLayer), fainter than a reach.
const AREA_STYLE_ID = 'launch-area';
const AREA_COLOR = '#5a5a5a';
const AREA_FILL_OPACITY = 0.12;

function systemStyle(
  id: string,
  color: string,
  fillOpacity = RING_FILL_OPACITY,
  width = RING_STROKE_WIDTH,
  lineOpacity = 1,
): string {
  return [
    `<Style id="${id}">`,
    `<LineStyle><color>${kmlColor(color, lineOpacity)}</color><width>${width}</width></LineStyle>`,
    `<PolyStyle><color>${kmlColor(color, fillOpacity)}</color></PolyStyle>`,
    '</Style>',
  ].join('\n');
}

function ringPlacemark({ site, system, rangeM, geometry }: ExportRing, scenario: Scenario, styleId: string) {
  const range = formatRange(system, scenario.units, LOCALE);
  const source = sourceText(system.sources);
  const band = hasBand(system)
    ? `Published band: ${formatRange(system, scenario.units, LOCALE, system.rangeMinKm)}–${formatRange(system, scenario.units, LOCALE, system.rangeMaxKm)}.`
    : null;
  const description = [
    `${system.name}${system.type ? ` (${system.type})` : ''}: ${range} from ${site.label}, measured on the WGS84 ellipsoid.`,
    ...(band ? [band] : []),
    ...(system.note ? [system.note] : []),
    source ? `Source: ${source}` : 'Source: not given',
    ...system.sources.slice(1).map((other) => `Also: ${sourceText([other])}`),
  ].join('\n');
  const data: [KmlField, string | number][] = [
    ['kind', 'range-ring'],
    ['system_id', system.id],
    ['system_name', system.name],
    ['range_m', rangeM],
    ['site_label', site.label],
    ['source', source],
  ];
  return placemark(`${system.name} · ${range} · ${site.label}`, description, styleId, geometry, data);
}

function bandPlacemark(
  { site, system, minM, maxM, geometry }: ExportBand,
  scenario: Scenario,
  styleId: string,
) {
  const [min, max] = [minM, maxM].map((m) => formatRange(system, scenario.units, LOCALE, m / 1000));
  const description = [
    `${system.name}${system.type ? ` (${system.type})` : ''}: published range band, ${min} to ${max} from ${site.label}, measured on the WGS84 ellipsoid.`,
    ...system.sources.map((one) => `Source: ${sourceText([one])}`),
  ].join('\n');
  return placemark(
    `${system.name} · published ${min}–${max} · ${site.label}`,
    description,
    styleId,
    geometry,
    [
      ['kind', 'range-band'],
      ['system_id', system.id],
      ['system_name', system.name],
      ['range_min_m', minM],
      ['range_max_m', maxM],
      ['site_label', site.label],
      ['source', system.sources.map((one) => sourceText([one])).join('; ')],
    ],
  );
}

function reachPlacemark(
  { system, rangeM, areaLabel, scale, geometry }: ExportReachArea,
  scenario: Scenario,
  styleId: string,
): string {
  const range = formatRange(system, scenario.units, LOCALE);
  const source = sourceText(system.sources);
  const description = [
    `${system.name}${system.type ? ` (${system.type})` : ''}: every point within ${range} of some point of ${areaLabel} (Natural Earth 1:${scale} outline), measured on the WGS84 ellipsoid.`,
    source ? `Source: ${source}` : 'Source: not given',
  ].join('\n');
  return placemark(`${system.name} from ${areaLabel}`, description, styleId, geometry, [
    ['kind', 'reach-area'],
    ['system_id', system.id],
    ['system_name', system.name],
    ['range_m', rangeM],
    ['area_label', areaLabel],
    ['source', source],
  ]);
}

function areaPlacemark({ area, label, scale, geometry }: ExportLaunchArea): string {
  const description =
    scale !== undefined
      ? `Launch area: ${label}, Natural Earth 1:${scale} outline.`
      : `Launch area: ${label}.`;
  return placemark(label, description, AREA_STYLE_ID, geometry, [
    ['kind', 'launch-area'],
    area.kind === 'country' ? ['area_code', area.code] : ['area_kind', area.kind],
    ['area_label', label],
  ]);
}
