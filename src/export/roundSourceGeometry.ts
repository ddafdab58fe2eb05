// A launch area's own geometry (a country's outline, a drawn line or polygon, a file's lines) with every
// position cut to 7 decimals; polygons go through roundGeometry so their rings stay closed.
import type { Geometry, Position } from 'geojson';
import { roundCoordinate, roundGeometry } from './roundGeometry';

/**
 * Any geometry a launch area can have, rounded.
 *
 * @example
 * roundSourceGeometry({ type: 'LineString', coordinates: [[36.123456789, 48]] });
 * // { type: 'LineString', coordinates: [[36.1234568, 48]] }
 */
export function roundSourceGeometry(geometry: Geometry): Geometry {
  switch (geometry.type) {
    case 'Polygon':
    case 'MultiPolygon':
      return roundGeometry(geometry);
    case 'Point':
      return { type: 'Point', coordinates: roundPosition(geometry.coordinates) };
    case 'MultiPoint':
    case 'LineString':
      return { type: geometry.type, coordinates: geometry.coordinates.map(roundPosition) };
    case 'MultiLineString':
      return {
        type: geometry.type,
        coordinates: geometry.coordinates.map((line) => line.map(roundPosition)),
      };
    case 'GeometryCollection':
      return { type: geometry.type, geometries: geometry.geometries.map(roundSourceGeometry) };
  }
}

function roundPosition(position: Position): Position {
  return position.map(roundCoordinate);
}
