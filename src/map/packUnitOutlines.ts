// The 1:110m outlines as the first map draws them, prepared at build time (basemapDataPlugin): unpackOutlines'
// rings in unit Web Mercator, quantised, each point as its step from the one before in the packed text code,
// with each ring's box. The page reads them back in one pass over a string (readUnitOutlines): no arcs to
// decode and join, no projection and no unwrapping at 180° before the first rings are drawn.
// from their files, not the folders' indexes, as packedOutlines: the build-time plugin runs this in Node
import { writePackedNumber } from '../data/packOutlines.js';
import type { UnitOutlines } from './packedOutlines.js';

/**
 * Steps across the world's width: 2^18, so a point moves by at most 2^-19 of the world (under 80 m at the
 * equator, 1/16 of a pixel at zoom 4, where the 1:50m outlines take over). Natural Earth's own quantum at
 * 1:110m is coarser at every latitude: 1/99,999 of 360° in longitude, of 180° in latitude.
 */
export const UNIT_STEPS = 2 ** 18;

export interface PackedUnitOutlines {
  /** Points in each ring. */
  lengths: number[];
  /** Every point's x and y in steps, each from the point before (the first from 0, 0). */
  points: string;
  /** Each ring's box in steps (minX, minY, maxX, maxY), of the points as quantised. */
  boxes: string;
}

/** Packs outlines in unit Web Mercator (as unpackOutlines makes them) for readUnitOutlines. */
export function packUnitOutlines(outlines: UnitOutlines): PackedUnitOutlines {
  const points: string[] = [];
  const boxes: string[] = [];
  const step = (value: number) => Math.round(value * UNIT_STEPS);
  let [x, y] = [0, 0];
  let k = 0;
  for (const length of outlines.lengths) {
    let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
    for (let i = 0; i < length; i++, k += 2) {
      const [nextX, nextY] = [
        step(outlines.coordinates[k] as number),
        step(outlines.coordinates[k + 1] as number),
      ];
      writePackedNumber(nextX - x, points);
      writePackedNumber(nextY - y, points);
      [x, y] = [nextX, nextY];
      [minX, minY, maxX, maxY] = [Math.min(minX, x), Math.min(minY, y), Math.max(maxX, x), Math.max(maxY, y)];
    }
    for (const bound of [minX, minY, maxX, maxY]) writePackedNumber(bound, boxes);
  }
  return { lengths: [...outlines.lengths], points: points.join(''), boxes: boxes.join('') };
}
