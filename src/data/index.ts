// Public names of the data layer: parse and validate systems files (JSON, CSV) into typed records. No DOM.

export type { Gazetteer, OtherNamesEntry } from './buildGazetteer';
export { buildGazetteer } from './buildGazetteer';
export { citedSources, shortCitation } from './citedSources';
export { cleanText, truncateText } from './cleanText';
export type { Country } from './countries';
export { COUNTRIES, countryByCode } from './countries';
export { countryAt, uncodedLandAt } from './countryAt';
export type { CountryOutline, OutlineScale, UncodedOutline } from './countryOutline';
export {
  countryOutline,
  hasDetailedOutlines,
  loadDetailedOutlines,
  uncodedOutlines,
} from './countryOutline';
export { describeValue, quote } from './describeValue';
export { foldPlaceName, nameForms } from './foldPlaceName';
export type { BandEnds } from './hasBand';
export { drawnReachKm, drawsBand, hasBand } from './hasBand';
export { isIsoDate } from './isIsoDate';
export { loadAllPlaces } from './loadAllPlaces';
export { loadPart, PartLoadError } from './loadPart';
export { loadPlaces } from './loadPlaces';
export { looksLikeCoordinates } from './looksLikeCoordinates';
export type { PackedOutlines } from './packOutlines';
export { packOutlines, readArcDeltas, readPackedNumbers, writePackedNumber } from './packOutlines';
export { packPlaces, unpackPlaces } from './packPlaces';
export type { PackedRings } from './packRings';
export type { ParsedCoordinates } from './parseCoordinates';
export { parseCoordinates } from './parseCoordinates';
export type { RangeKmOptions } from './parseRangeKm';
export { MAX_RANGE_KM, MIN_RANGE_KM, parseRangeKm } from './parseRangeKm';
export { parseSystems } from './parseSystems';
export { parseSystemsInSteps } from './parseSystemsInSteps';
export { PLACES_ATTRIBUTION } from './placesAttribution';
export type { PackedPlace, PackedPlaces, Place } from './placeTypes';
export type { AreaFeatures, ReadAreaOptions } from './readAreaFeatures';
export { readAreaFeatures } from './readAreaFeatures';
export { MAX_NAME_LENGTH } from './readSystem';
export type { PlaceIndex, PlaceMatch, SearchOptions } from './searchPlaces';
export { findPlaces, indexPlaces, indexPlacesInSteps, searchPlaces } from './searchPlaces';
export type { SlimPlacesOptions } from './slimPlaces';
export { MIN_PLACE_POPULATION, slimPlaces } from './slimPlaces';
export { isSlug, MAX_ID_LENGTH, slugify } from './slugId';
export type {
  ParseOptions,
  ParseProgress,
  ParseResult,
  Problem,
  Severity,
  Source,
  SystemsFormat,
  WeaponSystem,
} from './types';
export { unpackTopology } from './unpackTopology';
