// Reading an exported PNG's pixels in the PNG export tests: where its map lies, its rows, and the pixels near a
// colour.
import type { PNG } from 'pngjs';

/** The rows of the map in an exported image: where its left edge is not the frame's background. */
export function mapRows(png: PNG): { top: number; bottom: number } {
  const isMap = (y: number) => [0, 1, 2].some((k) => png.data[y * png.width * 4 + k] !== png.data[k]);
  let top = 0;
  while (top < png.height && !isMap(top)) top++;
  let bottom = png.height - 1;
  while (bottom > top && !isMap(bottom)) bottom--;
  return { top, bottom };
}

/** The RGB values of rows [y0, y1) of `png`, in order. */
export function rowsOf(png: PNG, y0: number, y1: number): number[] {
  const values: number[] = [];
  for (let o = y0 * png.width * 4; o < y1 * png.width * 4; o += 4)
    values.push(...png.data.subarray(o, o + 3));
  return values;
}

/** The box of pixels near a colour within `rows` of `png`: its top left corner, width and height. */
export function colourBounds(png: PNG, hex: string, rows: { top: number; bottom: number }) {
  const want = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (let y = rows.top; y <= rows.bottom; y++)
    for (let x = 0; x < png.width; x++) {
      const o = (y * png.width + x) * 4;
      if (!want.every((v, k) => Math.abs((png.data[o + k] as number) - v) <= 20)) continue;
      [minX, minY, maxX, maxY] = [Math.min(minX, x), Math.min(minY, y), Math.max(maxX, x), Math.max(maxY, y)];
    }
  return { minX, minY, width: maxX - minX, height: maxY - minY };
}

/** Pixels of `png` within `tolerance` of a colour, in rows [y0, y1). */
export function countColour(png: PNG, hex: string, y0: number, y1: number, tolerance = 40): number {
  const want = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
  let count = 0;
  for (let y = y0; y < y1; y++)
    for (let x = 0; x < png.width; x++) {
      const o = (y * png.width + x) * 4;
      if (want.every((v, k) => Math.abs((png.data[o + k] as number) - v) <= tolerance)) count++;
    }
  return count;
}

/** The row at which `map` lies inside `whole` (same width): the offset whose first rows match best. */
export function mapOffset(whole: PNG, map: PNG): number {
  const rows = 12;
  let best = { y: -1, diff: Number.POSITIVE_INFINITY };
  const width = Math.min(whole.width, map.width);
  for (let y = 0; y + map.height <= whole.height + 2; y++) {
    let diff = 0;
    for (let r = 0; r < rows && diff < best.diff; r++)
      for (let x = 0; x < width; x++) {
        const a = ((y + r) * whole.width + x) * 4;
        const b = (r * map.width + x) * 4;
        for (let k = 0; k < 3; k++) diff += Math.abs((whole.data[a + k] ?? 0) - (map.data[b + k] ?? 0));
      }
    if (diff < best.diff) best = { y, diff };
  }
  return best.y;
}
