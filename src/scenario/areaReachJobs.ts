// The reach areas a scenario asks for: each shown system's range (and its published band's ends) from each
// launch area, as jobs that can be sent to a worker (computeAreaReach does each).
import type { MultiPolygon, Polygon } from 'geojson';
import type { OutlineScale } from '../data';
import { areaKey, areaName } from './areaName';
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
  /**
   * Stable for the same area, system, part, range and geometry: results are cached and sent back by it.
   * It starts with `slot`.
   */
  key: string;
  /** The same for every version of this area's reach for this system and part: `UA:tomahawk:range:`. */
  slot: string;
  /** The area itself, geometry included (a worker has only what it is sent). */
  area: LaunchArea;
  /** The area's name for labels and exports: `Ukraine`, `Drawn line 1`. */
  areaLabel: string;
  systemId: string;
  /** `range`: the system's range; `min`/`max`: the ends of its published band, drawn dashed. */
  part: 'range' | 'min' | 'max';
  rangeM: number;
  /** The Natural Earth outline to compute a country's reach from: 1:110m at once, 1:50m once loaded. */
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
 * // [{ key: 'UA:tomahawk:range:1600000:110m', areaLabel: 'Ukraine', part: 'range', rangeM: 1600000, … }]
 */
export function areaReachJobs(
  areas: readonly LaunchArea[],
  systems: readonly AreaReachSystem[],
  scale: OutlineScale = '110m',
): AreaReachJob[] {
  return areas.flatMap((area) => {
    // an area being drawn has no vertex until the first click: nothing to measure from yet
    if ((area.kind === 'line' || area.kind === 'polygon') && area.lonLats.length === 0) return [];
    const areaLabel = areaName(area);
    // a country's reach changes with the outline's scale, a drawn or file area's with its vertices
    const version = area.kind === 'country' ? scale : fingerprint(area);
    const jobScale: OutlineScale = area.kind === 'country' ? scale : '110m';
    return systems.flatMap((system) => {
      const parts: [AreaReachJob['part'], number][] = [['range', system.rangeKm]];
      const { rangeMinKm: min, rangeMaxKm: max } = system;
      if (min !== undefined && max !== undefined && max > min) parts.push(['min', min], ['max', max]);
      return parts.map(([part, km]) => {
        const rangeM = Math.round(km * 1000);
        const slot = `${areaKey(area)}:${system.systemId}:${part}:`;
        const key = `${slot}${rangeM}:${version}`;
        return { key, slot, area, areaLabel, systemId: system.systemId, part, rangeM, scale: jobScale };
      });
    });
  });
}

/** A short hash of an area's vertices: a changed vertex is a new job, the same vertices hit the cache. */
function fingerprint(area: LaunchArea): string {
  const text = JSON.stringify(area.kind === 'file' ? area.geometry : 'lonLats' in area ? area.lonLats : '');
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}
