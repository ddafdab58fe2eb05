// The 1:110m country outlines, bundled and read once: drawn first, on every map, until the 1:50m ones are needed.
import packed110m from 'virtual:basemap-110m';
import { type UnitOutlines, unpackOutlines } from './packedOutlines';

export interface Countries {
  scale: '110m' | '50m';
  /** The zoom from which these outlines are drawn; below it they are about to be replaced by coarser ones. */
  minZoom: number;
  /** One world in unit Web Mercator, -180° to 180° except where a country crosses 180° and goes on past it. */
  outlines: UnitOutlines;
}

// Packed at build time as the 1:50m ones are: the first load carries a string and a few short lists, not the
// TopoJSON's thousands of small arrays (those are for launch areas and the other views, in their own chunks).
export const COUNTRIES_110M: Countries = {
  scale: '110m',
  minZoom: 0,
  outlines: unpackOutlines(packed110m()),
};
