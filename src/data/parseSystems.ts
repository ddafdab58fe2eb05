// Reads a systems file, JSON or CSV, into weapon systems and a list of problems that each name file, line and field.
// It never throws: bad records are skipped with an error, doubtful parts dropped with a warning, the rest loads.

import { cleanText } from './cleanText';
import { quote } from './describeValue';
import { detectFormat } from './detectFormat';
import { lineIndex } from './lineIndex';
import { makeProblem } from './makeProblem';
import { parseCsvRecords } from './parseCsvRecords';
import { parseJsonRecords, type RecordsRead } from './parseJsonRecords';
import { readSystem } from './readSystem';
import type { ParseOptions, ParseResult, Problem, SystemsFormat, WeaponSystem } from './types';

/**
 * Parses the text of a systems file. JSON is a list of records or `{ "systems": [ … ] }` (see
 * `data/systems.schema.json`); CSV has a header row with at least `name` and `range_km`. The format comes
 * from `options.format`, else the `fileName` extension, else the first character.
 *
 * @example
 * const { systems, problems } = parseSystems('name,range_km\nERAM,460\nATACMS,-5\n', { fileName: 'systems.csv' });
 * systems;             // [{ id: 'eram', name: 'ERAM', rangeKm: 460, sources: [] }]
 * problems[1].message; // 'systems.csv, line 3, field "range_km" (record "atacms"): range must be a positive number, got "-5"'
 */
export function parseSystems(text: string, options?: ParseOptions): ParseResult {
  let fileName: string | undefined;
  try {
    fileName = readFileName(options);
    return parseText(text, options, fileName);
  } catch (thrown) {
    // Not expected: every path is written not to throw. Reported rather than crashing the page.
    return {
      systems: [],
      problems: [makeProblem('error', `could not read the file: ${describeThrown(thrown)}`, { fileName })],
    };
  }
}

// Even reading what was thrown may throw (a getter, a proxy); a fixed text is the last resort.
function describeThrown(thrown: unknown): string {
  try {
    return cleanText(thrown instanceof Error ? thrown.message : String(thrown)) || 'unknown error';
  } catch {
    return 'unknown error';
  }
}

function parseText(
  input: unknown,
  options: ParseOptions | undefined,
  fileName: string | undefined,
): ParseResult {
  const problems: Problem[] = [];
  if (typeof input !== 'string') {
    problems.push(makeProblem('error', `expected the text of a file, got ${typeof input}`, { fileName }));
    return { systems: [], problems };
  }
  // A byte order mark is not content; the lines and columns count from after it.
  const text = input.startsWith('\ufeff') ? input.slice(1) : input;
  if (text.trim() === '') {
    problems.push(makeProblem('error', 'the file is empty: no records', { fileName, line: 1 }));
    return { systems: [], problems };
  }
  const format = readFormat(options, text, fileName, problems);
  const read: RecordsRead =
    format === 'json' ? parseJsonRecords(text, lineIndex(text), fileName) : parseCsvRecords(text, fileName);
  problems.push(...read.problems);
  if (read.records.length === 0 && !read.explained) {
    problems.push(makeProblem('error', 'no records: the file holds no systems', { fileName, line: 1 }));
  }

  const systems: WeaponSystem[] = [];
  const firstLineOfId = new Map<string, number>();
  for (const record of read.records) {
    const { system, problems: recordProblems } = readSystem(record, { format, fileName });
    problems.push(...recordProblems);
    if (system === undefined) continue;
    const firstLine = firstLineOfId.get(system.id);
    if (firstLine !== undefined) {
      const message = `duplicate id ${quote(system.id)}: the first record with it is on line ${firstLine}; this one is skipped`;
      problems.push(
        makeProblem('error', message, { fileName, line: record.line, field: 'id', recordId: system.id }),
      );
      continue;
    }
    firstLineOfId.set(system.id, record.line);
    systems.push(system);
  }
  return { systems, problems };
}

// Options may come from plain JavaScript (a URL, a postMessage): anything that is not as typed is ignored.
function readFileName(options: unknown): string | undefined {
  if (typeof options !== 'object' || options === null) return undefined;
  const { fileName } = options as { fileName?: unknown };
  if (typeof fileName !== 'string') return undefined;
  const cleaned = cleanText(fileName);
  return cleaned === '' ? undefined : cleaned;
}

function readFormat(
  options: unknown,
  text: string,
  fileName: string | undefined,
  problems: Problem[],
): SystemsFormat {
  const format =
    typeof options === 'object' && options !== null ? (options as { format?: unknown }).format : undefined;
  if (format === 'json' || format === 'csv') return format;
  const detected = detectFormat(text, fileName);
  if (format !== undefined) {
    const message = `unknown format ${typeof format === 'string' ? quote(format) : String(typeof format)}; read as ${detected.toUpperCase()}`;
    problems.push(makeProblem('warning', message, { fileName }));
  }
  return detected;
}
