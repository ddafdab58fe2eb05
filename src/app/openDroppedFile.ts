// A file dropped onto the page: a PNG exported by the app reopens the scenario written in it; a saved
// scenario file opens as it does from "Open scenario". Anything else is refused with a reason.
import { fileTooLarge, readScenarioFile, readScenarioPng } from '../export';
import { decodeScenarioUrl, type Scenario, summariseProblems } from '../scenario';

export interface DroppedFileResult {
  /** null when the file holds no scenario: the map stays as it is. */
  scenario: Scenario | null;
  problems: string[];
}

export async function openDroppedFile(file: File, systemIds: string[]): Promise<DroppedFileResult> {
  const name = file.name || 'the dropped file';
  const tooLarge = fileTooLarge({ name, size: file.size });
  if (tooLarge) return { scenario: null, problems: [tooLarge] };
  if (file.type === 'image/png' || /\.png$/i.test(file.name)) {
    const { query, tooLargeBytes } = await readScenarioPng(file);
    if (tooLargeBytes !== undefined)
      return {
        scenario: null,
        problems: [
          `${name} holds ${(tooLargeBytes / 1e6).toLocaleString('en', { maximumFractionDigits: 1 })} MB of map text, far more than any map exported by this app; it was not read.`,
        ],
      };
    if (query === null)
      return {
        scenario: null,
        problems: [`${name} holds no Range Rings map; only PNG images exported by this app can be reopened.`],
      };
    const decoded = decodeScenarioUrl(query, { systemIds });
    // one summary: a PNG may name thousands of bad launch points
    const problems = decoded.problems.length ? [summariseProblems(decoded.problems)] : [];
    return { scenario: decoded.scenario, problems };
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
