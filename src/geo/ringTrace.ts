// Traces a geodesic circle on WGS84 as a sequence of vertices with continuous (unrolled) longitudes, and
// classifies it by the poles it encloses. Model limit: within ~34 km of the antipodal distance, rays past
// the cut locus are dropped, so the small unreached hole there is bridged by chords.
import { checkCenter, checkRangeM, checkVertexCount } from './checkRingInput';
import { pastCutLocus } from './cutLocusDistanceM';
import { type GeodesicFan, geodesicFan } from './geodesicFan';
import type { LonLat } from './types';
import { HALF_MERIDIAN_M } from './wgs84';

/** One vertex of a trace: its position, the azimuth it was reached at, and the offset added to its longitude. */
export interface TraceVertex {
  lon: number;
  lat: number;
  /** Azimuth from the centre, degrees clockwise from north (may exceed 360 for a trace that wraps). */
  azimuthDeg: number;
  /** Degrees added to GeographicLib's unrolled longitude to keep the trace continuous. */
  lonOffsetDeg: number;
  /** Set where the longitude was fixed rather than computed: over a pole, or on a cut line. */
  pinned?: boolean;
}

/**
 * The shape of a range ring, by what it encloses:
 * - `empty`: range 0; `world`: the range reaches every point on Earth;
 * - `disk`: a closed ring around the centre that encloses no pole;
 * - `northCap` / `southCap`: encloses one pole: an open chain that spans exactly 360° of longitude,
 *   closed along the pole;
 * - `antipodalHole`: encloses both poles: the closed ring bounds the unreached region around the antipode.
 */
export type RingTrace =
  | { kind: 'empty' | 'world'; center: LonLat; rangeM: number; vertices: [] }
  | {
      kind: 'disk' | 'northCap' | 'southCap' | 'antipodalHole';
      center: LonLat;
      rangeM: number;
      vertices: TraceVertex[];
    };

/**
 * Traces the WGS84 geodesic circle of `rangeM` metres around `center` with `vertices` evenly spaced
 * azimuths (rounded up to a multiple of 4). A `fan` from {@link geodesicFan} may be passed to re-use
 * its geodesics for several ranges from the same centre.
 *
 * @example
 * const trace = ringTrace([15.6, 78.2], 1_600_000, 256); // from Svalbard
 * trace.kind; // 'northCap'
 */
export function ringTrace(center: LonLat, rangeM: number, vertices = 256, fan?: GeodesicFan): RingTrace {
  checkCenter(center);
  checkRangeM(rangeM);
  checkVertexCount(vertices);
  const c: LonLat = [center[0], center[1]];
  if (rangeM === 0) return { kind: 'empty', center: c, rangeM, vertices: [] };
  if (rangeM >= HALF_MERIDIAN_M) return { kind: 'world', center: c, rangeM, vertices: [] };

  const f = fan && fan.count >= vertices && sameCenter(fan.center, c) ? fan : geodesicFan(c, vertices);
  const n = f.count;
  const lon0 = c[0];
  const northIn = f.poleDistancesM.north < rangeM;
  const southIn = f.poleDistancesM.south < rangeM;
  const at = (i: number, offset: number): TraceVertex => {
    const [lon, lat] = f.positionUnrolled(i % n, rangeM);
    return {
      lon: lon + offset,
      lat,
      azimuthDeg: f.azimuthDeg(i % n) + (i >= n ? 360 : 0),
      lonOffsetDeg: offset,
    };
  };
  // The far end of the meridian through a pole: its longitude is λ0 ± 180 exactly, taken from the side
  // the trace arrives from (GeographicLib's unrolled longitude jumps by 360° on this geodesic).
  const overPole = (i: number, lon: number): TraceVertex => {
    const [, lat] = f.positionUnrolled(i % n, rangeM);
    return { lon, lat, azimuthDeg: f.azimuthDeg(i % n) + (i >= n ? 360 : 0), lonOffsetDeg: 0, pinned: true };
  };

  const out: TraceVertex[] = [];
  let kind: RingTrace['kind'];
  const half = n / 2;
  if (northIn && southIn) {
    // Both poles inside: the boundary is a small ring around the antipode, continuous once the western
    // half (azimuths 180°–360°, which went round the other way) is shifted by +360°.
    kind = 'antipodalHole';
    out.push(overPole(0, lon0 + 180));
    for (let i = 1; i < half; i++) out.push(at(i, 0));
    out.push(overPole(half, lon0 + 180));
    for (let i = half + 1; i < n; i++) out.push(at(i, 360));
    out.push(overPole(n, lon0 + 180));
  } else if (northIn) {
    kind = 'northCap';
    out.push(overPole(0, lon0 + 180));
    for (let i = 1; i < n; i++) out.push(at(i, 0));
    out.push(overPole(n, lon0 - 180));
  } else if (southIn) {
    kind = 'southCap';
    out.push(overPole(half, lon0 - 180));
    for (let i = half + 1; i < n + half; i++) out.push(at(i, 0));
    out.push(overPole(n + half, lon0 + 180));
  } else {
    kind = 'disk';
    for (let i = 0; i <= n; i++) out.push(at(i, 0));
  }
  const kept = dropPastCutLocus(c, rangeM, out);
  return { kind, center: c, rangeM, vertices: kept };
}

function sameCenter(a: LonLat, b: LonLat): boolean {
  return a[0] === b[0] && a[1] === b[1];
}

// Near the antipodal distance a geodesic can run past its cut locus, where it stops being the shortest
// path: its end point is then nearer than the range, so it is not on the circle and is dropped. Which
// geodesics do is decided by their azimuth alone, bisected once per ring (not one Inverse per vertex).
function dropPastCutLocus(c: LonLat, rangeM: number, vs: TraceVertex[]): TraceVertex[] {
  const past = pastCutLocus(c[1], rangeM);
  if (!vs.some((v) => past(v.azimuthDeg))) return vs;
  const kept = vs.filter((v) => !past(v.azimuthDeg));
  const first = vs[0];
  const last = vs[vs.length - 1];
  if (first && last && kept[0] !== first && first.lon === last.lon && first.lat === last.lat) {
    // keep the trace closed when its shared first/last vertex was dropped
    const head = kept[0];
    if (head) kept.push({ ...head });
  }
  return kept;
}
