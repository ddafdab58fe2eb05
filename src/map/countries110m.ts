// The 1:110m country outlines, bundled and read once: drawn first, on every map, until the 1:50m ones are needed.
import packed110m from 'virtual:basemap-110m';
import { outlinesOfRings } from './outlinesOfRings';
import type { UnitOutlines } from './packedOutlines';

export interface Countries {
  scale: '110m' | '50m';
  /** The zoom from which these outlines are drawn; below it they are about to be replaced by coarser ones. */
  minZoom: number;
  /** One world in unit Web Mercator, -180° to 180° except where a country crosses 180° and goes on past it. */
  outlines: UnitOutlines;
}

// Prepared at build time as rings (data/packRings): the first load reads a string into a typed array and
// projects each point, with no arcs to join before the first map. data/countryOutline makes the countries'
// geometry from the same rings, so the 1:110m outlines ship once.
export const COUNTRIES_110M: Countries = {
  scale: '110m',
  minZoom: 0,
  outlines: outlinesOfRings(packed110m()),
};
