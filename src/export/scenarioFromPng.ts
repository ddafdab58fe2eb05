// Reads back the scenario link that exportPng stored in a PNG, so a dropped image reopens as a live map.
// It returns the query text only; the app passes it through decodeScenarioUrl and restore like any link.
import { readPngText } from './pngText';

/** The PNG text keyword under which an exported image keeps its scenario's URL query. */
export const SCENARIO_PNG_KEYWORD = 'range-rings-scenario';

/**
 * The scenario query string (without '?') stored in an exported PNG, or null when the file is not a PNG or
 * holds none. Never rejects on bad input.
 *
 * @example
 * const query = await scenarioFromPng(droppedFile);
 * // 'sites=49.9935,36.2304,Kharkiv&systems=tomahawk,eram,atacms&view=49,33,5'
 * if (query !== null) decodeScenarioUrl(query, { systemIds });
 */
export async function scenarioFromPng(file: Blob): Promise<string | null> {
  try {
    return readPngText(new Uint8Array(await file.arrayBuffer()), SCENARIO_PNG_KEYWORD);
  } catch {
    return null; // the file could not be read at all
  }
}
