// The first map's 1:110m outlines, read from the rings they ship as (data/packRings): one pass over the
// packed steps adds them up, projects each point as Leaflet projects it and boxes each ring, with no arcs to
// join before the basemap is drawn.
import { type PackedRings, readPackedNumbers } from '../data';
import { boxRing, type UnitOutlines, unitY, unwrapRing } from './packedOutlines';

/**
 * The packed rings in unit Web Mercator, each ring's longitudes made continuous and boxed, as unpackOutlines
 * makes them from the same countries' arcs (a ring of fewer than four points padded with its first).
 *
 * @example
 * outlinesOfRings(packRings(countries110m)).lengths.length; // 286
 */
export function outlinesOfRings(packed: PackedRings): UnitOutlines {
  const source = packed.ringLengths;
  const steps = readPackedNumbers(
    packed.ringPoints,
    2 * source.reduce((sum, n) => sum + n, 0),
    "The basemap's outlines",
  );
  const [kx, ky] = packed.scale;
  const [tx, ty] = packed.translate;
  const lengths = Uint32Array.from(source, (n) => Math.max(4, n));
  const coordinates = new Float32Array(2 * lengths.reduce((sum, n) => sum + n, 0));
  const boxes = new Float32Array(4 * lengths.length);
  let qx = 0;
  let qy = 0;
  let k = 0;
  let p = 0;
  for (let r = 0; r < lengths.length; r++) {
    const begin = p;
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (let i = 0; i < (source[r] as number); i++, k += 2) {
      qx += steps[k] as number;
      qy += steps[k + 1] as number;
      // as the arcs' reader writes them (unpackOutlines): the longitude's x, the latitude's y, as Float32
      coordinates[p] = (qx * kx + tx) / 360 + 0.5;
      coordinates[p + 1] = unitY(qy * ky + ty);
      const x = coordinates[p] as number;
      const y = coordinates[p + 1] as number;
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
      p += 2;
    }
    const end = begin + 2 * (lengths[r] as number);
    while (p < end) {
      coordinates[p++] = coordinates[begin] as number;
      coordinates[p++] = coordinates[begin + 1] as number;
    }
    // only a ring wider than half the world can jump across ±180° (most are boxed in this one pass)
    if (maxX - minX > 0.5) {
      unwrapRing(coordinates, begin, end);
      boxRing(coordinates, begin, end, boxes, r);
    } else boxes.set([minX, minY, maxX, maxY], 4 * r);
  }
  return { coordinates, lengths, boxes };
}
