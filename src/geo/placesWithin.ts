// Which places lie within reach of a site: exact WGS84 geodesic distances (GeographicLib), nearest first.
// A spherical distance screens out places that are surely too far; it never decides that a place is inside.
import { checkCenter, checkRangeM } from './checkRingInput';
import type { LonLat } from './types';
import { Geodesic, WGS84 } from './wgs84';

/** A place found within range, with its geodesic distance from the site. */
export interface PlaceInRange<T> {
  place: T;
  distanceM: number;
}

// On WGS84 every path is at least M(0)/R = 0.99442 times as long as the same path on a sphere of the mean radius
// (the meridian radius of curvature at the equator is the smallest, 6,335,439 m), so a place whose spherical
// distance times (1 - 0.6 %) exceeds the range is out of range on the ellipsoid too.
const SPHERE_RADIUS_M = 6_371_008.8;
const SPHERE_MARGIN = 0.006;
const RAD = Math.PI / 180;

/**
 * Every place whose geodesic distance from `center` is at most `rangeM`, nearest first, at most `limit` of them.
 * Places with a position that is not a finite `[lon, lat]` are skipped.
 *
 * @example
 * placesWithin([36.23, 49.99], 500_000, [{ name: 'Kyiv', lonLat: [30.5233, 50.45] }]);
 * // [{ place: { name: 'Kyiv', lonLat: [30.5233, 50.45] }, distanceM: 410373.16 }]
 */
export function placesWithin<T extends { lonLat: LonLat }>(
  center: LonLat,
  rangeM: number,
  places: readonly T[],
  limit = Number.POSITIVE_INFINITY,
): PlaceInRange<T>[] {
  return placesWithinRanges(center, [rangeM], places, limit)[0] ?? [];
}

/**
 * `placesWithin` for several ranges from one site at once: each place's distance is computed once,
 * and list `i` holds the places within `rangesM[i]`, nearest first, at most `limit` each.
 *
 * @example
 * const [atacms, tomahawk] = placesWithinRanges([36.23, 49.99], [300_000, 1_600_000], places);
 */
export function placesWithinRanges<T extends { lonLat: LonLat }>(
  center: LonLat,
  rangesM: readonly number[],
  places: readonly T[],
  limit = Number.POSITIVE_INFINITY,
): PlaceInRange<T>[][] {
  checkCenter(center);
  for (const rangeM of rangesM) checkRangeM(rangeM);
  const maxRangeM = Math.max(0, ...rangesM);
  const screenM = maxRangeM / (1 - SPHERE_MARGIN);
  const [lon0, lat0] = center;
  const cosLat0 = Math.cos(lat0 * RAD);
  const near: PlaceInRange<T>[] = [];
  for (const place of places) {
    const [lon, lat] = place.lonLat;
    // Written so that NaN fails the test: places without a usable position drop out here.
    if (!(sphericalM(lat0, lon0, cosLat0, lat, lon) <= screenM) || !(Math.abs(lat) <= 90)) continue;
    const distanceM = WGS84.Inverse(lat0, lon0, lat, lon, Geodesic.DISTANCE).s12;
    if (distanceM !== undefined && distanceM <= maxRangeM) near.push({ place, distanceM });
  }
  near.sort((a, b) => a.distanceM - b.distanceM);
  return rangesM.map((rangeM) => {
    const within: PlaceInRange<T>[] = [];
    for (const found of near) {
      if (found.distanceM > rangeM || within.length >= limit) break;
      within.push(found);
    }
    return within;
  });
}

// Haversine distance on the mean-radius sphere.
function sphericalM(lat0: number, lon0: number, cosLat0: number, lat: number, lon: number): number {
  const sinDLat = Math.sin(((lat - lat0) * RAD) / 2);
  const sinDLon = Math.sin(((lon - lon0) * RAD) / 2);
  const h = sinDLat * sinDLat + cosLat0 * Math.cos(lat * RAD) * sinDLon * sinDLon;
  return 2 * SPHERE_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}
