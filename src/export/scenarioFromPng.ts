// Reads back the scenario link that exportPng stored in a PNG, so a dropped image reopens as a live map.
// It returns the query text only; the app passes it through decodeScenarioUrl and restore like any link.
// A text far longer than any map's link is refused before it is read, so a hostile image cannot freeze the page.
import { pngTextBytes, readPngText } from './pngText';

/** The PNG text keyword under which an exported image keeps its scenario's URL query. */
export const SCENARIO_PNG_KEYWORD = 'range-rings-scenario';

/**
 * The most bytes of scenario text read from a PNG. The longest link a map can hold (50 launch points and 50
 * systems of one's own with the longest names and sources, all escaped) is under 200 KB.
 */
export const MAX_SCENARIO_PNG_TEXT_BYTES = 1_000_000;

/** What a PNG holds: the query, or null with, when it was refused for its size, how many bytes it had. */
export interface ScenarioPngText {
  query: string | null;
  tooLargeBytes?: number;
}

/**
 * Reads a PNG's scenario query, refusing one longer than MAX_SCENARIO_PNG_TEXT_BYTES. Never rejects.
 *
 * @example
 * await readScenarioPng(droppedFile); // { query: 'sites=49.9935,36.2304,Kharkiv&systems=atacms' }
 * await readScenarioPng(hugeFile);    // { query: null, tooLargeBytes: 48000000 }
 */
export async function readScenarioPng(file: Blob): Promise<ScenarioPngText> {
  try {
    const png = new Uint8Array(await file.arrayBuffer());
    const bytes = pngTextBytes(png, SCENARIO_PNG_KEYWORD);
    if (bytes !== null && bytes > MAX_SCENARIO_PNG_TEXT_BYTES) return { query: null, tooLargeBytes: bytes };
    return { query: readPngText(png, SCENARIO_PNG_KEYWORD) };
  } catch {
    return { query: null }; // the file could not be read at all
  }
}

/**
 * The scenario query string (without '?') stored in an exported PNG, or null when the file is not a PNG or
 * holds none (or one too long to be a map's). Never rejects on bad input.
 *
 * @example
 * const query = await scenarioFromPng(droppedFile);
 * // 'sites=49.9935,36.2304,Kharkiv&systems=tomahawk,eram,atacms&view=49,33,5'
 * if (query !== null) decodeScenarioUrl(query, { systemIds });
 */
export async function scenarioFromPng(file: Blob): Promise<string | null> {
  return (await readScenarioPng(file)).query;
}
