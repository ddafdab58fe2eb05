// The reach areas an export holds: each shown system's range from each launch area, computed by the core as
// the map draws them (the outline the map has loaded, 180 steps a circle), rounded to 7 decimals.
import type { MultiPolygon, Polygon } from 'geojson';
import { countryOutline, hasDetailedOutlines } from '../data';
import type { SystemEntry } from '../panels';
import { areaReachJobs, computeAreaReach, type LaunchArea, type Scenario } from '../scenario';
import { roundGeometry } from './roundGeometry';

export interface ExportReachArea {
  system: SystemEntry;
  rangeM: number;
  /** The launch area it is measured from, and its name: `Ukraine`, `Drawn line 1`. */
  area: LaunchArea;
  areaLabel: string;
  /** For a country: the Natural Earth scale of the outline it was computed from. */
  scale?: string;
  geometry: Polygon | MultiPolygon;
}

/**
 * Every reach area of a scenario, area by area, each area's systems in the order given; an area whose reach
 * cannot be computed is left out.
 *
 * @example
 * exportReachAreas(addCountryArea(s, 'UA'), [tomahawk])[0].areaLabel; // 'Ukraine'
 */
export function exportReachAreas(scenario: Scenario, systems: readonly SystemEntry[]): ExportReachArea[] {
  const byId = new Map(systems.map((system) => [system.id, system]));
  const ranged = systems.filter((system) => Number.isFinite(system.rangeKm) && system.rangeKm > 0);
  const jobs = areaReachJobs(
    scenario.areas ?? [],
    ranged.map((system) => ({ systemId: system.id, rangeKm: system.rangeKm })),
    hasDetailedOutlines() ? '50m' : '110m',
  );
  return jobs.flatMap((job): ExportReachArea[] => {
    const system = byId.get(job.systemId);
    const result = computeAreaReach(job);
    if (!system || !('geometry' in result)) return [];
    const { area, areaLabel, rangeM } = job;
    const geometry = roundGeometry(result.geometry);
    if (area.kind !== 'country') return [{ system, rangeM, area, areaLabel, geometry }];
    const scale = countryOutline(area.code, job.scale) ? job.scale : '110m';
    return [{ system, rangeM, area, areaLabel, scale, geometry }];
  });
}
