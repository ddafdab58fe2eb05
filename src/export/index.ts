// Public names of the exports: GeoJSON, KML and scenario files made from a scenario, the file names they
// take, and the menu that downloads them. Pure functions except ExportMenu and downloadText.

export { downloadText } from './downloadText';
export type { ExportMenuProps } from './ExportMenu';
export { ExportMenu } from './ExportMenu';
export { FALLBACK_FILE_NAME, fileNameFor } from './fileNameFor';
export type { ScenarioFileResult } from './readScenarioFile';
export { readScenarioFile } from './readScenarioFile';
export { SCENARIO_FILE_FORMAT, SCENARIO_FILE_VERSION, scenarioFile } from './scenarioFile';
export type { ScenarioGeoJsonOptions } from './scenarioGeoJson';
export { scenarioGeoJson } from './scenarioGeoJson';
export { scenarioKml } from './scenarioKml';
