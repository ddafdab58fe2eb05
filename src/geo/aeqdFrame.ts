// An ellipsoidal azimuthal-equidistant frame: a plane in which a point's position is its geodesic azimuth
// and distance from the frame's centre (GeographicLib's inverse and direct solutions, not a sphere).
// The model stops at the centre's cut locus: points within a few hundred km of its antipode do not map back.
import type { LonLat } from './types';
import { Geodesic, WGS84 } from './wgs84';

/** A point of the frame in metres: x east along the centre's azimuth 90°, y north along azimuth 0°. */
export type FramePoint = [x: number, y: number];

export interface AeqdFrame {
  center: LonLat;
  /** Geodesic azimuth and distance from the centre, as x = s·sin(azimuth), y = s·cos(azimuth). */
  project(p: LonLat): FramePoint;
  /** The position at the frame point's azimuth and distance from the centre. */
  unproject(q: FramePoint): LonLat;
}

const INVERSE = Geodesic.DISTANCE | Geodesic.AZIMUTH;
const DIRECT = Geodesic.LATITUDE | Geodesic.LONGITUDE;

/**
 * The azimuthal-equidistant frame centred on `center`: distances and azimuths from the centre are true.
 *
 * @example
 * const frame = aeqdFrame([36.23, 49.99]);
 * const [x, y] = frame.project([30.52, 50.45]); // Kyiv, about 410 km west of Kharkiv
 * frame.unproject([x, y]); // ≈ [30.52, 50.45]
 */
export function aeqdFrame(center: LonLat): AeqdFrame {
  const [lon0, lat0] = center;
  return {
    center: [lon0, lat0],
    project([lon, lat]) {
      const r = WGS84.Inverse(lat0, lon0, lat, lon, INVERSE);
      const s = r.s12 ?? 0;
      const az = ((r.azi1 ?? 0) * Math.PI) / 180;
      return [s * Math.sin(az), s * Math.cos(az)];
    },
    unproject([x, y]) {
      const s = Math.hypot(x, y);
      if (s === 0) return [lon0, lat0];
      const az = (Math.atan2(x, y) * 180) / Math.PI;
      const r = WGS84.Direct(lat0, lon0, az, s, DIRECT);
      return [normalLon(r.lon2 ?? lon0), r.lat2 ?? lat0];
    },
  };
}

function normalLon(lon: number): number {
  return lon >= -180 && lon <= 180 ? lon : ((((lon + 180) % 360) + 360) % 360) - 180;
}
