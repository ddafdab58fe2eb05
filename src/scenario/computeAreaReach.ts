// The one computation a reach job stands for: the core's reachArea from the area's geometry. Kept apart from the
// jobs' list so that the page's first load does not carry the core's polygon clipping: the worker runs it, and
// the page loads it only if no worker can start.
import { reachArea } from '../geo';
import { AREA_REACH_VERTICES, type AreaReachJob, type AreaReachResult } from './areaReachJobs';
import { launchAreaSource } from './launchAreaSource';

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
    return {
      key: job.key,
      geometry: reachArea(source.geometry, job.rangeM, { vertices: AREA_REACH_VERTICES }).geometry,
    };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { key: job.key, error: `the reach from ${job.areaLabel} could not be drawn: ${reason}` };
  }
}
