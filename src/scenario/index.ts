// Public names of the scenario: the one serialisable state, how it is made (defaults, restore, links,
// storage) and the verbs that change it.

export {
  addCountryArea,
  addDrawnArea,
  addFileArea,
  moveAreaVertex,
  nextAreaId,
  removeArea,
  renameArea,
  setAreaVertices,
} from './areaActions';
export { areaKey, areaName } from './areaName';
export type { AreaReachJob, AreaReachResult, AreaReachSystem } from './areaReachJobs';
export { AREA_REACH_VERTICES, areaReachJobs } from './areaReachJobs';
export { checkLonLat } from './checkLonLat';
export { computeAreaReach } from './computeAreaReach';
export { customSystemFrom } from './customSystemFrom';
export type { DecodedScenarioUrl } from './decodeScenarioUrl';
export { decodeScenarioUrl } from './decodeScenarioUrl';
export { DEFAULT_TITLE, defaultScenario, KHARKIV } from './defaultScenario';
export type { DistanceMapCentre } from './distanceMapCentre';
export { distanceMapCentre } from './distanceMapCentre';
export { fileAreasLeftOut } from './drawnAreasUrl';
export { encodeScenarioUrl } from './encodeScenarioUrl';
export { formatDistance, KM_PER_UNIT, prepareDistanceFormats } from './formatDistance';
export { formatLonLat } from './formatLonLat';
export type { PublishedRange } from './formatRange';
export { formatRange } from './formatRange';
export type { Highlight, HighlightSource, OnHighlight } from './highlightOnPointer';
export { highlightOnPointer } from './highlightOnPointer';
export type { AreaSource } from './launchAreaSource';
export { launchAreaSource } from './launchAreaSource';
export {
  MAX_AREA_LABEL_LENGTH,
  MAX_AREA_VERTICES,
  MAX_CREDIT_LENGTH,
  MAX_CUSTOM_NAME_LENGTH,
  MAX_CUSTOM_SYSTEMS,
  MAX_FILE_AREA_VERTICES,
  MAX_LABEL_LENGTH,
  MAX_MAP_NOTE_LENGTH,
  MAX_MARKS,
  MAX_NOTE_LENGTH,
  MAX_SITES,
  MAX_SOURCE_LENGTH,
  MAX_SUBTITLE_LENGTH,
  MAX_TITLE_LENGTH,
  MAX_ZOOM,
  MIN_ZOOM,
} from './limits';
export { addMark, moveMark, removeMark, renameMark } from './markActions';
export type { MarkReach } from './markReach';
export { describeMarkReach, markReach, reachText } from './markReach';
export { patchScenario } from './patchScenario';
export { isRecord, own } from './readInput';
export type { Removal, RemovalResult } from './removal';
export {
  removeAreaUndoably,
  removeCustomSystemsUndoably,
  removeCustomSystemUndoably,
  removeMarkUndoably,
  removeSiteUndoably,
  undoRemoval,
} from './removal';
export { PLACE_NAME_RADIUS_M, renameMovedSite } from './renameMovedSite';
export { restore } from './restore';
export { MAX_AREAS } from './restoreAreas';
export type { RestoreResult } from './restoreFields';
export { SCENARIO_FIELDS } from './restoreFields';
export type { SystemDetails } from './restoreSystemDetails';
export type { WordField } from './restoreWords';
export { WORD_FIELDS, WORD_LENGTHS } from './restoreWords';
export type { RingLook, RingLookStyle } from './ringLookFor';
export { DIMMED_LABEL_OPACITY, ringLookFor, ringLookStyle } from './ringLookFor';
export type { ScenarioContext, ScenarioProblem } from './scenarioProblem';
export { setCentreSite } from './setCentreSite';
export { setBasemap, setProjection, setTheme, setTitle, setUnits, setView } from './settingActions';
export { addSite, moveSite, putSiteBack, removeSite, renameSite } from './siteActions';
export { siteName } from './siteName';
export type { StorageReader, StorageWriter, StoredScenario, StoredTrouble } from './storedScenario';
export {
  ASIDE_KEY,
  keepAsideStored,
  loadStoredScenario,
  readStoredText,
  STORAGE_KEY,
  saveStoredScenario,
} from './storedScenario';
export { NAMED_PROBLEMS, summariseProblems } from './summariseProblems';
export type { CustomSystemInput } from './systemActions';
export {
  addCustomSystem,
  removeCustomSystem,
  resetSystems,
  setSystemColor,
  toggleSystem,
} from './systemActions';
export type {
  BasemapId,
  CountryArea,
  CustomSystem,
  DistanceUnit,
  DrawnArea,
  FileArea,
  FileAreaGeometry,
  LaunchArea,
  MapView,
  Mark,
  Projection,
  Scenario,
  Site,
  Theme,
} from './types';
export { PASSED_PARAMETERS, SCENARIO_PARAMETERS } from './urlParameters';
export type { ViewOrigin } from './viewOrigin';
export { viewOrigin } from './viewOrigin';
export { setWord } from './wordActions';
