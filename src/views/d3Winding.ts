// A reach area as d3-geo fills it: the core's polygons wind as RFC 7946 asks (exterior counter-clockwise),
// d3 reads clockwise as the inside, so every ring is reversed (else the fill would cover the rest of the world).
import type { MultiPolygon, Polygon, Position } from 'geojson';

const reversed = (ring: Position[]) => ring.slice().reverse();

/**
 * The same polygon with each ring's order reversed, for d3-geo.
 *
 * @example
 * d3Winding({ type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] }).coordinates[0][1]; // [1, 1]
 */
export function d3Winding(geometry: Polygon | MultiPolygon): Polygon | MultiPolygon {
  if (geometry.type === 'Polygon')
    return { type: 'Polygon', coordinates: geometry.coordinates.map(reversed) };
  return { type: 'MultiPolygon', coordinates: geometry.coordinates.map((polygon) => polygon.map(reversed)) };
}
