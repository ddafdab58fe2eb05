// Public names of the geodesy core: pure functions over GeoJSON-order coordinates, no DOM.

export type { AzimuthalEquidistant, PlanePoint } from './azimuthalEquidistant';
export { antipodalCutDeg, azimuthalEquidistant } from './azimuthalEquidistant';
export { destination } from './destination';
export { distanceM } from './distanceM';
export type { NearestOnSource } from './distanceToSource';
export { nearestOnSource } from './distanceToSource';
export type { GeodesicFan } from './geodesicFan';
export { geodesicFan } from './geodesicFan';
export { geodesicPath } from './geodesicPath';
export { initialBearingDeg } from './initialBearingDeg';
export { mapRing, worldCopies } from './mapRing';
export type { MapRingShape } from './mapRingShape';
export { mapRingShape } from './mapRingShape';
export type { PlaceInRange } from './placesWithin';
export { placesWithin, placesWithinRanges } from './placesWithin';
export type { RangeRingOptions, RangeRingProperties } from './rangeRing';
export { rangeRing } from './rangeRing';
export type { ReachAreaOptions, ReachAreaProperties } from './reachArea';
export { reachArea } from './reachArea';
export type { ReachSource } from './reachSource';
export { reachSource } from './reachSource';
export type { RingTrace, TraceVertex } from './ringTrace';
export { ringTrace } from './ringTrace';
export type { LonLat, LonLatPolygon, LonLatRing } from './types';
export { MAX_RING_VERTICES, MIN_RING_VERTICES, verticesForZoom } from './verticesForZoom';
export { EQUATORIAL_RADIUS_M, HALF_MERIDIAN_M } from './wgs84';
