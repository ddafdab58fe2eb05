// Public names of the data layer: parse and validate systems files (JSON, CSV) into typed records. No DOM.

export type { RangeKmOptions } from './parseRangeKm';
export { MAX_RANGE_KM, parseRangeKm } from './parseRangeKm';
export { parseSystems } from './parseSystems';
export { MAX_NAME_LENGTH } from './readSystem';
export type {
  ParseOptions,
  ParseResult,
  Problem,
  Severity,
  Source,
  SystemsFormat,
  WeaponSystem,
} from './types';
