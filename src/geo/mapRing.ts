// A range ring in the form a Web Mercator map draws: continuous longitudes (no jump across 180°) and pole
// caps closed along the pole. worldCopies adds the copies shifted by ±360° that show the ring in
// neighbouring world copies: Leaflet repeats tiles across world copies but never vector layers.
import type { GeodesicFan } from './geodesicFan';
import { ringTrace } from './ringTrace';
import { shiftRing, tracePolygons } from './tracePolygons';
import type { LonLat, LonLatPolygon } from './types';

/**
 * Polygons (in `[lon, lat]`, continuous longitude) to draw the range ring on a Web Mercator map.
 * Latitudes reach ±90: the map clamps them to its own limit. A ring around both poles (or the whole
 * world) is a box over three world copies, with the unreached hole copied into each.
 * Pass a `fan` to re-use geodesics across several ranges from the same centre.
 *
 * @example
 * mapRing([178.4, -18.1], 1_600_000, 128)[0][0].some(([lon]) => lon > 180); // true: no cut at 180°
 */
export function mapRing(
  center: LonLat,
  rangeM: number,
  vertices: number,
  fan?: GeodesicFan,
): LonLatPolygon[] {
  return tracePolygons(ringTrace(center, rangeM, vertices, fan));
}

/**
 * The polygons of {@link mapRing} with their copies one world to the west and one to the east, for a map
 * that shows neighbouring world copies. Polygons already spanning three copies are kept as they are.
 *
 * @example
 * worldCopies(mapRing([178.4, -18.1], 1_600_000, 128)).length; // 3
 */
export function worldCopies(polys: LonLatPolygon[]): LonLatPolygon[] {
  return polys.flatMap((poly) => {
    const outer = poly[0] ?? [];
    let lo = Number.POSITIVE_INFINITY;
    let hi = Number.NEGATIVE_INFINITY;
    for (const [lon] of outer) {
      if (lon < lo) lo = lon;
      if (lon > hi) hi = lon;
    }
    if (hi - lo >= 1080) return [poly];
    return [-360, 0, 360].map((dLon) => poly.map((ring) => shiftRing(ring, dLon)));
  });
}
