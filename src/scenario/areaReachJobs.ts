// The reach areas a scenario asks for: each shown system's range (and its published band's ends) from each
// launch area, as jobs that can be sent to a worker, and the one computation each job stands for.
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { countryByCode, countryOutline, type OutlineScale } from '../data';
import { reachArea } from '../geo';
import type { LaunchArea } from './types';

/** Steps to a full circle around each outline vertex: enough to draw, quick enough for a country. */
export const AREA_REACH_VERTICES = 180;

export interface AreaReachSystem {
  systemId: string;
  rangeKm: number;
  rangeMinKm?: number;
  rangeMaxKm?: number;
}

export interface AreaReachJob {
  /** Stable for the same area, system, part and range: results are cached and sent back by it. */
  key: string;
  code: string;
  /** The area's name for labels and exports: `Ukraine`. */
  areaLabel: string;
  systemId: string;
  /** `range`: the system's range; `min`/`max`: the ends of its published band, drawn dashed. */
  part: 'range' | 'min' | 'max';
  rangeM: number;
  /** The Natural Earth outline to compute from: 1:110m at once, 1:50m once its chunk is loaded. */
  scale: OutlineScale;
}

export type AreaReachResult =
  | { key: string; geometry: Polygon | MultiPolygon }
  | { key: string; error: string };

/**
 * One job per area, system and drawn range; a band's ends only where the band is a real one.
 *
 * @example
 * areaReachJobs([{ kind: 'country', code: 'UA' }], [{ systemId: 'tomahawk', rangeKm: 1600 }]);
 * // [{ key: 'UA:tomahawk:range:1600000:110m', code: 'UA', areaLabel: 'Ukraine', part: 'range', rangeM: 1600000, … }]
 */
export function areaReachJobs(
  areas: readonly LaunchArea[],
  systems: readonly AreaReachSystem[],
  scale: OutlineScale = '110m',
): AreaReachJob[] {
  return areas.flatMap((area) => {
    const areaLabel = countryByCode(area.code)?.name ?? area.code;
    return systems.flatMap((system) => {
      const parts: [AreaReachJob['part'], number][] = [['range', system.rangeKm]];
      const { rangeMinKm: min, rangeMaxKm: max } = system;
      if (min !== undefined && max !== undefined && max > min) parts.push(['min', min], ['max', max]);
      return parts.map(([part, km]) => {
        const rangeM = Math.round(km * 1000);
        const key = `${area.code}:${system.systemId}:${part}:${rangeM}:${scale}`;
        return { key, code: area.code, areaLabel, systemId: system.systemId, part, rangeM, scale };
      });
    });
  });
}

/**
 * The reach area of one job, or a sentence saying why there is none (an outline the basemap lacks, an
 * area too large for the core's frame).
 *
 * @example
 * computeAreaReach(job); // { key, geometry: { type: 'Polygon', … } }
 */
export function computeAreaReach(job: AreaReachJob): AreaReachResult {
  // the 1:110m outline stands in when the 1:50m one could not be loaded
  const outline = countryOutline(job.code, job.scale) ?? countryOutline(job.code, '110m');
  if (!outline) return { key: job.key, error: `no outline of ${job.areaLabel} on the basemap` };
  try {
    const reach: Feature<Polygon | MultiPolygon> = reachArea(outline.geometry, job.rangeM, {
      vertices: AREA_REACH_VERTICES,
    });
    return { key: job.key, geometry: reach.geometry };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { key: job.key, error: `the reach from ${job.areaLabel} could not be drawn: ${reason}` };
  }
}
