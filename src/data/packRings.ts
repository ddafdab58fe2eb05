// Country outlines as rings of Natural Earth's own quantised points, in the packed text code: the form the
// 1:110m outlines ship in, read two ways from one copy. The first map draws the rings (map/outlinesOfRings, with no
// arcs to join), and countryOutline makes each country's geometry from them, the very coordinates that
// topojson-client's feature() makes from the TopoJSON (lon = x × scale + translate, x an integer).
import type { MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { readPackedNumbers, writePackedNumber } from './packOutlines.js';

export interface PackedRings {
  /** The TopoJSON's quantisation: lon = x × scale[0] + translate[0], lat likewise. */
  scale: [number, number];
  translate: [number, number];
  /** Points in each ring as feature() makes it (closed; a ring of fewer than four points padded once). */
  ringLengths: number[];
  /** Every ring's points in quanta, each from the point before (the very first from 0, 0), x and y. */
  ringPoints: string;
  /** Each polygonal country's Natural Earth name, in the order of the geometries (and of their rings). */
  names: string[];
  /** Each country's rings: a count for a Polygon, a count per polygon for a MultiPolygon. */
  shapes: (number | number[])[];
}

type CountriesTopology = Topology<{ countries: GeometryCollection<{ name?: string }> }>;

/**
 * The polygonal countries of a quantised TopoJSON (world-atlas) as rings of its quanta, packed, in the order of
 * its geometries. Each shared border is written once per country that has it.
 *
 * @example
 * packRings(countries110m).ringLengths.length; // 286 rings at 1:110m
 */
export function packRings(topology: CountriesTopology): PackedRings {
  const { transform } = topology;
  if (!transform) throw new Error('Only a quantised TopoJSON can be packed.');
  // the arcs in absolute quanta and no transform: feature() then joins them into rings of integers
  const arcs = topology.arcs.map((arc) => {
    let [x, y] = [0, 0];
    return arc.map(([dx = 0, dy = 0]) => {
      x += dx;
      y += dy;
      return [x, y];
    });
  });
  const integers: CountriesTopology = { type: 'Topology', arcs, objects: topology.objects };
  const out: string[] = [];
  const ringLengths: number[] = [];
  const names: string[] = [];
  const shapes: (number | number[])[] = [];
  let [x, y] = [0, 0];
  for (const g of topology.objects.countries.geometries) {
    if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') continue;
    const geometry = (feature(integers, g) as { geometry: Polygon | MultiPolygon }).geometry;
    const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
    for (const ring of polygons.flat()) {
      ringLengths.push(ring.length);
      for (const [nextX = 0, nextY = 0] of ring) {
        writePackedNumber(nextX - x, out);
        writePackedNumber(nextY - y, out);
        [x, y] = [nextX, nextY];
      }
    }
    names.push(g.properties?.name ?? '');
    shapes.push(
      geometry.type === 'Polygon'
        ? geometry.coordinates.length
        : geometry.coordinates.map((polygon) => polygon.length),
    );
  }
  return {
    scale: [transform.scale[0], transform.scale[1]],
    translate: [transform.translate[0], transform.translate[1]],
    ringLengths,
    ringPoints: out.join(''),
    names,
    shapes,
  };
}

/**
 * Every ring point in quanta (x and y interleaved, rings one after another); throws, naming the character,
 * where the packed text is damaged.
 *
 * @example
 * readRingQuanta(packRings(countries110m)).length; // twice the number of ring points
 */
export function readRingQuanta(packed: PackedRings): Int32Array {
  const count = 2 * packed.ringLengths.reduce((sum, n) => sum + n, 0);
  const quanta = readPackedNumbers(packed.ringPoints, count, "The basemap's outlines");
  for (let i = 2; i < count; i++) quanta[i] = (quanta[i] as number) + (quanta[i - 2] as number);
  return quanta;
}
