// Leaflet projects every point of a path again at each zoom (Map.latLngToLayerPoint: the Mercator formula, a
// transformation, fresh objects on the way), which on a 1:50m basemap is most of the cost of a new view. The
// Mercator part does not depend on the zoom: kept once per point at zoom 0's scale, a new zoom is one multiply
// and a round per coordinate, with the very same arithmetic Leaflet uses, so the pixels come out identical.

/** A path's points in unit Web Mercator (0..1 across the world), x and y interleaved, rings one after another. */
export interface UnitRings {
  coordinates: Float64Array;
  /** The number of points in each ring, in order. */
  lengths: number[];
}

export interface ScaledRings<P> {
  /** Each ring's points in layer pixels. */
  rings: P[][];
  /** The points' bounds; min > max when there are none. */
  min: { x: number; y: number };
  max: { x: number; y: number };
}

/**
 * The rings at `scale` world pixels per unit (Leaflet's `crs.scale(zoom)`), rounded to whole pixels as
 * `Map.project(…)._round()` does, less `origin` (the map's pixel origin): what latLngToLayerPoint gives.
 * `makePoint` builds each point (Leaflet's Point, so the path's code can use it).
 *
 * @example
 * scaledRings({ coordinates: Float64Array.of(0.5, 0.5), lengths: [1] }, 512, { x: 0, y: 0 }, (x, y) => ({ x, y }));
 * // rings [[{ x: 256, y: 256 }]]
 */
export function scaledRings<P extends { x: number; y: number }>(
  unit: UnitRings,
  scale: number,
  origin: { x: number; y: number },
  makePoint: (x: number, y: number) => P,
): ScaledRings<P> {
  const c = unit.coordinates;
  const rings: P[][] = [];
  let minX = Number.POSITIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  let k = 0;
  for (const length of unit.lengths) {
    const ring: P[] = new Array(length);
    for (let i = 0; i < length; i++, k += 2) {
      const x = Math.round(scale * (c[k] as number)) - origin.x;
      const y = Math.round(scale * (c[k + 1] as number)) - origin.y;
      ring[i] = makePoint(x, y);
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
    }
    rings.push(ring);
  }
  return { rings, min: { x: minX, y: minY }, max: { x: maxX, y: maxY } };
}
