// Restores the distance map's centre: the id of one of the scenario's launch points. Absent means the first
// one, so an id naming the first (or one no longer there after a patch) is not kept.
import { describeValue, quote } from '../data';
import type { Report } from './readInput';
import type { Site } from './types';

/**
 * The centre's site id to keep, or undefined for "the first launch point". An id that is not a launch point's
 * is reported when `report` is given.
 *
 * @example
 * restoreCentreSiteId('s2', sites, report); // 's2'
 * restoreCentreSiteId('s9', sites, report); // undefined, reporting 'unknown launch point "s9" ignored — …'
 */
export function restoreCentreSiteId(
  value: unknown,
  sites: readonly Site[],
  report: Report,
): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string') {
    report(
      'centreSiteId',
      `${describeValue(value)} ignored — the distance map's centre is a launch point's id, like "s2"; it is centred on the first`,
    );
    return undefined;
  }
  const index = sites.findIndex((site) => site.id === value);
  if (index < 0) {
    report(
      'centreSiteId',
      `unknown launch point ${quote(value)} ignored — the distance map is centred on the first launch point`,
    );
    return undefined;
  }
  return index === 0 ? undefined : value;
}
