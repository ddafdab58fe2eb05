// Coordinate types of the geodesy core. The core speaks GeoJSON order: [longitude, latitude] in degrees.

/** A position as GeoJSON writes it: `[lon, lat]` in degrees. */
export type LonLat = [lon: number, lat: number];

/** A linear ring of positions, closed (first position equals last). */
export type LonLatRing = LonLat[];

/** A polygon: the first ring is the exterior, any further rings are holes. */
export type LonLatPolygon = LonLatRing[];
