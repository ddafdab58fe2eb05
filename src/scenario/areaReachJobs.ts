// The reach areas a scenario asks for: each shown system's range (and its published band's ends) from each
// launch area, as jobs that can be sent to a worker, and the one computation each job stands for.
import { featureCollection, union } from '@turf/turf';
import type { Feature, Geometry, MultiPolygon, Polygon } from 'geojson';
import type { OutlineScale } from '../data';
import { reachArea } from '../geo';
import { areaKey, areaName } from './areaName';
import { launchAreaSource } from './launchAreaSource';
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

/**
 * The reach area of one job, or a sentence saying why there is none (an outline the basemap lacks, an
 * area too large for the core's frame).
 *
 * @example
 * computeAreaReach(job); // { key, geometry: { type: 'Polygon', … } }
 */
export function computeAreaReach(job: AreaReachJob): AreaReachResult {
  const source = launchAreaSource(job.area, job.scale);
  if (!source) {
    const why = job.area.kind === 'country' ? 'no outline of it on the basemap' : 'no vertex yet';
    return { key: job.key, error: `no reach from ${job.areaLabel}: ${why}` };
  }
  try {
    return { key: job.key, geometry: reachFrom(source.geometry, job.rangeM) };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { key: job.key, error: `the reach from ${job.areaLabel} could not be drawn: ${reason}` };
  }
}

function reachFrom(geometry: Geometry, rangeM: number): Polygon | MultiPolygon {
  const options = { vertices: AREA_REACH_VERTICES };
  if (geometry.type !== 'GeometryCollection') return reachArea(geometry, rangeM, options).geometry;
  // A file of lines and polygons: the reach of each kind, merged. Both are dense polygons split at ±180° the
  // same way, so merging them in longitude and latitude joins them where they overlap and nowhere else.
  const reaches: Feature<Polygon | MultiPolygon>[] = geometry.geometries.map((part) =>
    reachArea(part, rangeM, options),
  );
  const first = reaches[0];
  if (!first) throw new RangeError('the file has no lines or polygons');
  if (reaches.length === 1) return first.geometry;
  const merged = union(featureCollection(reaches));
  if (!merged) throw new RangeError('the reaches of its lines and polygons could not be merged');
  return merged.geometry;
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
