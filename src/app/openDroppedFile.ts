// A file dropped onto the page: a PNG exported by the app reopens the scenario written in it; a saved
// scenario file opens as it does from "Open scenario". Anything else is refused with a reason.
import { readScenarioFile, scenarioFromPng } from '../export';
import { decodeScenarioUrl, type Scenario } from '../scenario';

export interface DroppedFileResult {
  /** null when the file holds no scenario: the map stays as it is. */
  scenario: Scenario | null;
  problems: string[];
}

const MAX_BYTES = 50 * 1024 * 1024;

export async function openDroppedFile(file: File, systemIds: string[]): Promise<DroppedFileResult> {
  const name = file.name || 'the dropped file';
  if (file.size > MAX_BYTES) return { scenario: null, problems: [`${name} is larger than 50 MB.`] };
  if (file.type === 'image/png' || /\.png$/i.test(file.name)) {
    const query = await scenarioFromPng(file);
    if (query === null)
      return {
        scenario: null,
        problems: [`${name} holds no Range Rings map; only PNG images exported by this app can be reopened.`],
      };
    const decoded = decodeScenarioUrl(query, { systemIds });
    return { scenario: decoded.scenario, problems: decoded.problems.map((p) => p.message) };
  }
  if (file.type === 'application/json' || /\.json$/i.test(file.name)) {
    const result = readScenarioFile(await file.text(), { systemIds }, name);
    return { scenario: result.scenario, problems: result.problems.map((p) => p.message) };
  }
  return {
    scenario: null,
    problems: [
      `${name} is neither a PNG exported by this app nor a saved scenario (.json). Systems files go in “Add or load systems”.`,
    ],
  };
}
