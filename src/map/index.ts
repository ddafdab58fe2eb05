// Public names of the map layers.
export { AREA_COLOR, reachLabel } from './AreasLayer';
export type { BasemapPalette } from './basemapStyles';
export { BASEMAP_PALETTES } from './basemapStyles';
export type { FrameMapHandle, FrameMapProps } from './FrameMap';
export { FrameMap } from './FrameMap';
export type { FrameVectors, VectorPath, VectorText } from './frameVectors';
export { labelInk } from './labelInk';
export type { MarksLayerProps } from './MarksLayer';
export { mapOfElement } from './mapOfElement';
export type { RangeMapProps } from './RangeMap';
export { RangeMap } from './RangeMap';
export type { RingSystem } from './RingsLayer';
export { trueRuns } from './reachPaths';
export { systemColor, systemDash } from './systemColor';
export type { AfterFirstPaintOptions } from './useAfterFirstPaint';
export { useAfterFirstPaint } from './useAfterFirstPaint';
export type { AreaReaches } from './useAreaReaches';
export { useAreaReaches } from './useAreaReaches';
