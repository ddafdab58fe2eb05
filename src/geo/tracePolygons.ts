// Turns a ring trace into polygons in continuous longitude (possibly outside [-180, 180]): a disk as it
// is, a pole cap closed along the pole, the both-poles case as the world with a hole around the antipode.
import type { RingTrace, TraceVertex } from './ringTrace';
import type { LonLat, LonLatPolygon, LonLatRing } from './types';

/** Longitude half-width of the world box drawn for `world` and `antipodalHole`: three world copies. */
export const WORLD_BOX_HALF_WIDTH_DEG = 540;

/**
 * The reached region of a trace as polygons in continuous longitude. Pole caps span exactly 360° of
 * longitude; `world` and `antipodalHole` are a box over three world copies (holes copied into each).
 *
 * @example
 * tracePolygons(ringTrace([36.23, 49.99], 300_000, 64)); // one polygon, one ring of 65 positions
 */
export function tracePolygons(trace: RingTrace, vertices: TraceVertex[] = trace.vertices): LonLatPolygon[] {
  const ring: LonLatRing = vertices.map((v) => [v.lon, v.lat]);
  switch (trace.kind) {
    case 'empty':
      return [];
    case 'world':
      return [[worldBox()]];
    case 'disk':
      return [[closed(ring)]];
    case 'northCap':
    case 'southCap': {
      const poleLat = trace.kind === 'northCap' ? 90 : -90;
      const first = ring[0] as LonLat;
      const last = ring[ring.length - 1] as LonLat;
      return [[closed([...ring, [last[0], poleLat], [first[0], poleLat]])]];
    }
    case 'antipodalHole': {
      const hole = closed(ring);
      const mid = (Math.min(...hole.map((p) => p[0])) + Math.max(...hole.map((p) => p[0]))) / 2;
      const base = -360 * Math.round(mid / 360);
      return [[worldBox(), ...[-360, 0, 360].map((k) => shiftRing(hole, base + k))]];
    }
  }
}

/** A closed box over [-540°, 540°] × [-90°, 90°], counter-clockwise. */
function worldBox(): LonLatRing {
  const w = WORLD_BOX_HALF_WIDTH_DEG;
  return [
    [-w, -90],
    [w, -90],
    [w, 90],
    [-w, 90],
    [-w, -90],
  ];
}

function closed(ring: LonLatRing): LonLatRing {
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (first && last && (first[0] !== last[0] || first[1] !== last[1])) return [...ring, [first[0], first[1]]];
  return ring;
}

/** The ring moved by `deltaLonDeg` degrees of longitude. */
export function shiftRing(ring: LonLatRing, deltaLonDeg: number): LonLatRing {
  if (deltaLonDeg === 0) return ring;
  const out: LonLatRing = new Array(ring.length);
  for (let i = 0; i < ring.length; i++) {
    const p = ring[i] as LonLat;
    out[i] = [p[0] + deltaLonDeg, p[1]];
  }
  return out;
}
