// The packed outlines read back into the TopoJSON they were packed from (its countries, named, with their
// arcs and quantisation), for the readers of TopoJSON (topojson-client's feature) to make geometry from.
import type { GeometryCollection, MultiPolygon, Polygon, Topology } from 'topojson-specification';
import { type PackedOutlines, readArcDeltas } from './packOutlines';

export type CountriesTopology = Topology<{ countries: GeometryCollection<{ name: string }> }>;

/**
 * The TopoJSON of the packed countries: the same arcs, quantisation and rings, so that feature() gives the
 * very coordinates it gives from the original.
 *
 * @example
 * unpackTopology(packOutlines(countries110m)).objects.countries.geometries.length; // 177, as in the file
 */
export function unpackTopology(packed: PackedOutlines): CountriesTopology {
  const deltas = readArcDeltas(packed);
  let p = 0;
  const arcs = packed.arcLengths.map((length) => {
    const arc: [number, number][] = [];
    for (let i = 0; i < length; i++, p += 2) arc.push([deltas[p] as number, deltas[p + 1] as number]);
    return arc;
  });
  let r = 0;
  let k = 0;
  const ring = () => {
    const size = packed.ringSizes[r++] as number;
    k += size;
    return packed.ringArcs.slice(k - size, k);
  };
  const rings = (count: number) => Array.from({ length: count }, ring);
  const geometries = packed.shapes.map(
    (shape, i): Polygon<{ name: string }> | MultiPolygon<{ name: string }> => {
      const properties = { name: packed.names[i] as string };
      return typeof shape === 'number'
        ? { type: 'Polygon', arcs: rings(shape), properties }
        : { type: 'MultiPolygon', arcs: shape.map(rings), properties };
    },
  );
  return {
    type: 'Topology',
    transform: { scale: packed.scale, translate: packed.translate },
    arcs,
    objects: { countries: { type: 'GeometryCollection', geometries } },
  };
}
