// Coordinates cut to 7 decimals (about 1 cm), the precision an export keeps; rounding can make two
// neighbouring vertices equal, so repeats are dropped and every ring stays closed.
import type { MultiPolygon, Polygon, Position } from 'geojson';

export const COORDINATE_DECIMALS = 7;
const SCALE = 10 ** COORDINATE_DECIMALS;

/**
 * A number rounded to 7 decimals, never -0.
 *
 * @example
 * roundCoordinate(36.23040004); // 36.2304
 */
export function roundCoordinate(value: number): number {
  return Math.round(value * SCALE) / SCALE + 0;
}

/**
 * A polygon or multipolygon with every position rounded and repeated neighbours dropped. A ring left with
 * fewer than four positions (three distinct corners) is dropped with it; a polygon without its exterior goes too.
 *
 * @example
 * roundGeometry({ type: 'Polygon', coordinates: [[[0, 0], [1e-9, 0], [1, 0], [1, 1], [0, 0]]] });
 * // { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] }
 */
export function roundGeometry(geometry: Polygon | MultiPolygon): Polygon | MultiPolygon {
  if (geometry.type === 'Polygon') {
    return { type: 'Polygon', coordinates: roundPolygon(geometry.coordinates) ?? [] };
  }
  const parts = geometry.coordinates.flatMap((part) => {
    const rounded = roundPolygon(part);
    return rounded ? [rounded] : [];
  });
  return parts.length === 1
    ? { type: 'Polygon', coordinates: parts[0] as Position[][] }
    : { type: 'MultiPolygon', coordinates: parts };
}

function roundPolygon(rings: Position[][]): Position[][] | undefined {
  const [exterior, ...holes] = rings.map(roundRing);
  if (!exterior) return undefined;
  return [exterior, ...holes.filter((hole): hole is Position[] => hole !== undefined)];
}

function roundRing(ring: Position[]): Position[] | undefined {
  const out: Position[] = [];
  for (const position of ring) {
    const next = [roundCoordinate(position[0] as number), roundCoordinate(position[1] as number)];
    const last = out[out.length - 1];
    if (!last || last[0] !== next[0] || last[1] !== next[1]) out.push(next);
  }
  const first = out[0];
  const last = out[out.length - 1];
  if (first && last && (first[0] !== last[0] || first[1] !== last[1]))
    out.push([first[0] as number, first[1] as number]);
  return out.length >= 4 ? out : undefined;
}
