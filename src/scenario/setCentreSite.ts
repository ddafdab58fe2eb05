// The verb of the centre picker: which launch point the distance map looks from.
import { restoreCentreSiteId } from './restoreCentreSiteId';
import type { Scenario } from './types';

/**
 * Centres the distance map on the launch point `siteId`. The first launch point is the default and is not
 * stored; an unknown id returns `s` unchanged.
 *
 * @example
 * setCentreSite(s, 's2').centreSiteId; // 's2'
 * setCentreSite(s, 's1').centreSiteId; // undefined: the first is the default
 */
export function setCentreSite(s: Scenario, siteId: string): Scenario {
  if (!s.sites.some((site) => site.id === siteId)) return s;
  const { centreSiteId: _, ...rest } = s;
  const kept = restoreCentreSiteId(siteId, s.sites, () => {});
  return kept === undefined ? rest : { ...rest, centreSiteId: kept };
}
