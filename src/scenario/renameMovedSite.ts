// After a launch point named after a place is moved: it keeps the name while still near that place, takes the
// name of the place it was moved to, or else its coordinates. A name the user typed is never touched.
import type { Place } from '../data';
import { placesWithin } from '../geo';
import { formatLonLat } from './formatLonLat';
import type { Scenario } from './types';

/** How near a place a point must be to bear its name: about a town's outskirts. */
export const PLACE_NAME_RADIUS_M = 25_000;

/**
 * Renames site `id` for where it now is, if its label came from a place (`labelFrom: 'place'`): a place of
 * that name within 25 km keeps it; else the nearest place within 25 km names it; else its coordinates do
 * (and then follow it). Any other site, or an unknown id, returns `s` itself.
 *
 * @example
 * // Kyiv, dragged 100 km west
 * renameMovedSite(s, 's2', places).sites[1]; // { label: 'Korostyshiv', labelFrom: 'place', … }
 */
export function renameMovedSite(s: Scenario, id: string, places: readonly Place[]): Scenario {
  const site = s.sites.find((candidate) => candidate.id === id);
  if (site?.labelFrom !== 'place') return s;
  const near = placesWithin(site.lonLat, PLACE_NAME_RADIUS_M, places);
  if (near.some(({ place }) => place.name === site.label)) return s;
  const nearest = near[0]?.place;
  const { labelFrom: _, ...rest } = site;
  const renamed = nearest
    ? { ...rest, label: nearest.name, labelFrom: 'place' as const }
    : { ...rest, label: formatLonLat(site.lonLat) };
  return { ...s, sites: s.sites.map((candidate) => (candidate.id === id ? renamed : candidate)) };
}
