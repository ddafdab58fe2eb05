// Where a geodesic from a point stops being the shortest path, on WGS84 (an oblate ellipsoid of revolution).
// The cut locus of a point at latitude φ is a segment of the parallel −φ centred on the antipodal meridian
// (Karney 2013, §7). Every geodesic from the point reaches that parallel near the antipode after exactly
// 180° of arc on the auxiliary sphere, where it meets its mirror image (azimuth 180° − α) at equal length:
// that meeting is its cut point. The length of 180° of arc is a complete period of the distance integral, so
// it depends only on the geodesic's equatorial azimuth α0 (sin α0 = sin α · cos β), and it shrinks as
// |sin α0| grows: from half a meridian along a meridian to π·b along the equator.
import { Geodesic, GeodesicLine, WGS84 } from './wgs84';

/** π times the polar radius (19,970,326 m): the shortest distance to a cut point, along the equator. */
export const SHORTEST_CUT_M: number = Math.PI * WGS84.a * (1 - WGS84.f);

/**
 * The distance, in metres, from a point at `latDeg` along the geodesic leaving it at `azimuthDeg` to the
 * geodesic's cut point: up to it the geodesic is the shortest path; a point farther along it is nearer
 * than its distance along the geodesic.
 *
 * @example
 * cutLocusDistanceM(50, 0); // 20,003,931 m: a meridian is shortest all the way to the other pole
 * cutLocusDistanceM(0, 90); // 19,970,326 m: along the equator, π times the polar radius
 */
export function cutLocusDistanceM(latDeg: number, azimuthDeg: number): number {
  const line = new GeodesicLine.GeodesicLine(WGS84, latDeg, 0, azimuthDeg, Geodesic.DISTANCE);
  return line.ArcPosition(180, Geodesic.DISTANCE).s12 ?? Number.NaN;
}

/**
 * A test of which geodesics of length `rangeM` from a point at `latDeg` run past their cut point, found once
 * for all azimuths: the cut distance falls as |sin α| grows, so the geodesics past it are those whose
 * azimuth lies within one bisected angle of due east or due west.
 *
 * @example
 * const past = pastCutLocus(50, 20_000_000);
 * past(0); // false: due north stays the shortest path
 * past(90); // true: due east has passed the cut locus near the antipode
 */
export function pastCutLocus(latDeg: number, rangeM: number): (azimuthDeg: number) => boolean {
  if (!(rangeM > SHORTEST_CUT_M) || !(rangeM > cutLocusDistanceM(latDeg, 90))) return () => false;
  // Bisect the angle from north (or south) where the cut distance falls to rangeM: keptDeg is known to
  // stay shortest, pastDeg to run past the cut, and the ~1e-12° between them is decided one by one.
  let keptDeg = 0;
  let pastDeg = 90;
  while (pastDeg - keptDeg > 1e-12) {
    const mid = (keptDeg + pastDeg) / 2;
    if (mid <= keptDeg || mid >= pastDeg) break;
    if (rangeM > cutLocusDistanceM(latDeg, mid)) pastDeg = mid;
    else keptDeg = mid;
  }
  return (azimuthDeg) => {
    const fromMeridian = angleFromMeridianDeg(azimuthDeg);
    if (fromMeridian <= keptDeg) return false;
    if (fromMeridian >= pastDeg) return true;
    return rangeM > cutLocusDistanceM(latDeg, azimuthDeg);
  };
}

// The azimuth folded into [0°, 90°]: its angle from the nearer half of the meridian (north or south).
function angleFromMeridianDeg(azimuthDeg: number): number {
  const a = ((azimuthDeg % 180) + 180) % 180;
  return a > 90 ? 180 - a : a;
}
