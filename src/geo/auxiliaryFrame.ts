// An azimuthal-equidistant frame on the auxiliary sphere of WGS84 (reduced latitude, sphere of the
// equatorial radius): closed-form trigonometry, exactly invertible, a hundred times cheaper than a
// geodesic inverse per point. It is only the plane the union is done in: the positions put in and taken
// out are exact GeographicLib positions. The model stops at the antipode of the centre.
import type { LonLat } from './types';

/** A point of the frame in metres: x east along the centre's azimuth 90°, y north along azimuth 0°. */
export type FramePoint = [x: number, y: number];

/** A plane round a centre in which the union is done: positions in and out, both ways exact. */
export interface AzimuthalFrame {
  center: LonLat;
  /** The position's frame point: its azimuth and (auxiliary sphere's) distance from the centre. */
  project(p: LonLat): FramePoint;
  /** The position at the frame point. */
  unproject(q: FramePoint): LonLat;
}

const A = 6_378_137;
const F = 1 / 298.257223563;
const RAD = Math.PI / 180;

type Vec = [number, number, number];

/**
 * The azimuthal-equidistant frame of the auxiliary sphere centred on `center`. A frame length is never
 * shorter than the WGS84 geodesic it stands for: the ellipsoid's metric is at most the auxiliary
 * sphere's (a meridian's element a·√(1 − e²cos²β)·dβ ≤ a·dβ, a parallel's the same), and on a sphere
 * the azimuthal-equidistant plane stretches and never shrinks lengths.
 *
 * @example
 * const frame = auxiliaryFrame([36.23, 49.99]);
 * frame.unproject(frame.project([30.52, 50.45])); // ≈ [30.52, 50.45]
 */
export function auxiliaryFrame(center: LonLat): AzimuthalFrame {
  const c = unit(center);
  // east and north at the centre
  const lon0 = center[0] * RAD;
  const e: Vec = [-Math.sin(lon0), Math.cos(lon0), 0];
  const n: Vec = [c[1] * e[2] - c[2] * e[1], c[2] * e[0] - c[0] * e[2], c[0] * e[1] - c[1] * e[0]];
  return {
    center: [center[0], center[1]],
    project(p) {
      const v = unit(p);
      const x = dot(v, e);
      const y = dot(v, n);
      const h = Math.hypot(x, y);
      if (h === 0) return [0, 0];
      const s = A * Math.atan2(h, dot(v, c));
      return [(s * x) / h, (s * y) / h];
    },
    unproject([x, y]: FramePoint) {
      const s = Math.hypot(x, y);
      if (s === 0) return [center[0], center[1]];
      const sigma = s / A;
      const cs = Math.cos(sigma);
      const sn = Math.sin(sigma) / s;
      const v: Vec = [
        cs * c[0] + sn * (x * e[0] + y * n[0]),
        cs * c[1] + sn * (x * e[1] + y * n[1]),
        cs * c[2] + sn * (x * e[2] + y * n[2]),
      ];
      const beta = Math.atan2(v[2], Math.hypot(v[0], v[1]));
      const lat = Math.atan2(Math.sin(beta), (1 - F) * Math.cos(beta)) / RAD;
      return [Math.atan2(v[1], v[0]) / RAD, lat];
    },
  };
}

/** The unit vector of a position's reduced latitude and longitude. */
function unit([lon, lat]: LonLat): Vec {
  const phi = lat * RAD;
  const beta = Math.atan2((1 - F) * Math.sin(phi), Math.cos(phi));
  const l = lon * RAD;
  const cb = Math.cos(beta);
  return [cb * Math.cos(l), cb * Math.sin(l), Math.sin(beta)];
}

function dot(a: Vec, b: Vec): number {
  return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
}
