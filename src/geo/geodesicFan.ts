// A fan of geodesics leaving one launch point at evenly spaced azimuths, computed once and re-used for
// every range drawn from that point (the costly part of GeographicLib's Direct is setting up the line).
// An ellipsoid of revolution is symmetric about the meridian plane through the launch point, so the
// geodesic at azimuth −α is the mirror image of the one at α: only azimuths 0°–180° are computed.
import { checkCenter, checkVertexCount } from './checkRingInput';
import type { LonLat } from './types';
import { Geodesic, GeodesicLine, WGS84 } from './wgs84';

type Line = InstanceType<typeof GeodesicLine.GeodesicLine>;

const LINE_CAPS = Geodesic.LATITUDE | Geodesic.LONGITUDE | Geodesic.DISTANCE_IN;
const POSITION_MASK = Geodesic.LATITUDE | Geodesic.LONGITUDE | Geodesic.LONG_UNROLL;

/** Geodesics from `center` at azimuths i · 360° / count, i = 0 … count − 1 (count is a multiple of 4). */
export interface GeodesicFan {
  readonly center: LonLat;
  readonly count: number;
  /** Azimuth of geodesic i, degrees clockwise from north. */
  azimuthDeg(i: number): number;
  /**
   * The point `distanceM` along geodesic i, with its longitude unrolled: continuous along the geodesic
   * from the centre's longitude, so it may leave [-180, 180].
   */
  positionUnrolled(i: number, distanceM: number): LonLat;
  /** Geodesic distances from the centre to the North and South Poles, metres. */
  readonly poleDistancesM: { north: number; south: number };
}

/**
 * Builds (lazily) the fan of `count` geodesics from `center`; `count` is rounded up to a multiple of 4
 * so that the four cardinal azimuths, and with them any geodesic through a pole, are in the fan.
 *
 * @example
 * const fan = geodesicFan([36.23, 49.99], 256);
 * fan.positionUnrolled(0, 1_600_000); // due north of Kharkiv, 1,600 km: ≈ [36.23, 64.38]
 */
export function geodesicFan(center: LonLat, count: number): GeodesicFan {
  checkCenter(center);
  checkVertexCount(count);
  return new Fan(center, Math.ceil(count / 4) * 4);
}

class Fan implements GeodesicFan {
  readonly center: LonLat;
  readonly count: number;
  private readonly lines: (Line | null)[];
  private readonly step: number;
  private poles: { north: number; south: number } | null = null;

  constructor(center: LonLat, count: number) {
    this.center = [center[0], center[1]];
    this.count = count;
    this.step = 360 / count;
    this.lines = new Array<Line | null>(count / 2 + 1).fill(null);
  }

  azimuthDeg(i: number): number {
    return i * this.step;
  }

  positionUnrolled(i: number, distanceM: number): LonLat {
    const n = this.count;
    const mirrored = i * 2 > n;
    const j = mirrored ? n - i : i;
    const [lon0, lat0] = this.center;
    let line = this.lines[j];
    if (!line) {
      line = new GeodesicLine.GeodesicLine(WGS84, lat0, lon0, j * this.step, LINE_CAPS);
      this.lines[j] = line;
    }
    const p = line.Position(distanceM, POSITION_MASK);
    const lon = p.lon2 ?? Number.NaN;
    return [mirrored ? 2 * lon0 - lon : lon, p.lat2 ?? Number.NaN];
  }

  get poleDistancesM(): { north: number; south: number } {
    if (!this.poles) {
      const [lon0, lat0] = this.center;
      this.poles = {
        north: WGS84.Inverse(lat0, lon0, 90, lon0, Geodesic.DISTANCE).s12 ?? Number.NaN,
        south: WGS84.Inverse(lat0, lon0, -90, lon0, Geodesic.DISTANCE).s12 ?? Number.NaN,
      };
    }
    return this.poles;
  }
}

/**
 * The point `distanceM` from `center` at any azimuth, longitude unrolled as in {@link GeodesicFan}.
 *
 * @example
 * positionUnrolledAt([0, 0], 90, 111_319.49); // ≈ [1, 0]
 */
export function positionUnrolledAt(center: LonLat, azimuthDeg: number, distanceM: number): LonLat {
  const p = WGS84.Direct(center[1], center[0], azimuthDeg, distanceM, POSITION_MASK);
  return [p.lon2 ?? Number.NaN, p.lat2 ?? Number.NaN];
}

/**
 * Every `step`th geodesic of `fan`: a fan of fewer geodesics (count / step, which must stay a multiple of 4) that
 * shares the lines already set up, for a smaller ring drawn from the same point with fewer vertices.
 *
 * @example
 * const fan = geodesicFan([36.23, 49.99], 256);
 * sparserFan(fan, 4).positionUnrolled(1, 300_000); // fan.positionUnrolled(4, 300_000)
 */
export function sparserFan(fan: GeodesicFan, step: number): GeodesicFan {
  if (step === 1) return fan;
  const count = fan.count / step;
  if (!Number.isInteger(step) || step < 1 || !Number.isInteger(count) || count % 4 !== 0)
    throw new RangeError(`a fan of ${fan.count} geodesics has no sparser fan of every ${step}th`);
  return {
    center: fan.center,
    count,
    azimuthDeg: (i) => fan.azimuthDeg(i * step),
    positionUnrolled: (i, distanceM) => fan.positionUnrolled(i * step, distanceM),
    get poleDistancesM() {
      return fan.poleDistancesM;
    },
  };
}
