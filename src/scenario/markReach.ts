// How far a marked place lies from each launch point, and which of the shown systems reach it there: geodesic
// distances on WGS84 (GeographicLib). A system reaches a place when its range is at least the distance.
import { distanceM, type LonLat } from '../geo';
import { formatDistance } from './formatDistance';
import type { DistanceUnit, Site } from './types';

/** A marked place seen from one launch point. */
export interface MarkReach {
  siteId: string;
  siteLabel: string;
  distanceKm: number;
  /** Names of the systems whose range reaches the place, in the order given. */
  reachedBy: string[];
}

/**
 * The distance from every launch point to `lonLat`, and the systems that reach it from there.
 *
 * @example
 * markReach([37.6176, 55.7558], [KHARKIV], [{ name: 'Tomahawk', rangeKm: 1600 }, { name: 'ATACMS', rangeKm: 300 }]);
 * // [{ siteId: 's1', siteLabel: 'Kharkiv', distanceKm: 638.9…, reachedBy: ['Tomahawk'] }]
 */
export function markReach(
  lonLat: LonLat,
  sites: readonly Site[],
  systems: readonly { name: string; rangeKm: number }[],
): MarkReach[] {
  return sites.map((site) => {
    const distanceKm = distanceM(site.lonLat, lonLat) / 1000;
    return {
      siteId: site.id,
      siteLabel: site.label,
      distanceKm,
      reachedBy: systems.filter((system) => system.rangeKm >= distanceKm).map((system) => system.name),
    };
  });
}

/**
 * One line of a mark's reach, as the panel, the embed's read-out and the exports say it.
 *
 * @example
 * describeMarkReach('Moscow', { siteLabel: 'Kharkiv', distanceKm: 638.9, reachedBy: ['Tomahawk'] }, 'km');
 * // 'Moscow — 639 km from Kharkiv: within Tomahawk's range'
 */
export function describeMarkReach(
  label: string,
  reach: Pick<MarkReach, 'siteLabel' | 'distanceKm' | 'reachedBy'>,
  units: DistanceUnit,
  locale?: string,
): string {
  return `${label} — ${formatDistance(reach.distanceKm, units, locale)} from ${reach.siteLabel}: ${reachText(reach.reachedBy)}`;
}

/**
 * "within Tomahawk's range", "within range of Tomahawk and ATACMS", or "out of reach of all shown systems".
 *
 * @example
 * reachText(['Tomahawk', 'ERAM', 'ATACMS']); // 'within range of Tomahawk, ERAM and ATACMS'
 */
export function reachText(names: readonly string[]): string {
  if (names.length === 0) return 'out of reach of all shown systems';
  if (names.length === 1) return `within ${names[0]}'s range`;
  return `within range of ${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
