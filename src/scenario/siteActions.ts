// Verbs over the launch sites. Each returns a new scenario and never mutates its input; input that would
// make the scenario invalid (a latitude beyond a pole, a 51st site, an unknown id) returns it unchanged.
import type { LonLat } from '../geo';
import { checkLonLat } from './checkLonLat';
import { formatLonLat } from './formatLonLat';
import { MAX_LABEL_LENGTH, MAX_SITES } from './limits';
import { plainText } from './plainText';
import { restoreCentreSiteId } from './restoreCentreSiteId';
import type { Scenario, Site } from './types';

/**
 * Adds a launch site with a new id; without a label it is labelled with its coordinates. `labelFrom: 'place'`
 * says the label is a place's name (see `Site.labelFrom`).
 * Returns `s` itself when the position is invalid or the map already holds 50 sites.
 *
 * @example
 * addSite(s, [30.5234, 50.4501]).sites.at(-1); // { id: 's2', label: '50.45°N 30.52°E', lonLat: [30.5234, 50.4501] }
 * addSite(s, [30.5233, 50.45], 'Kyiv', { labelFrom: 'place' }).sites.at(-1)?.labelFrom; // 'place'
 */
export function addSite(
  s: Scenario,
  lonLat: LonLat,
  label?: string,
  options: { labelFrom?: 'place' } = {},
): Scenario {
  const checked = checkLonLat(lonLat[0], lonLat[1]);
  if ('reason' in checked || s.sites.length >= MAX_SITES) return s;
  const site: Site = {
    id: newSiteId(s.sites),
    label: siteLabel(label ?? '', checked.lonLat),
    lonLat: checked.lonLat,
  };
  if (options.labelFrom === 'place' && label?.trim()) site.labelFrom = 'place';
  return { ...s, sites: [...s.sites, site] };
}

/**
 * Moves a site. A label that only gave the old coordinates follows to the new ones.
 *
 * @example
 * moveSite(s, 's1', [30.5234, 50.4501]);
 */
export function moveSite(s: Scenario, id: string, lonLat: LonLat): Scenario {
  const checked = checkLonLat(lonLat[0], lonLat[1]);
  if ('reason' in checked) return s;
  return updateSite(s, id, (site) => ({
    ...site,
    label: site.label === formatLonLat(site.lonLat) ? formatLonLat(checked.lonLat) : site.label,
    lonLat: checked.lonLat,
  }));
}

/**
 * Renames a site; an empty label gives it its coordinates as label.
 *
 * @example
 * renameSite(s, 's1', 'Kharkiv airport');
 */
export function renameSite(s: Scenario, id: string, label: string): Scenario {
  // a name the user typed is theirs: it no longer follows the places the point is moved to
  return updateSite(s, id, ({ labelFrom: _, ...site }) => ({
    ...site,
    label: siteLabel(label, site.lonLat),
  }));
}

/**
 * Removes a site; removing the last one leaves a map with no sites, which is allowed.
 *
 * @example
 * removeSite(s, 's1').sites; // []
 */
export function removeSite(s: Scenario, id: string): Scenario {
  if (!s.sites.some((site) => site.id === id)) return s;
  const { centreSiteId, ...rest } = s;
  const sites = s.sites.filter((site) => site.id !== id);
  // The distance map's centre goes with its launch point, and is not stored once it is the first.
  const centre = restoreCentreSiteId(centreSiteId, sites, () => {});
  return centre === undefined ? { ...rest, sites } : { ...rest, sites, centreSiteId: centre };
}

/**
 * Puts a launch site back as it was (its place and name), e.g. to undo a move; a site removed since stays
 * removed.
 *
 * @example
 * putSiteBack(moveSite(s, 's1', [36.2, 50]), s.sites[0]).sites[0] === s.sites[0]; // true
 */
export function putSiteBack(s: Scenario, site: Site): Scenario {
  return updateSite(s, site.id, () => site);
}

function updateSite(s: Scenario, id: string, change: (site: Site) => Site): Scenario {
  if (!s.sites.some((site) => site.id === id)) return s;
  return { ...s, sites: s.sites.map((site) => (site.id === id ? change(site) : site)) };
}

function siteLabel(label: string, lonLat: LonLat): string {
  const text = plainText(typeof label === 'string' ? label : '', MAX_LABEL_LENGTH).text;
  return text === '' ? formatLonLat(lonLat) : text;
}

// Numbers after the count first, so an id removed a moment ago is rarely given to a new site.
function newSiteId(sites: readonly Site[]): string {
  const taken = new Set(sites.map((site) => site.id));
  let n = sites.length + 1;
  while (taken.has(`s${n}`)) n++;
  return `s${n}`;
}
