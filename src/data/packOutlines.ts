// Country outlines in the form the app ships them: the TopoJSON's own quantised arcs (each border once) as
// deltas in a compact text code, each ring as a list of arcs, and each country as its name and polygons. One
// form read two ways: into unit Web Mercator rings for the basemap (map/packedOutlines), and back into the
// TopoJSON it came from for the countries' outlines as geometry (unpackTopology).
import type { GeometryCollection, Topology } from 'topojson-specification';

// 64 printable characters that need no escaping in a JS string; each carries 5 bits and a "more" flag.
const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const CODE = new Int8Array(128).fill(-1);
for (let i = 0; i < DIGITS.length; i++) CODE[DIGITS.charCodeAt(i)] = i;

export interface PackedOutlines {
  /** The TopoJSON's quantisation: lon = x × scale[0] + translate[0], lat likewise. */
  scale: [number, number];
  translate: [number, number];
  /** Points in each arc. */
  arcLengths: number[];
  /** Every arc's points as TopoJSON deltas (the first from 0, 0), zig-zag signed, 5 bits a character. */
  arcPoints: string;
  /** How many arcs make each ring, rings in order (each country's exteriors and holes). */
  ringSizes: number[];
  /** The arcs of the rings, one after another; ~i is arc i backwards, as in TopoJSON. */
  ringArcs: number[];
  /** Each polygonal country's Natural Earth name, in the order of the geometries (and of their rings). */
  names: string[];
  /** Each country's rings: a count for a Polygon, a count per polygon for a MultiPolygon. */
  shapes: (number | number[])[];
}

type CountriesTopology = Topology<{ countries: GeometryCollection<{ name?: string }> }>;

/**
 * Appends an integer to `out` in the packed text code: zig-zag signed, 5 bits a character, low bits first.
 *
 * @example
 * const out: string[] = []; writePackedNumber(-3, out); out.join(''); // 'F'
 */
export function writePackedNumber(value: number, out: string[]): void {
  let v = value < 0 ? -2 * value - 1 : 2 * value;
  while (v >= 32) {
    out.push(DIGITS[32 + (v % 32)] as string);
    v = Math.floor(v / 32);
  }
  out.push(DIGITS[v] as string);
}

/**
 * The polygonal countries of a quantised TopoJSON (world-atlas), packed, in the order of its geometries.
 *
 * @example
 * packOutlines(countries110m).ringSizes.length; // 286 rings at 1:110m
 */
export function packOutlines(topology: CountriesTopology): PackedOutlines {
  if (!topology.transform) throw new Error('Only a quantised TopoJSON can be packed.');
  const out: string[] = [];
  for (const arc of topology.arcs)
    for (const [dx = 0, dy = 0] of arc) {
      writePackedNumber(dx, out);
      writePackedNumber(dy, out);
    }
  const ringSizes: number[] = [];
  const ringArcs: number[] = [];
  const names: string[] = [];
  const shapes: (number | number[])[] = [];
  for (const g of topology.objects.countries.geometries) {
    if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') continue;
    const polygons = g.type === 'Polygon' ? [g.arcs] : g.arcs;
    for (const ring of polygons.flat()) {
      ringSizes.push(ring.length);
      ringArcs.push(...ring);
    }
    names.push(g.properties?.name ?? '');
    shapes.push(g.type === 'Polygon' ? g.arcs.length : g.arcs.map((polygon) => polygon.length));
  }
  const { scale, translate } = topology.transform;
  return {
    scale: [scale[0], scale[1]],
    translate: [translate[0], translate[1]],
    arcLengths: topology.arcs.map((arc) => arc.length),
    arcPoints: out.join(''),
    ringSizes,
    ringArcs,
    names,
    shapes,
  };
}

/**
 * Every arc point's delta from the one before (the first from 0, 0) in quanta, x and y interleaved, read from
 * the packed text; throws where the text is damaged.
 *
 * @example
 * readArcDeltas(packOutlines(countries110m)).length; // twice the number of arc points
 */
export function readArcDeltas(packed: PackedOutlines): Int32Array {
  const total = packed.arcLengths.reduce((sum, n) => sum + n, 0);
  return readPackedNumbers(packed.arcPoints, 2 * total, "The basemap's outlines");
}

/**
 * The first `count` integers of a text written by writePackedNumber; throws, naming `what` and the character,
 * where the text is damaged or too short.
 *
 * @example
 * readPackedNumbers('FC', 2, 'A list'); // Int32Array [-3, 1]
 */
export function readPackedNumbers(text: string, count: number, what: string): Int32Array {
  const numbers = new Int32Array(count);
  let at = 0;
  for (let i = 0; i < count; i++) {
    let v = 0;
    let scale = 1;
    for (;;) {
      const digit = CODE[text.charCodeAt(at++)] ?? -1;
      if (digit < 0) throw new Error(`${what} are damaged at character ${at - 1}.`);
      if (digit < 32) {
        v += digit * scale;
        break;
      }
      v += (digit - 32) * scale;
      scale *= 32;
    }
    numbers[i] = v % 2 === 1 ? -(v + 1) / 2 : v / 2;
  }
  return numbers;
}
