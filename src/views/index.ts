// Public names of the true-shape views: the globe and the distance map, drawn with d3-geo over the same scenario.

export type {
  DistanceCircle,
  DistanceGraticule,
  DistanceGraticuleOptions,
  DistanceSpoke,
} from './distanceGraticule';
export { distanceGraticule, distanceScaleStep, viewReachM } from './distanceGraticule';
export type { DistanceProjection, DistanceProjectionOptions } from './distanceProjection';
export { distanceProjection } from './distanceProjection';
export { distanceScaleFor } from './distanceScaleFor';
export type { Interaction } from './dragState';
export { dragState } from './dragState';
export type { ProjectedViewHandle, ProjectedViewProps } from './ProjectedView';
export { ProjectedView } from './ProjectedView';
export type { PaintOptions } from './paintScene';
export { paintScene } from './paintScene';
export { projectVisible } from './projectVisible';
export { ringLabelPlaces } from './ringLabelPlaces';
export type { SceneVectorsOptions } from './sceneVectors';
export { sceneVectors } from './sceneVectors';
export type { SphereArea } from './sphereRing';
export { sphereBand, sphereRing, sphereRingVertices } from './sphereRing';
export type { TrueShapeFrameHandle, TrueShapeFrameProps } from './TrueShapeFrame';
export { TrueShapeFrame } from './TrueShapeFrame';
export type { TrueShapeViewProps } from './TrueShapeView';
export { distanceCentre, TrueShapeView } from './TrueShapeView';
export { ViewSelect } from './ViewSelect';
export type { ViewSize, ViewState } from './viewProjection';
export {
  distanceViewProjection,
  fittedView,
  globeProjection,
  meanLonLat,
  scaleForZoom,
  zoomForScale,
} from './viewProjection';
export type { Scene, SceneInput, ScenePoint, SceneRing, ViewSystem } from './viewScene';
export { viewScene } from './viewScene';
