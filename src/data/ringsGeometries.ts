// The countries of packed rings (packRings) as RFC 7946 geometry, by Natural Earth name: the coordinates that
// topojson-client's feature() makes from the TopoJSON they were packed from, number for number.
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { type PackedRings, readRingQuanta } from './packRings';

/**
 * Each polygonal country of the packed rings by its Natural Earth name (the first, should a name repeat).
 *
 * @example
 * ringsGeometries(packRings(countries110m)).get('Ukraine')?.type; // 'Polygon'
 */
export function ringsGeometries(packed: PackedRings): Map<string, Polygon | MultiPolygon> {
  const quanta = readRingQuanta(packed);
  const [kx, ky] = packed.scale;
  const [tx, ty] = packed.translate;
  let r = 0;
  let q = 0;
  const ring = (): Position[] => {
    const length = packed.ringLengths[r++] as number;
    const points: Position[] = [];
    for (let i = 0; i < length; i++, q += 2)
      points.push([(quanta[q] as number) * kx + tx, (quanta[q + 1] as number) * ky + ty]);
    return points;
  };
  const rings = (count: number) => Array.from({ length: count }, ring);
  const geometries = new Map<string, Polygon | MultiPolygon>();
  packed.shapes.forEach((shape, i) => {
    const geometry: Polygon | MultiPolygon =
      typeof shape === 'number'
        ? { type: 'Polygon', coordinates: rings(shape) }
        : { type: 'MultiPolygon', coordinates: shape.map(rings) };
    const name = packed.names[i] as string;
    if (!geometries.has(name)) geometries.set(name, geometry);
  });
  return geometries;
}
