// A scenario as an RFC 7946 FeatureCollection: one feature per ring and one per launch point, with
// simplestyle-spec colours so that geojson.io and similar viewers draw them in the app's colours.
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import type { SystemEntry } from '../panels';
import {
  type DistanceUnit,
  describeMarkReach,
  KM_PER_UNIT,
  type LaunchArea,
  markReach,
  type Scenario,
  type Site,
} from '../scenario';
import { exportBands } from './exportBands';
import { hexColor } from './exportColor';
import { exportLaunchAreas } from './exportLaunchAreas';
import { exportReachAreas } from './exportReachAreas';
import { DEFAULT_EXPORT_VERTICES, exportRings, metres } from './exportRings';
import { roundCoordinate } from './roundGeometry';
import { sourceText } from './sourceText';

export interface ScenarioGeoJsonOptions {
  /** Azimuths traced per ring (rounded up to a multiple of 4); default 360. */
  vertices?: number;
}

/** Fill opacity of the exported rings, for GeoJSON and KML alike. */
export const RING_FILL_OPACITY = 0.2;
export const RING_STROKE_WIDTH = 2;
/** A published band's look, as the map's (map/ringLayerStyles), for GeoJSON and KML alike. */
export const BAND_FILL_OPACITY = 0.06;
export const BAND_STROKE_WIDTH = 1;
export const BAND_STROKE_OPACITY = 0.7;

/**
 * The rings of the shown systems (`systems`, as drawn) from every launch point, then the launch points.
 * Ring properties: `kind: 'range-ring'`, `system_id`, `system_name`, `range_m`, `range` and `unit` (the
 * scenario's unit), `range_min_m`/`range_max_m` for a published band, `site_label`, `site_lon`, `site_lat`,
 * `source`, and simplestyle `stroke`, `stroke-width`, `stroke-opacity`, `fill`, `fill-opacity`.
 * Then each published band (a system with both ends, from each launch point): `kind: 'range-band'`, the area
 * between the ends (the inner one a hole), `system_id`, `system_name`, `range_min_m`, `range_max_m`,
 * `range_min`, `range_max`, `unit`, `site_label`, `site_lon`, `site_lat`, `source` and `sources` as a ring's, and
 * a fainter styling.
 * Then each shown system's reach from each launch area: `kind: 'reach-area'`, `system_id`, `system_name`,
 * `range_m`, `range`, `unit`, `area_code`, `area_label`, `area_outline`, `source` and the same styling.
 * Launch points: `kind: 'launch-point'`, `label`; launch areas: `kind: 'launch-area'`, `area_label`, and
 * `area_code` for a country (with the outline its reach was computed from), or `area_kind` and `area_id` for a
 * drawn line or polygon or a file's lines, with their own geometry. Marks: `kind: 'mark'`, `label`, `distances`
 * (per launch point: `site_label`, `distance_m`, `reached_by`, the names of the shown systems that reach it) and
 * `reach`, the same in words. Coordinates have 7 decimals.
 *
 * @example
 * const fc = scenarioGeoJson(defaultScenario([{ id: 'atacms' }]), [atacms]);
 * fc.features[0].properties; // { kind: 'range-ring', system_id: 'atacms', range_m: 300000, range: 300, unit: 'km', … }
 * fc.features[1].properties; // { kind: 'launch-point', label: 'Kharkiv' }
 */
export function scenarioGeoJson(
  scenario: Scenario,
  systems: readonly SystemEntry[],
  options: ScenarioGeoJsonOptions = {},
): FeatureCollection {
  const unit = scenario.units;
  const rings = exportRings(scenario, systems, options.vertices ?? DEFAULT_EXPORT_VERTICES);
  const ringFeatures = rings.map(
    ({ site, system, rangeM, geometry }): Feature<Polygon | MultiPolygon> => ({
      type: 'Feature',
      properties: {
        kind: 'range-ring',
        system_id: system.id,
        system_name: system.name,
        range_m: rangeM,
        range: roundRange(publishedIn(system, unit) ?? system.rangeKm / KM_PER_UNIT[unit]),
        unit,
        ...(system.rangeMinKm !== undefined ? { range_min_m: metres(system.rangeMinKm) } : {}),
        ...(system.rangeMaxKm !== undefined ? { range_max_m: metres(system.rangeMaxKm) } : {}),
        ...siteAndSources(site, system),
        ...(system.type !== undefined ? { system_type: system.type } : {}),
        ...(system.variant !== undefined ? { variant: system.variant } : {}),
        ...(system.note !== undefined ? { note: system.note } : {}),
        stroke: hexColor(system.color),
        'stroke-width': RING_STROKE_WIDTH,
        'stroke-opacity': 1,
        fill: hexColor(system.color),
        'fill-opacity': RING_FILL_OPACITY,
      },
      geometry,
    }),
  );
  const bandFeatures = exportBands(scenario, systems, options.vertices ?? DEFAULT_EXPORT_VERTICES).map(
    ({ site, system, minM, maxM, geometry }): Feature<Polygon | MultiPolygon> => ({
      type: 'Feature',
      properties: {
        kind: 'range-band',
        system_id: system.id,
        system_name: system.name,
        range_min_m: minM,
        range_max_m: maxM,
        range_min: roundRange(minM / 1000 / KM_PER_UNIT[unit]),
        range_max: roundRange(maxM / 1000 / KM_PER_UNIT[unit]),
        unit,
        // as a ring's: the first source, and every one in `sources` (a band's ends often come from another)
        ...siteAndSources(site, system),
        // as the map draws it: a faint fill between the two ends, dashed on the map
        stroke: hexColor(system.color),
        'stroke-width': BAND_STROKE_WIDTH,
        'stroke-opacity': BAND_STROKE_OPACITY,
        fill: hexColor(system.color),
        'fill-opacity': BAND_FILL_OPACITY,
      },
      geometry,
    }),
  );
  const pointFeatures = scenario.sites.map(
    (site): Feature<Point> => ({
      type: 'Feature',
      properties: { kind: 'launch-point', label: site.label },
      geometry: {
        type: 'Point',
        coordinates: [roundCoordinate(site.lonLat[0]), roundCoordinate(site.lonLat[1])],
      },
    }),
  );
  const markFeatures = (scenario.marks ?? []).map((mark): Feature<Point> => {
    const reach = markReach(mark.lonLat, scenario.sites, systems);
    return {
      type: 'Feature',
      properties: {
        kind: 'mark',
        label: mark.label,
        distances: reach.map((r) => ({
          site_label: r.siteLabel,
          distance_m: Math.round(r.distanceKm * 1000),
          reached_by: r.reachedBy,
        })),
        reach: reach.map((r) => describeMarkReach(mark.label, r, unit, 'en-US')).join('; '),
      },
      geometry: {
        type: 'Point',
        coordinates: [roundCoordinate(mark.lonLat[0]), roundCoordinate(mark.lonLat[1])],
      },
    };
  });
  const reachFeatures = exportReachAreas(scenario, systems).map(
    ({ system, rangeM, area, areaLabel, scale, geometry }): Feature<Polygon | MultiPolygon> => ({
      type: 'Feature',
      properties: {
        kind: 'reach-area',
        system_id: system.id,
        system_name: system.name,
        range_m: rangeM,
        range: roundRange(publishedIn(system, unit) ?? system.rangeKm / KM_PER_UNIT[unit]),
        unit,
        ...areaProperties(area),
        area_label: areaLabel,
        ...(scale !== undefined ? { area_outline: `Natural Earth 1:${scale}` } : {}),
        source: sourceText(system.sources),
        stroke: hexColor(system.color),
        'stroke-width': RING_STROKE_WIDTH,
        'stroke-opacity': 1,
        fill: hexColor(system.color),
        'fill-opacity': RING_FILL_OPACITY,
      },
      geometry,
    }),
  );
  const areaFeatures = exportLaunchAreas(scenario).map(
    ({ area, label, scale, geometry }): Feature => ({
      type: 'Feature',
      properties: {
        kind: 'launch-area',
        ...areaProperties(area),
        area_label: label,
        ...(scale !== undefined ? { area_outline: `Natural Earth 1:${scale}` } : {}),
      },
      geometry,
    }),
  );
  return {
    type: 'FeatureCollection',
    features: [
      ...ringFeatures,
      ...bandFeatures,
      ...reachFeatures,
      ...pointFeatures,
      ...areaFeatures,
      ...markFeatures,
    ],
  };
}

// A ring's or a band's launch point, and its system's first source (`source`) and every one (`sources`).
function siteAndSources(site: Site, system: SystemEntry): Record<string, string | number> {
  return {
    site_label: site.label,
    site_lon: roundCoordinate(site.lonLat[0]),
    site_lat: roundCoordinate(site.lonLat[1]),
    source: sourceText(system.sources),
    ...(system.sources.length > 1
      ? { sources: system.sources.map((one) => sourceText([one])).join('; ') }
      : {}),
  };
}

// A country by its code (as before drawn areas existed); a drawn or file area by its kind and id.
function areaProperties(area: LaunchArea): Record<string, string> {
  return area.kind === 'country' ? { area_code: area.code } : { area_kind: area.kind, area_id: area.id };
}

// Two decimals: 1,600 km is 994.19 mi.
function roundRange(value: number): number {
  return Math.round(value * 100) / 100;
}

// The range as its source published it in this unit (995 mi), when it did.
function publishedIn(system: SystemEntry, unit: DistanceUnit): number | undefined {
  return unit === 'mi' ? system.rangeMi : unit === 'nmi' ? system.rangeNmi : undefined;
}
