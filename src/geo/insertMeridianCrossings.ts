// Adds to a ring trace the exact points where the geodesic circle crosses the antimeridian (and its
// copies at 180° + k·360°), found on the circle itself, so a cut there is exact rather than a chord.
import { positionUnrolledAt } from './geodesicFan';
import type { RingTrace, TraceVertex } from './ringTrace';

/**
 * Returns the trace's vertices with a vertex inserted wherever an edge crosses longitude 180° + k·360°.
 * Each inserted vertex lies on the geodesic circle (solved by bisection over the azimuth) and has its
 * longitude set to the meridian exactly.
 *
 * @example
 * const trace = ringTrace([178.4, -18.1], 1_600_000, 64); // from Fiji
 * insertMeridianCrossings(trace).filter((v) => v.pinned).map((v) => v.lon); // [180, 180]
 */
export function insertMeridianCrossings(trace: RingTrace): TraceVertex[] {
  const vs = trace.vertices;
  const out: TraceVertex[] = [];
  for (let i = 0; i < vs.length; i++) {
    const a = vs[i] as TraceVertex;
    out.push(a);
    const b = vs[i + 1];
    if (!b) continue;
    const lo = Math.min(a.lon, b.lon);
    const hi = Math.max(a.lon, b.lon);
    const kFirst = Math.floor((lo - 180) / 360) + 1;
    const crossings: TraceVertex[] = [];
    for (let k = kFirst; 180 + 360 * k < hi; k++) {
      const meridian = 180 + 360 * k;
      if (meridian <= lo) continue;
      crossings.push(solveCrossing(trace, a, b, meridian));
    }
    if (b.lon < a.lon) crossings.reverse();
    out.push(...crossings);
  }
  return out;
}

function solveCrossing(trace: RingTrace, a: TraceVertex, b: TraceVertex, meridian: number): TraceVertex {
  const offset = a.pinned ? b.lonOffsetDeg : a.lonOffsetDeg;
  const sign = b.lon > a.lon ? 1 : -1;
  let azLo = a.azimuthDeg;
  let azHi = b.azimuthDeg;
  let lat = a.lat;
  for (let iter = 0; iter < 80 && azHi - azLo > 1e-13; iter++) {
    const mid = (azLo + azHi) / 2;
    const [lon, latMid] = positionUnrolledAt(trace.center, mid % 360, trace.rangeM);
    lat = latMid;
    const above = (lon + offset - meridian) * sign;
    if (above === 0) break;
    if (above > 0) azHi = mid;
    else azLo = mid;
  }
  return { lon: meridian, lat, azimuthDeg: (azLo + azHi) / 2, lonOffsetDeg: offset, pinned: true };
}
