// The first map's 1:110m outlines, read from the rings they ship as (data/packRings): one pass over the packed
// text, each point projected as Leaflet projects it, with no arcs to join before the basemap is drawn.
import { type PackedRings, readRingQuanta } from '../data';
import { boxRing, type UnitOutlines, unwrapRing, writeUnit } from './packedOutlines';

/**
 * The packed rings in unit Web Mercator, each ring's longitudes made continuous and boxed, as unpackOutlines
 * makes them from the same countries' arcs (a ring of fewer than four points padded with its first).
 *
 * @example
 * outlinesOfRings(packRings(countries110m)).lengths.length; // 286
 */
export function outlinesOfRings(packed: PackedRings): UnitOutlines {
  const quanta = readRingQuanta(packed);
  const [kx, ky] = packed.scale;
  const [tx, ty] = packed.translate;
  const source = packed.ringLengths;
  const lengths = Uint32Array.from(source, (n) => Math.max(4, n));
  const coordinates = new Float32Array(2 * lengths.reduce((sum, n) => sum + n, 0));
  const boxes = new Float32Array(4 * lengths.length);
  const xy = new Float64Array(2);
  let q = 0;
  let p = 0;
  for (let r = 0; r < lengths.length; r++) {
    const begin = p;
    for (let i = 0; i < (source[r] as number); i++, q += 2) {
      writeUnit(xy, 0, (quanta[q] as number) * kx + tx, (quanta[q + 1] as number) * ky + ty);
      coordinates[p++] = xy[0] as number;
      coordinates[p++] = xy[1] as number;
    }
    const end = begin + 2 * (lengths[r] as number);
    while (p < end) {
      coordinates[p++] = coordinates[begin] as number;
      coordinates[p++] = coordinates[begin + 1] as number;
    }
    unwrapRing(coordinates, begin, end);
    boxRing(coordinates, begin, end, boxes, r);
  }
  return { coordinates, lengths, boxes };
}
