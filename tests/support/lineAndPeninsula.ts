// The "line and peninsula" launch area: a front line in eastern Ukraine and a peninsula south-west of its end,
// close enough that their reaches merge. One set of positions for the core's reachArea (plain GeoJSON
// geometries) and for a file's area in the scenario (the multi-part form the file reader gives).
import type { GeometryCollection, LineString, Polygon } from 'geojson';
import type { LonLat } from '../../src/geo';
import type { FileAreaGeometry } from '../../src/scenario';

/** The front line, north to south-west. */
export const FRONT_LINE_POSITIONS: LonLat[] = [
  [37.6, 49.6],
  [37.9, 48.6],
  [37.4, 47.7],
  [36.0, 47.4],
  [35.0, 47.3],
  [33.5, 46.8],
];

/** The peninsula, a closed ring. */
export const PENINSULA_RING: LonLat[] = [
  [33.5, 44.5],
  [35.5, 44.5],
  [35.5, 45.8],
  [33.5, 45.8],
  [33.5, 44.5],
];

export const FRONT_LINE: LineString = { type: 'LineString', coordinates: FRONT_LINE_POSITIONS };

/** The line and the peninsula as one collection, for reachArea. */
export const LINE_AND_PENINSULA: GeometryCollection<LineString | Polygon> = {
  type: 'GeometryCollection',
  geometries: [FRONT_LINE, { type: 'Polygon', coordinates: [PENINSULA_RING] }],
};

/** The same, as a file's area holds it. */
export const LINE_AND_PENINSULA_FILE: FileAreaGeometry = {
  type: 'GeometryCollection',
  geometries: [
    { type: 'MultiLineString', coordinates: [FRONT_LINE_POSITIONS] },
    { type: 'MultiPolygon', coordinates: [[PENINSULA_RING]] },
  ],
};
