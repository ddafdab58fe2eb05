// The 1:110m country outlines, bundled and read once: drawn first, on every map, until the 1:50m ones are needed.
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries110mTopology from 'world-atlas/countries-110m.json';
import { outlinesFromTopology, type UnitOutlines } from './packedOutlines';

export interface Countries {
  scale: '110m' | '50m';
  /** The zoom from which these outlines are drawn; below it they are about to be replaced by coarser ones. */
  minZoom: number;
  /** One world in unit Web Mercator, -180° to 180° except where a country crosses 180° and goes on past it. */
  outlines: UnitOutlines;
}

// The 1:110m TopoJSON is in the first load anyway (launch areas read it too): read from it, not shipped twice.
export const COUNTRIES_110M: Countries = {
  scale: '110m',
  minZoom: 0,
  outlines: outlinesFromTopology(
    countries110mTopology as unknown as Topology<{ countries: GeometryCollection }>,
  ),
};
