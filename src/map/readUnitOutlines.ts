// The first map's outlines read back from their build-time form (packUnitOutlines): one pass over the packed
// text adds up each point's steps, with nothing else to compute before the basemap is drawn.
import { readPackedNumbers } from '../data';
import type { UnitOutlines } from './packedOutlines';
import type { PackedUnitOutlines } from './packUnitOutlines';
import { UNIT_STEPS } from './packUnitOutlines';

/** The rings of packed unit outlines; throws, naming the character, where the packed text is damaged. */
export function readUnitOutlines(packed: PackedUnitOutlines): UnitOutlines {
  const lengths = Uint32Array.from(packed.lengths);
  const count = 2 * lengths.reduce((sum, n) => sum + n, 0);
  const steps = readPackedNumbers(packed.points, count, "The basemap's outlines");
  const coordinates = new Float32Array(count);
  let x = 0;
  let y = 0;
  for (let i = 0; i < count; i += 2) {
    x += steps[i] as number;
    y += steps[i + 1] as number;
    coordinates[i] = x / UNIT_STEPS;
    coordinates[i + 1] = y / UNIT_STEPS;
  }
  const boxes = Float32Array.from(
    readPackedNumbers(packed.boxes, 4 * lengths.length, "The basemap's outlines' boxes"),
    (bound) => bound / UNIT_STEPS,
  );
  return { coordinates, lengths, boxes };
}
