// A file dropped onto the page, anywhere: a PNG or SVG exported by the app reopens the scenario written in it; a saved
// scenario file opens as it does from "Open scenario"; a systems file (JSON or CSV) adds its systems, as
// "Add or load systems" does; a GeoJSON or KML file of lines or areas becomes a launch area. Which it is comes
// from the content. Anything else is refused with a reason.
import { type ParseResult, parseSystems } from '../data';
import { fileTooLarge, readScenarioFile, readScenarioPng, scenarioFromSvg } from '../export';
import { decodeScenarioUrl, type Scenario, summariseProblems } from '../scenario';
import { droppedTextKind } from './droppedTextKind';

export type DroppedFileResult =
  | {
      kind: 'scenario';
      /** null when the file holds no scenario: the map stays as it is. */
      scenario: Scenario | null;
      problems: string[];
    }
  | { kind: 'systems'; parsed: ParseResult }
  /** A GeoJSON or KML file of lines or areas, read as a launch area by readAreaFile. */
  | { kind: 'areas'; text: string };

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47];

export async function openDroppedFile(file: File, systemIds: string[]): Promise<DroppedFileResult> {
  const name = file.name || 'the dropped file';
  const refuse = (problem: string): DroppedFileResult => ({
    kind: 'scenario',
    scenario: null,
    problems: [problem],
  });
  const tooLarge = fileTooLarge({ name, size: file.size });
  if (tooLarge) return refuse(tooLarge);
  const head = new Uint8Array(await file.slice(0, 4).arrayBuffer());
  if (PNG_SIGNATURE.every((byte, i) => head[i] === byte) || file.type === 'image/png') {
    const { query, tooLargeBytes } = await readScenarioPng(file);
    if (tooLargeBytes !== undefined)
      return refuse(
        `${name} holds ${(tooLargeBytes / 1e6).toLocaleString('en', { maximumFractionDigits: 1 })} MB of map text, far more than any map exported by this app; it was not read.`,
      );
    if (query === null)
      return refuse(
        `${name} holds no Range Rings map; only PNG images exported by this app can be reopened.`,
      );
    const decoded = decodeScenarioUrl(query, { systemIds });
    // one summary: a PNG may name thousands of bad launch points
    const problems = decoded.problems.length ? [summariseProblems(decoded.problems)] : [];
    return { kind: 'scenario', scenario: decoded.scenario, problems };
  }
  const text = await file.text();
  const kind = droppedTextKind(text);
  if (kind === 'scenario') {
    const result = readScenarioFile(text, { systemIds }, name);
    return { kind: 'scenario', scenario: result.scenario, problems: result.problems.map((p) => p.message) };
  }
  if (kind === 'svg') {
    const kept = scenarioFromSvg(text);
    if (kept === null)
      return refuse(
        `${name} holds no Range Rings map; only SVG images exported by this app can be reopened.`,
      );
    const result = readScenarioFile(kept, { systemIds }, name);
    return { kind: 'scenario', scenario: result.scenario, problems: result.problems.map((p) => p.message) };
  }
  if (kind === 'areas') return { kind: 'areas', text };
  if (kind === 'systems') {
    // the extension is only a hint here: a CSV saved as .txt is still CSV
    const format = /^\s*[[{/]/.test(text.replace(/^\ufeff/, '')) ? 'json' : 'csv';
    return { kind: 'systems', parsed: parseSystems(text, { format, fileName: name }) };
  }
  return refuse(
    `${name} is neither a PNG exported by this app, an SVG it exported, a saved scenario, a systems file (JSON, or CSV with "name" and "range_km" columns), nor a GeoJSON or KML file of lines or areas.`,
  );
}
