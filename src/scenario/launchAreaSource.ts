// The geometry a launch area's reach is measured from, in RFC 7946 form: a country's outline at the scale
// asked for (1:110m when the finer one is not loaded). The core's reachArea and placesNearSource take it as it is.
import type { Geometry } from 'geojson';
import { countryOutline, type OutlineScale } from '../data';
import type { LaunchArea } from './types';

export interface AreaSource {
  geometry: Geometry;
  /** For a country: the scale of the outline found. */
  scale?: OutlineScale;
}

/**
 * The area's geometry, or undefined when there is nothing to measure from (a country the basemap has no
 * outline of).
 *
 * @example
 * launchAreaSource({ kind: 'country', code: 'UA' }, '50m')?.scale; // '50m' once loaded, else '110m'
 */
export function launchAreaSource(area: LaunchArea, scale: OutlineScale = '110m'): AreaSource | undefined {
  const outline = countryOutline(area.code, scale) ?? countryOutline(area.code, '110m');
  return outline ? { geometry: outline.geometry, scale: outline.scale } : undefined;
}
