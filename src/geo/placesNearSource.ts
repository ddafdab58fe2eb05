// Which places lie within reach of a launch area (a line, a polygon, several): each place's exact WGS84
// geodesic distance to the area's nearest point (nearestOnEdge), nearest first. A place inside one of the
// area's polygons is at distance 0 and is left out unless asked for. Whether a place is inside is decided on
// the outline with straight edges in longitude and latitude: within a few kilometres of a long edge it may
// fall on either side, where its distance to the area is that small anyway.
import type { Geometry } from 'geojson';
import { checkRangeM } from './checkRingInput';
import { nearestOnEdge, sourceEdges } from './distanceToSource';
import type { PlaceInRange } from './placesWithin';
import { type ReachSource, reachSource } from './reachSource';
import type { LonLat } from './types';
import { Geodesic, WGS84 } from './wgs84';

/** A place in reach of an area: its distance to the area's nearest point, 0 when it is inside the area. */
export interface PlaceNearSource<T> extends PlaceInRange<T> {
  inside: boolean;
}

export interface PlacesNearSourceOptions {
  /** List the places inside the area's polygons too (at distance 0, first). Default false. */
  includeInside?: boolean;
}

// As in placesWithin: every path on WGS84 is at least (1 - 0.6 %) as long as the same path on the mean sphere.
const SPHERE_RADIUS_M = 6_371_008.8;
const SPHERE_MARGIN = 0.006;
const RAD = Math.PI / 180;

/**
 * For each of `rangesM`, the places whose geodesic distance to `source` (an RFC 7946 geometry, as reachArea
 * takes) is at most that range, nearest first. Places with a position that is not a finite `[lon, lat]`
 * are skipped; a bad source or range throws a RangeError that says what is wrong.
 *
 * @example
 * const [list] = placesNearSource(ukraine, [300_000], places);
 * list[0]; // { place: { name: 'Belgorod', … }, distanceM: 36512.4, inside: false }
 */
export function placesNearSource<T extends { lonLat: LonLat }>(
  source: Geometry,
  rangesM: readonly number[],
  places: readonly T[],
  options: PlacesNearSourceOptions = {},
): PlaceNearSource<T>[][] {
  for (const rangeM of rangesM) checkRangeM(rangeM);
  const parts = reachSource(source);
  const maxRangeM = Math.max(0, ...rangesM);
  const vertices = sourceVertices(parts);
  const edges = sourceEdges(parts);
  const indexOf = new Map(vertices.map((v, i) => [v, i]));
  const edgeEnds = edges.map(([a, b]) => [indexOf.get(a) ?? 0, indexOf.get(b) ?? 0] as const);
  const edgeM = edges.map(([a, b]) => WGS84.Inverse(a[1], a[0], b[1], b[0], Geodesic.DISTANCE).s12 ?? 0);
  const longestHalfEdgeM = Math.max(0, ...edgeM) / 2;
  const rings = parts.polygons.map((poly) => poly.map(unwrapRing));
  const boxes = rings.map((poly) => lonLatBox(poly[0] ?? []));
  // every vertex lies within `spreadM` of the first: a place that far beyond range of it is skipped at once
  const [c0 = [0, 0] as LonLat] = vertices;
  const cosC0 = Math.cos(c0[1] * RAD);
  const spreadM = Math.max(0, ...vertices.map((v) => sphericalM(c0[1], c0[0], cosC0, v[1], v[0])));
  const sphereM = new Float64Array(vertices.length);
  const exactM = new Float64Array(vertices.length);
  const lowerEdgeM = new Float64Array(edges.length);
  const found: PlaceNearSource<T>[] = [];
  for (const place of places) {
    const [lon, lat] = place.lonLat;
    if (!(Number.isFinite(lon) && Math.abs(lat) <= 90)) continue;
    const fromFirstM = sphericalM(c0[1], c0[0], cosC0, lat, lon);
    if ((1 - SPHERE_MARGIN) * (fromFirstM - spreadM) - longestHalfEdgeM > maxRangeM) continue;
    if (rings.length > 0 && insideAny(rings, boxes, place.lonLat)) {
      if (options.includeInside) found.push({ place, distanceM: 0, inside: true });
      continue;
    }
    // Screen on the mean sphere, scaled down by the margin: a lower bound of each vertex's WGS84 distance.
    let nearestS = Number.POSITIVE_INFINITY;
    const cosLat = Math.cos(lat * RAD);
    for (let i = 0; i < vertices.length; i++) {
      const v = vertices[i] as LonLat;
      const d = (1 - SPHERE_MARGIN) * sphericalM(lat, lon, cosLat, v[1], v[0]);
      sphereM[i] = d;
      exactM[i] = Number.NaN;
      if (d < nearestS) nearestS = d;
    }
    // no point of an edge is nearer than its nearer end less half its length
    if (nearestS - longestHalfEdgeM > maxRangeM) continue;
    const exact = (i: number): number => {
      let d = exactM[i] as number;
      if (Number.isNaN(d)) {
        const v = vertices[i] as LonLat;
        d = WGS84.Inverse(v[1], v[0], lat, lon, Geodesic.DISTANCE).s12 ?? Number.POSITIVE_INFINITY;
        exactM[i] = d;
      }
      return d;
    };
    let best = Number.POSITIVE_INFINITY;
    // lone points (a MultiPoint, a one-position line) come first in `vertices`
    for (let i = 0; i < parts.points.length; i++) {
      if ((sphereM[i] as number) <= Math.min(best, maxRangeM)) best = Math.min(best, exact(i));
    }
    // Each edge's lower bound (the comparison triangle's, see comparisonHeight); the edge with the least is
    // measured first, which makes `best` tight, then only the edges whose bound is below it.
    let first = -1;
    for (let i = 0; i < edgeM.length; i++) {
      const [a, b] = edgeEnds[i] as readonly [number, number];
      const lowerM = comparisonHeight(sphereM[a] as number, sphereM[b] as number, edgeM[i] as number);
      lowerEdgeM[i] = lowerM;
      if (first < 0 || lowerM < (lowerEdgeM[first] as number)) first = i;
    }
    const measure = (i: number) => {
      const [a, b] = edgeEnds[i] as readonly [number, number];
      const da = exact(a);
      const db = exact(b);
      best = Math.min(best, da, db);
      // with the ends' exact distances the bound is tight: only an edge that may hold a nearer point is walked
      if (comparisonHeight(da, db, edgeM[i] as number) < best) {
        const [p, q] = edges[i] as [LonLat, LonLat];
        best = Math.min(best, nearestOnEdge(place.lonLat, p, q).distanceM);
      }
    };
    if (first >= 0 && (lowerEdgeM[first] as number) <= maxRangeM) measure(first);
    for (let i = 0; i < edgeM.length; i++) {
      if (i !== first && (lowerEdgeM[i] as number) <= Math.min(best, maxRangeM)) measure(i);
    }
    if (best <= maxRangeM) found.push({ place, distanceM: best, inside: false });
  }
  found.sort((a, b) => a.distanceM - b.distanceM);
  return rangesM.map((rangeM) => found.filter((f) => f.distanceM <= rangeM));
}

/**
 * The distance from a point to an edge in the flat triangle with the same sides (point to ends `a`, `b`, and
 * the edge's length): a lower bound of the distance to the edge on the ellipsoid, whose curvature is positive
 * everywhere (Toponogov's comparison theorem), and it grows with `a` and `b`, so lower bounds of the ends'
 * distances give a lower bound too.
 */
function comparisonHeight(a: number, b: number, edge: number): number {
  if (edge <= 0 || a * a >= b * b + edge * edge) return Math.min(a, b);
  if (b * b >= a * a + edge * edge) return Math.min(a, b);
  const along = (a * a - b * b + edge * edge) / (2 * edge);
  return Math.sqrt(Math.max(0, a * a - along * along));
}

/** Every position of the source: lone points, line vertices and polygon ring vertices (the edges' own arrays). */
function sourceVertices(parts: ReachSource): LonLat[] {
  return [...parts.points, ...parts.lines.flat(), ...parts.polygons.flat(2)];
}

/** A ring with continuous longitudes: a ring drawn across 180° does not jump by 360°. */
function unwrapRing(ring: LonLat[]): LonLat[] {
  const out: LonLat[] = [];
  let shift = 0;
  ring.forEach((p, i) => {
    const prev = ring[i - 1];
    if (prev) {
      const jump = p[0] - prev[0];
      if (jump > 180) shift -= 360;
      else if (jump < -180) shift += 360;
    }
    out.push([p[0] + shift, p[1]]);
  });
  return out;
}

/** Inside a polygon of the source (its exterior, none of its holes), trying the place's world copies too. */
function insideAny(polygons: LonLat[][][], boxes: number[][], [lon, lat]: LonLat): boolean {
  return polygons.some((poly, i) =>
    [lon, lon - 360, lon + 360].some(
      (x) =>
        inBox(boxes[i] as number[], x, lat) &&
        poly.reduce((inside, ring) => (crossesOdd(ring, x, lat) ? !inside : inside), false),
    ),
  );
}

/** [west, south, east, north] of a ring. */
function lonLatBox(ring: LonLat[]): number[] {
  const lons = ring.map((p) => p[0]);
  const lats = ring.map((p) => p[1]);
  return [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)];
}

function inBox([west = 0, south = 0, east = 0, north = 0]: number[], x: number, y: number): boolean {
  return x >= west && x <= east && y >= south && y <= north;
}

// Even-odd rule: a ray from the point towards +lon crosses the ring an odd number of times.
function crossesOdd(ring: LonLat[], x: number, y: number): boolean {
  let odd = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as LonLat;
    const [xj, yj] = ring[j] as LonLat;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) odd = !odd;
  }
  return odd;
}

// Haversine distance on the mean-radius sphere.
function sphericalM(lat0: number, lon0: number, cosLat0: number, lat: number, lon: number): number {
  const sinDLat = Math.sin(((lat - lat0) * RAD) / 2);
  const sinDLon = Math.sin(((lon - lon0) * RAD) / 2);
  const h = sinDLat * sinDLat + cosLat0 * Math.cos(lat * RAD) * sinDLon * sinDLon;
  return 2 * SPHERE_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}
