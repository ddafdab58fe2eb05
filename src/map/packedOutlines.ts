// Country outlines in the form the basemap ships and draws. Shipped: the TopoJSON's own quantised arcs (each
// border once) as deltas in a compact text code, and each ring as a list of arcs. Read: one pass into a typed
// array of rings in unit Web Mercator (0..1 across the world, as Leaflet's CRS makes it at scale 1), each ring
// cut at ±180° made continuous, with no JSON, GeoJSON, LatLng or per-zoom projection on the way.
import type { GeometryCollection, Topology } from 'topojson-specification';

// 64 printable characters that need no escaping in a JS string; each carries 5 bits and a "more" flag.
const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const CODE = new Int8Array(128).fill(-1);
for (let i = 0; i < DIGITS.length; i++) CODE[DIGITS.charCodeAt(i)] = i;
/** Leaflet's SphericalMercator.MAX_LATITUDE: latitudes past it are drawn on the map's edge. */
const MAX_LATITUDE = 85.0511287798;

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
}

export interface UnitOutlines {
  /** x, y interleaved in unit Web Mercator. */
  coordinates: Float32Array;
  lengths: Uint32Array;
  /** Each ring's box: minX, minY, maxX, maxY. */
  boxes: Float32Array;
}

function writeNumber(value: number, out: string[]): void {
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
export function packOutlines(topology: Topology<{ countries: GeometryCollection }>): PackedOutlines {
  if (!topology.transform) throw new Error('Only a quantised TopoJSON can be packed.');
  const out: string[] = [];
  for (const arc of topology.arcs)
    for (const [dx = 0, dy = 0] of arc) {
      writeNumber(dx, out);
      writeNumber(dy, out);
    }
  const { ringSizes, ringArcs } = topologyRings(topology);
  const { scale, translate } = topology.transform;
  return {
    scale: [scale[0], scale[1]],
    translate: [translate[0], translate[1]],
    arcLengths: topology.arcs.map((arc) => arc.length),
    arcPoints: out.join(''),
    ringSizes,
    ringArcs,
  };
}

/** Each polygonal country's rings as lists of arcs, in the order of the geometries. */
function topologyRings(topology: Topology<{ countries: GeometryCollection }>) {
  const ringSizes: number[] = [];
  const ringArcs: number[] = [];
  for (const g of topology.objects.countries.geometries) {
    const rings = g.type === 'Polygon' ? g.arcs : g.type === 'MultiPolygon' ? g.arcs.flat() : [];
    for (const ring of rings) {
      ringSizes.push(ring.length);
      ringArcs.push(...ring);
    }
  }
  return { ringSizes, ringArcs };
}

/** A quantised point in unit Web Mercator: Leaflet's SphericalMercator and Transformation at scale 1. */
function writeUnit(xy: Float64Array, p: number, lon: number, latitude: number): void {
  const lat = Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, latitude));
  const sin = Math.sin((lat * Math.PI) / 180);
  xy[p] = lon / 360 + 0.5;
  xy[p + 1] = 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI);
}

/**
 * The countries of a quantised TopoJSON read straight into rings in unit Web Mercator, as unpackOutlines does
 * with the packed form: for outlines the page has as TopoJSON already (the 1:110m ones, in the first load).
 *
 * @example
 * outlinesFromTopology(countries110m).lengths.length; // 286
 */
export function outlinesFromTopology(topology: Topology<{ countries: GeometryCollection }>): UnitOutlines {
  if (!topology.transform) throw new Error('Only a quantised TopoJSON can be read.');
  const [kx, ky] = topology.transform.scale;
  const [tx, ty] = topology.transform.translate;
  const arcLengths = topology.arcs.map((arc) => arc.length);
  const xy = new Float64Array(2 * arcLengths.reduce((sum, n) => sum + n, 0));
  const starts = new Uint32Array(arcLengths.length);
  let p = 0;
  topology.arcs.forEach((arc, a) => {
    starts[a] = p / 2;
    let x = 0;
    let y = 0;
    for (const [dx = 0, dy = 0] of arc) {
      x += dx;
      y += dy;
      writeUnit(xy, p, x * kx + tx, y * ky + ty);
      p += 2;
    }
  });
  return assembleRings({ xy, starts }, arcLengths, topologyRings(topology));
}

/** Every arc point in unit Web Mercator, and where each arc starts (in points). */
function unitArcs(packed: PackedOutlines): { xy: Float64Array; starts: Uint32Array } {
  const total = packed.arcLengths.reduce((sum, n) => sum + n, 0);
  const xy = new Float64Array(2 * total);
  const starts = new Uint32Array(packed.arcLengths.length);
  const text = packed.arcPoints;
  const [kx, ky] = packed.scale;
  const [tx, ty] = packed.translate;
  const arcLengths = packed.arcLengths;
  let at = 0;
  let p = 0;
  for (let a = 0; a < arcLengths.length; a++) {
    const length = arcLengths[a] as number;
    starts[a] = p / 2;
    // x and y in quanta, each arc's first point from 0, 0 (TopoJSON's delta coding)
    let x = 0;
    let y = 0;
    for (let i = 0; i < 2 * length; i++) {
      let v = 0;
      let scale = 1;
      for (;;) {
        const digit = CODE[text.charCodeAt(at++)] ?? -1;
        if (digit < 0) throw new Error(`The basemap's outlines are damaged at character ${at - 1}.`);
        if (digit < 32) {
          v += digit * scale;
          break;
        }
        v += (digit - 32) * scale;
        scale *= 32;
      }
      const delta = v % 2 === 1 ? -(v + 1) / 2 : v / 2;
      if (i % 2 === 0) {
        x += delta;
        continue;
      }
      y += delta;
      writeUnit(xy, p, x * kx + tx, y * ky + ty);
      p += 2;
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
function unwrapRing(coordinates: Float32Array, begin: number, end: number): void {
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

function boxRing(
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
