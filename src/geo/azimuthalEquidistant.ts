// The ellipsoidal azimuthal equidistant projection: a point's place on the plane is its geodesic azimuth and
// distance from the centre on WGS84 (GeographicLib's inverse solution); the way back is the direct solution.
// Model limit: the centre's antipode and its cut locus (a short arc of the antipodal parallel, ≤ 67 km either
// side) are reached by more than one shortest geodesic; they land on the rim, at the azimuth GeographicLib picks.
import type { LonLat } from './types';
import { Geodesic, WGS84 } from './wgs84';

/** A point of the projected plane in metres: x east (azimuth 90°), y north (azimuth 0°) of the centre. */
export type PlanePoint = [x: number, y: number];

export interface AzimuthalEquidistant {
  centre: LonLat;
  /** x = s·sin(azimuth), y = s·cos(azimuth), where s and azimuth are the geodesic from the centre. */
  forward(lonLat: LonLat): PlanePoint;
  /** The point at the plane point's azimuth and distance from the centre; longitude in [-180, 180]. */
  inverse(point: PlanePoint): LonLat;
}

const INVERSE = Geodesic.DISTANCE | Geodesic.AZIMUTH;
const DIRECT = Geodesic.LATITUDE | Geodesic.LONGITUDE;

/**
 * The azimuthal equidistant projection centred on `centre`, on the WGS84 ellipsoid: distance and azimuth from
 * the centre are true everywhere. The antipode maps to one point of the rim (azimuth 0° or 180°: GeographicLib
 * takes a meridian there), points near it to the rim in their own direction.
 *
 * @example
 * const aeqd = azimuthalEquidistant([36.2304, 49.9935]); // Kharkiv
 * const [x, y] = aeqd.forward([30.5234, 50.4501]); // Kyiv: x ≈ -407,000 m (west), y ≈ 55,000 m
 * aeqd.inverse([x, y]); // ≈ [30.5234, 50.4501]
 */
export function azimuthalEquidistant(centre: LonLat): AzimuthalEquidistant {
  const [lon0, lat0] = centre;
  return {
    centre: [lon0, lat0],
    forward([lon, lat]) {
      const r = WGS84.Inverse(lat0, lon0, lat, lon, INVERSE);
      const s = r.s12 ?? 0;
      const azimuth = ((r.azi1 ?? 0) * Math.PI) / 180;
      return [s * Math.sin(azimuth), s * Math.cos(azimuth)];
    },
    inverse([x, y]) {
      const s = Math.hypot(x, y);
      if (s === 0) return [lon0, lat0];
      const azimuthDeg = (Math.atan2(x, y) * 180) / Math.PI;
      const r = WGS84.Direct(lat0, lon0, azimuthDeg, s, DIRECT);
      return [normalLon(r.lon2 ?? lon0), r.lat2 ?? lat0];
    },
  };
}

/**
 * How far, in degrees of arc, the cut locus of a centre at `latDeg` reaches either side of its antipode: about
 * π·f·cos²φ radians (Karney 2013, §7), 0.60° for a centre on the equator, 0 at a pole. A view that clips closer
 * to the antipode than this shows lines that jump across the map where they cross the cut.
 *
 * @example
 * antipodalCutDeg(0); // ≈ 0.604
 * antipodalCutDeg(90); // 0
 */
export function antipodalCutDeg(latDeg: number): number {
  const cos = Math.cos((latDeg * Math.PI) / 180);
  return 180 * WGS84.f * cos * cos;
}

function normalLon(lon: number): number {
  return lon >= -180 && lon <= 180 ? lon : ((((lon + 180) % 360) + 360) % 360) - 180;
}
