// The name a launch point goes by in the page's controls: its label, and where two points share a label, its
// position too, so that a screen reader tells them apart.
import { formatLonLat } from './formatLonLat';
import type { Site } from './types';

/**
 * The label, with the position added when another site has the same label (and it is not already the
 * position: a site nobody named is labelled with it).
 *
 * @example
 * siteName(kyiv, [kyiv]);           // 'Kyiv'
 * siteName(kyiv, [kyiv, otherKyiv]); // 'Kyiv, 50.45°N 30.52°E'
 */
export function siteName(site: Site, sites: readonly Site[]): string {
  const position = formatLonLat(site.lonLat);
  const shared = sites.some((other) => other !== site && other.id !== site.id && other.label === site.label);
  return shared && site.label !== position ? `${site.label}, ${position}` : site.label;
}
