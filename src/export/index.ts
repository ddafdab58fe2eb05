// Public names of the exports: GeoJSON, KML and scenario files made from a scenario, the file names they
// take, the menu that downloads them, and PNG snapshots. Pure functions except the components, downloadText and
// the PNG capture (loaded lazily by PngExportButton). SVG: svgExport composes, scenarioFromSvg reads back.

export { downloadText } from './downloadText';
export type { ExportMenuProps } from './ExportMenu';
export { ExportMenu } from './ExportMenu';
export { FALLBACK_FILE_NAME, fileNameFor } from './fileNameFor';
export { fileTooLarge, MAX_OPENED_FILE_BYTES } from './maxOpenedFileBytes';
export type { PngExportButtonProps, PngFrameMapHandle, PngFrameMapRequest } from './PngExportButton';
export { PngExportButton } from './PngExportButton';
export { isPngTaintedError } from './pngTaintedError';
export type { ScenarioFileResult } from './readScenarioFile';
export { readScenarioFile } from './readScenarioFile';
export { SCENARIO_FILE_FORMAT, SCENARIO_FILE_VERSION, scenarioFile } from './scenarioFile';
export type { ScenarioPngText } from './scenarioFromPng';
export {
  MAX_SCENARIO_PNG_TEXT_BYTES,
  readScenarioPng,
  SCENARIO_PNG_KEYWORD,
  scenarioFromPng,
} from './scenarioFromPng';
export { isSvgText, scenarioFromSvg } from './scenarioFromSvg';
export type { ScenarioGeoJsonOptions } from './scenarioGeoJson';
export { scenarioGeoJson } from './scenarioGeoJson';
export { scenarioKml } from './scenarioKml';
export type { SvgExportInput, SvgMap, SvgMapPath, SvgMapText } from './svgExport';
export { SVG_SCENARIO_ELEMENT, SVG_SCENARIO_NAMESPACE, svgExport } from './svgExport';
export { svgFileName } from './svgFileName';
