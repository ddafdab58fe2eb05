// The 1:110m country outlines, bundled and read once: drawn first, on every map, until the 1:50m ones are needed.
import unit110m from 'virtual:basemap-110m-unit';
import type { UnitOutlines } from './packedOutlines';
import { readUnitOutlines } from './readUnitOutlines';

export interface Countries {
  scale: '110m' | '50m';
  /** The zoom from which these outlines are drawn; below it they are about to be replaced by coarser ones. */
  minZoom: number;
  /** One world in unit Web Mercator, -180° to 180° except where a country crosses 180° and goes on past it. */
  outlines: UnitOutlines;
}

// Prepared at build time as they are drawn (rings in unit Web Mercator, packUnitOutlines): the first load
// reads a string into a typed array, with no arcs to join nor points to project before the first map (14 ms
// less before its rings than reading the packed arcs, which data/countryOutline still reads for countries).
export const COUNTRIES_110M: Countries = {
  scale: '110m',
  minZoom: 0,
  outlines: readUnitOutlines(unit110m()),
};
