// The text of a GeoJSON or KML export, written on the thread that calls it (the export worker, or the page
// when no worker can start). The writers are loaded on first use: with launch areas they compute reaches.
import type { SystemEntry } from '../panels';
import type { Scenario } from '../scenario';

export type ExportFileKind = 'geojson' | 'kml';

/**
 * The file's text: a GeoJSON FeatureCollection (one line, then a newline) or a KML document.
 *
 * @example
 * await exportFileTextHere('kml', scenario, shown); // '<?xml version="1.0" encoding="UTF-8"?>\n<kml …'
 */
export async function exportFileTextHere(
  kind: ExportFileKind,
  scenario: Scenario,
  systems: readonly SystemEntry[],
): Promise<string> {
  if (kind === 'geojson') {
    const { scenarioGeoJson } = await import('./scenarioGeoJson');
    return `${JSON.stringify(scenarioGeoJson(scenario, systems))}\n`;
  }
  const { scenarioKml } = await import('./scenarioKml');
  return scenarioKml(scenario, systems);
}
