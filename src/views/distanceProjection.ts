// The distance map's projection: azimuthal equidistant about a centre, so every distance from it reads true.
// This is d3's spherical formula, a stand-in with the final signature until the ellipsoidal one replaces it.
import { type GeoProjection, geoAzimuthalEquidistant } from 'd3';
import type { LonLat } from '../geo';

export interface DistanceProjectionOptions {
  /** Pixels per radian of distance from the centre; d3's default when absent. */
  scale?: number;
}

/**
 * An azimuthal equidistant projection centred on `centre`, showing the whole sphere (the antipode is its rim).
 *
 * @example
 * distanceProjection([36.23, 49.99], {}).scale(300).translate([400, 300]);
 */
export function distanceProjection(centre: LonLat, options: DistanceProjectionOptions = {}): GeoProjection {
  const projection = geoAzimuthalEquidistant()
    .rotate([-centre[0], -centre[1]])
    .clipAngle(180 - 1e-3)
    .precision(0.3);
  return options.scale === undefined ? projection : projection.scale(options.scale);
}
