// Where the distance map looks from: the chosen launch point, else the first; with no launch point, the map's
// view centre or 0°, 0°, with a line saying so.
import type { LonLat } from '../geo';
import { formatLonLat } from './formatLonLat';
import type { Scenario } from './types';

export interface DistanceMapCentre {
  lonLat: LonLat;
  /** The launch point at the centre; absent when there is none. */
  siteId?: string;
  /** The centre's name for captions: "Kharkiv", or the view's coordinates. */
  label: string;
  /** Set when no launch point is the centre: what the reader should know. */
  message?: string;
}

/**
 * The distance map's centre for a scenario.
 *
 * @example
 * distanceMapCentre(defaultScenario([])); // { lonLat: [36.2304, 49.9935], siteId: 's1', label: 'Kharkiv' }
 * distanceMapCentre({ ...s, sites: [], view: null });
 * // { lonLat: [0, 0], label: '0°, 0°', message: 'No launch point to look from: the distance map is centred on 0°, 0°' }
 */
export function distanceMapCentre(s: Scenario): DistanceMapCentre {
  const site = s.sites.find((each) => each.id === s.centreSiteId) ?? s.sites[0];
  if (site) return { lonLat: [site.lonLat[0], site.lonLat[1]], siteId: site.id, label: site.label };
  if (s.view) {
    const lonLat: LonLat = [s.view.center[0], s.view.center[1]];
    return {
      lonLat,
      label: formatLonLat(lonLat),
      message: `No launch point to look from: the distance map is centred on the map's view, ${formatLonLat(lonLat)}`,
    };
  }
  return {
    lonLat: [0, 0],
    label: formatLonLat([0, 0]),
    message: `No launch point to look from: the distance map is centred on ${formatLonLat([0, 0])}`,
  };
}
