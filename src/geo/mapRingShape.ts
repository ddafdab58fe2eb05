// A range ring split into what a map fills and what it strokes: the fill is mapRing's closed polygons (a pole
// cap closed along the pole and the meridian opposite the centre, the both-poles case a world box), the
// outline only the true ring. Stroking the fill would draw those closing edges, which read as range limits.
import type { GeodesicFan } from './geodesicFan';
import { worldCopies } from './mapRing';
import { ringTrace } from './ringTrace';
import { shiftRing, tracePolygons } from './tracePolygons';
import type { LonLat, LonLatPolygon } from './types';

export interface MapRingShape {
  /** Polygons to fill with no stroke, in continuous longitude, with world copies (see worldCopies). */
  fill: LonLatPolygon[];
  /** Polylines along the true ring only, one per world copy: every vertex is on the geodesic circle. */
  outline: LonLat[][];
}

/**
 * The fill and the outline of a range ring on a Web Mercator map, each with its copies one world west
 * and east. A disk's outline is its closed ring; a pole cap's is its open chain, which spans 360° of
 * longitude and so meets the next copy's chain end to end; the both-poles case's is the antipodal hole.
 *
 * @example
 * const { outline } = mapRingShape([15.64, 78.22], 1_600_000, 128); // around the North Pole
 * outline[1].every(([, lat]) => lat < 90); // true: no edge along the pole
 */
export function mapRingShape(
  center: LonLat,
  rangeM: number,
  vertices: number,
  fan?: GeodesicFan,
): MapRingShape {
  const trace = ringTrace(center, rangeM, vertices, fan);
  const fill = worldCopies(tracePolygons(trace));
  const chain: LonLat[] = trace.vertices.map((v) => [v.lon, v.lat]);
  switch (trace.kind) {
    case 'empty':
    case 'world':
      return { fill, outline: [] };
    case 'antipodalHole': {
      // the hole rings of the world box: its outer edges lie on ±90° and ±540°, not on the circle
      const holes = (fill[0] ?? []).slice(1);
      return { fill, outline: holes };
    }
    default:
      return { fill, outline: [-360, 0, 360].map((dLon) => shiftRing(chain, dLon)) };
  }
}
