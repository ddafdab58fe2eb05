// Public names of the views other than the Leaflet map: projections and the data their painters draw.

export type {
  DistanceCircle,
  DistanceGraticule,
  DistanceGraticuleOptions,
  DistanceSpoke,
} from './distanceGraticule';
export { distanceGraticule, viewReachM } from './distanceGraticule';
export type { DistanceProjection, DistanceProjectionOptions } from './distanceProjection';
export { distanceProjection } from './distanceProjection';
