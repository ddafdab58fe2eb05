// Public names of the map layers.
export { RangeMap } from './RangeMap';
export { systemColor } from './systemColor';
