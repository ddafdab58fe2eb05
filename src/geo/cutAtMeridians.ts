// Cuts the polygons a range ring makes at the antimeridian without a general polygon clipper, for the shapes a
// ring takes: a disk that crosses one cut meridian, and the world box with the antipodal hole. A ring's
// crossings are already vertices on the meridian (insertMeridianCrossings), so the cut only re-links vertices;
// polyclip's exact arithmetic took 20–200 ms for these rings. Any other shape returns null (clip it instead).
import type { LonLat, LonLatPolygon, LonLatRing } from './types';

/**
 * The pieces of `poly` (continuous longitude) within [-180, 180], as the polygon clipper gives them: each
 * ring starting at its lowest-longitude (then lowest-latitude) vertex, pieces from west to east; with
 * `primaryOnly`, only the world copy over [-180, 180]. Null when the shape is not one of a ring's.
 *
 * @example
 * cutAtMeridians([[[170, 0], [180, -1], [190, 0], [180, 1], [170, 0]]], false);
 * // [[[[170, 0], [180, -1], [180, 1], [170, 0]]], [[[-180, -1], [-170, 0], [-180, 1], [-180, -1]]]]
 */
export function cutAtMeridians(poly: LonLatPolygon, primaryOnly: boolean): LonLatPolygon[] | null {
  const outer = poly[0];
  if (!outer) return null;
  if (primaryOnly) return isWorldBox(outer) ? worldWithHoles(poly.slice(1)) : null;
  if (poly.length !== 1) return null;
  return diskPieces(outer);
}

interface Span {
  lo: number;
  hi: number;
}

function spanOf(ring: LonLatRing): Span {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const [lon] of ring) {
    if (lon < lo) lo = lon;
    if (lon > hi) hi = lon;
  }
  return { lo, hi };
}

function isWorldBox(ring: LonLatRing): boolean {
  const { lo, hi } = spanOf(ring);
  return (
    ring.length === 5 &&
    lo <= -540 &&
    hi >= 540 &&
    ring.every(([lon, lat]) => Math.abs(lat) === 90 || Math.abs(lon) === hi)
  );
}

/** A closed ring's two arcs either side of `meridian`, each from one crossing to the other; null if not so. */
function arcsAround(ring: LonLatRing, meridian: number): { west: LonLat[]; east: LonLat[] } | null {
  const n = ring.length - 1; // the last position repeats the first
  const on: number[] = [];
  for (let i = 0; i < n; i++) if ((ring[i] as LonLat)[0] === meridian) on.push(i);
  if (on.length !== 2) return null;
  const [a, b] = on as [number, number];
  const inner: LonLat[] = [];
  const outerArc: LonLat[] = [];
  for (let i = a; i <= b; i++) inner.push(ring[i] as LonLat);
  for (let i = b; i !== a + n; i++) outerArc.push(ring[i % n] as LonLat);
  outerArc.push(ring[a] as LonLat);
  const side = (arc: LonLat[]) => {
    let s = 0;
    for (let i = 1; i < arc.length - 1; i++) {
      const d = Math.sign((arc[i] as LonLat)[0] - meridian);
      if (d === 0 || (s !== 0 && d !== s)) return 0;
      s = d;
    }
    return s;
  };
  const sInner = side(inner);
  const sOuter = side(outerArc);
  if (sInner === 0 || sOuter !== -sInner) return null;
  return sInner < 0 ? { west: inner, east: outerArc } : { west: outerArc, east: inner };
}

/** The closed ring started at its lowest-longitude, then lowest-latitude, vertex. */
function fromLowestVertex(open: LonLat[]): LonLatRing {
  let at = 0;
  for (let i = 1; i < open.length; i++) {
    const p = open[i] as LonLat;
    const q = open[at] as LonLat;
    if (p[0] < q[0] || (p[0] === q[0] && p[1] < q[1])) at = i;
  }
  const out = [...open.slice(at), ...open.slice(0, at)];
  out.push(out[0] as LonLat);
  return out;
}

function clampLon(lon: number): number {
  return Math.max(-180, Math.min(180, lon));
}

function shifted(points: LonLat[], deltaLonDeg: number): LonLat[] {
  return points.map(([lon, lat]) => [clampLon(lon + deltaLonDeg), lat]);
}

/** A disk in continuous longitude: as it is, or its two pieces either side of the one meridian it crosses. */
function diskPieces(ring: LonLatRing): LonLatPolygon[] | null {
  const { lo, hi } = spanOf(ring);
  if (!(hi - lo < 360)) return null;
  const k = Math.ceil((lo - 180) / 360); // the world copy the western part lies in
  const meridian = 180 + 360 * k;
  if (!(lo > meridian - 360 && hi > meridian && hi < meridian + 360)) return null;
  if (lo >= meridian) return null;
  const arcs = arcsAround(ring, meridian);
  if (!arcs) return null;
  // each arc closes along the meridian, from its last crossing back to its first
  return [
    [fromLowestVertex(shifted(arcs.west, -360 * k))],
    [fromLowestVertex(shifted(arcs.east, -360 * (k + 1)))],
  ];
}

/**
 * The box over [-180, 180] less the holes that fall in it: a hole inside stays a hole, a hole across
 * ±180° becomes a notch in the box's east or west edge.
 */
function worldWithHoles(holes: LonLatRing[]): LonLatPolygon[] | null {
  let eastNotch: LonLat[] | null = null;
  let westNotch: LonLat[] | null = null;
  const inside: LonLatRing[] = [];
  for (const hole of holes) {
    const { lo, hi } = spanOf(hole);
    if (hi < -180 || lo > 180) continue;
    if (lo > -180 && hi < 180) inside.push(hole);
    else if (lo > -180 && hi > 180 && !eastNotch) {
      const arcs = arcsAround(hole, 180);
      if (!arcs) return null;
      eastNotch = lowToHigh(arcs.west);
    } else if (hi < 180 && lo < -180 && !westNotch) {
      const arcs = arcsAround(hole, -180);
      if (!arcs) return null;
      westNotch = lowToHigh(arcs.east).reverse();
    } else return null;
  }
  if (inside.length > 1 || (inside.length === 1 && (eastNotch || westNotch))) return null;
  const outer: LonLat[] = [
    [-180, -90],
    [180, -90],
    ...(eastNotch ?? []),
    [180, 90],
    [-180, 90],
    ...(westNotch ?? []),
    [-180, -90],
  ];
  const hole = inside[0];
  return [hole ? [outer, fromLowestVertex(hole.slice(0, -1))] : [outer]];
}

function lowToHigh(arc: LonLat[]): LonLat[] {
  const first = arc[0] as LonLat;
  const last = arc[arc.length - 1] as LonLat;
  return first[1] <= last[1] ? arc : [...arc].reverse();
}
