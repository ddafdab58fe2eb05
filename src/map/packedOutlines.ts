// Country outlines as the basemap draws them, read from the packed form they ship in (data/packOutlines): one
// pass into a typed array of rings in unit Web Mercator (0..1 across the world, as Leaflet's CRS makes it at
// scale 1), each ring cut at ±180° made continuous, with no JSON, GeoJSON, LatLng or per-zoom projection on the way.
// from its file, not the folder's index: the basemap's build-time plugin runs this module in Node, where the
// index's virtual modules (the gazetteer's, the outlines') do not resolve
import { type PackedOutlines, readArcDeltas } from '../data/packOutlines.js';

/** Leaflet's SphericalMercator.MAX_LATITUDE: latitudes past it are drawn on the map's edge. */
const MAX_LATITUDE = 85.0511287798;

export interface UnitOutlines {
  /** x, y interleaved in unit Web Mercator. */
  coordinates: Float32Array;
  lengths: Uint32Array;
  /** Each ring's box: minX, minY, maxX, maxY. */
  boxes: Float32Array;
}

/** A latitude's y in unit Web Mercator: Leaflet's SphericalMercator and Transformation at scale 1. */
export function unitY(latitude: number): number {
  const lat = Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, latitude));
  const sin = Math.sin((lat * Math.PI) / 180);
  return 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI);
}

/** A quantised point in unit Web Mercator, written at `p` of `xy`. */
function writeUnit(xy: Float64Array, p: number, lon: number, latitude: number): void {
  xy[p] = lon / 360 + 0.5;
  xy[p + 1] = unitY(latitude);
}

/** Every arc point in unit Web Mercator, and where each arc starts (in points). */
function unitArcs(packed: PackedOutlines): { xy: Float64Array; starts: Uint32Array } {
  const deltas = readArcDeltas(packed);
  const xy = new Float64Array(deltas.length);
  const starts = new Uint32Array(packed.arcLengths.length);
  const [kx, ky] = packed.scale;
  const [tx, ty] = packed.translate;
  const arcLengths = packed.arcLengths;
  let p = 0;
  for (let a = 0; a < arcLengths.length; a++) {
    starts[a] = p / 2;
    // x and y in quanta, each arc's first point from 0, 0 (TopoJSON's delta coding)
    let x = 0;
    let y = 0;
    for (const end = p + 2 * (arcLengths[a] as number); p < end; p += 2) {
      x += deltas[p] as number;
      y += deltas[p + 1] as number;
      writeUnit(xy, p, x * kx + tx, y * ky + ty);
    }
  }
  return { xy, starts };
}

/**
 * The packed outlines read back as rings in unit Web Mercator, each ring's longitudes made continuous (a jump
 * of more than half the world between neighbours shifts the rest of the ring by a world; a ring that goes once
 * round a pole, Antarctica's, stays as it is), with each ring's box.
 *
 * @example
 * unpackOutlines(packOutlines(countries110m)).lengths.length; // 286
 */
export function unpackOutlines(packed: PackedOutlines): UnitOutlines {
  return assembleRings(unitArcs(packed), packed.arcLengths, packed);
}

function assembleRings(
  { xy, starts }: { xy: Float64Array; starts: Uint32Array },
  arcLengths: readonly number[],
  { ringSizes, ringArcs }: { ringSizes: readonly number[]; ringArcs: readonly number[] },
): UnitOutlines {
  // each arc after a ring's first starts where the last ended: that point is written once (TopoJSON's rule),
  // and a ring of fewer than four points is padded with its first point
  const lengths = new Uint32Array(ringSizes.length);
  let k = 0;
  for (let r = 0; r < ringSizes.length; r++) {
    let n = 0;
    for (let j = 0; j < (ringSizes[r] as number); j++) {
      const arc = ringArcs[k++] as number;
      n += (arcLengths[arc < 0 ? ~arc : arc] as number) - (j > 0 ? 1 : 0);
    }
    lengths[r] = Math.max(4, n);
  }
  const coordinates = new Float32Array(2 * lengths.reduce((sum, n) => sum + n, 0));
  const boxes = new Float32Array(4 * lengths.length);
  let p = 0;
  k = 0;
  for (let r = 0; r < ringSizes.length; r++) {
    const begin = p;
    for (let j = 0; j < (ringSizes[r] as number); j++) {
      const arc = ringArcs[k++] as number;
      const index = arc < 0 ? ~arc : arc;
      const length = arcLengths[index] as number;
      const start = starts[index] as number;
      for (let i = j > 0 ? 1 : 0; i < length; i++) {
        const q = 2 * (start + (arc < 0 ? length - 1 - i : i));
        coordinates[p++] = xy[q] as number;
        coordinates[p++] = xy[q + 1] as number;
      }
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

/** countryGeometry's unwrapRing on unit x (a world is 1 wide), in place between `begin` and `end`. */
export function unwrapRing(coordinates: Float32Array, begin: number, end: number): void {
  // the first pass only finds whether the jumps cancel out (they do not for a ring round a pole); the second writes
  for (const write of [false, true]) {
    let shift = 0;
    let previous = coordinates[begin] as number;
    for (let i = begin + 2; i < end; i += 2) {
      const x = (coordinates[i] as number) + shift;
      if (x - previous > 0.5) shift -= 1;
      else if (previous - x > 0.5) shift += 1;
      previous = (coordinates[i] as number) + shift;
      if (write) coordinates[i] = previous;
    }
    if (shift !== 0 || write) return;
  }
}

/** Writes the box (minX, minY, maxX, maxY) of the ring between `begin` and `end` as ring `r` of `boxes`. */
export function boxRing(
  coordinates: Float32Array,
  begin: number,
  end: number,
  boxes: Float32Array,
  r: number,
): void {
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (let i = begin; i < end; i += 2) {
    const x = coordinates[i] as number;
    const y = coordinates[i + 1] as number;
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  }
  boxes[4 * r] = minX;
  boxes[4 * r + 1] = minY;
  boxes[4 * r + 2] = maxX;
  boxes[4 * r + 3] = maxY;
}
