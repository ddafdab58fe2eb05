// Reads a systems file in slices: a generator that yields its progress every few hundred rows and returns what
// parseSystems returns, so a caller can report progress, or pause between slices to keep a page responsive.

import { cleanText } from './cleanText.js';
import { quote } from './describeValue.js';
import { detectFormat } from './detectFormat.js';
import { lineIndex } from './lineIndex.js';
import { makeProblem } from './makeProblem.js';
import { readCsvRecordsInSteps } from './parseCsvRecords.js';
import { parseJsonRecords, type RecordsRead } from './parseJsonRecords.js';
import { readSystem } from './readSystem.js';
import type { ParseOptions, ParseProgress, ParseResult, Problem, SystemsFormat, WeaponSystem } from './types';

/** Records checked between two progress reports. */
const CHECK_STEP_RECORDS = 500;

/**
 * `parseSystems` one slice at a time. Yields a `ParseProgress` every few hundred rows, the last one with
 * `done === total`, and returns the same result as `parseSystems` (`options.onProgress` is not called). It
 * never throws.
 *
 * @example
 * const steps = parseSystemsInSteps('name,range_km\nERAM,460\n', { fileName: 'systems.csv' });
 * let step = steps.next();
 * while (!step.done) step = steps.next(); // step.value: progress, until the end
 * step.value.systems; // [{ id: 'eram', name: 'ERAM', rangeKm: 460, sources: [] }]
 */
export function* parseSystemsInSteps(
  text: string,
  options?: ParseOptions,
): Generator<ParseProgress, ParseResult, void> {
  let fileName: string | undefined;
  try {
    fileName = readFileName(options);
    return yield* parseText(text, options, fileName);
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

function* parseText(
  input: unknown,
  options: ParseOptions | undefined,
  fileName: string | undefined,
): Generator<ParseProgress, ParseResult, void> {
  const problems: Problem[] = [];
  if (typeof input !== 'string') {
    problems.push(makeProblem('error', `expected the text of a file, got ${typeof input}`, { fileName }));
    yield { done: 0, total: 0 };
    return { systems: [], problems };
  }
  // A byte order mark is not content; the lines and columns count from after it.
  const text = input.startsWith('\ufeff') ? input.slice(1) : input;
  if (text.trim() === '') {
    problems.push(makeProblem('error', 'the file is empty: no records', { fileName, line: 1 }));
    yield { done: 0, total: 0 };
    return { systems: [], problems };
  }
  const format = readFormat(options, text, fileName, problems);
  // Reading counts the first half of the work, one unit per row or item; checking the second half.
  let items: number;
  let read: RecordsRead;
  if (format === 'json') {
    read = parseJsonRecords(text, lineIndex(text), fileName);
    items = read.records.length;
  } else {
    const rows = readCsvRecordsInSteps(text, fileName);
    items = 0;
    for (let step = rows.next(); ; step = rows.next()) {
      if (step.done) {
        read = step.value;
        break;
      }
      items = step.value.total;
      yield { done: step.value.done, total: 2 * step.value.total };
    }
  }
  problems.push(...read.problems);
  if (read.records.length === 0 && !read.explained) {
    problems.push(makeProblem('error', 'no records: the file holds no systems', { fileName, line: 1 }));
  }

  const systems: WeaponSystem[] = [];
  const firstLineOfId = new Map<string, number>();
  const firstLineOfName = new Map<string, number>();
  const { records } = read;
  for (let at = 0; at < records.length; at++) {
    if (at % CHECK_STEP_RECORDS === 0) {
      yield { done: items + Math.round((at * items) / records.length), total: 2 * items };
    }
    const record = records[at] as (typeof records)[number];
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
    // Two systems of one name cannot be told apart in a legend; both load, since their figures may differ.
    const nameKey = system.name.trim().toLowerCase();
    const sameName = firstLineOfName.get(nameKey);
    if (sameName !== undefined) {
      const message = `duplicate name ${quote(system.name)}: line ${sameName} has a system of the same name; both are loaded, rename one to tell them apart`;
      problems.push(
        makeProblem('warning', message, { fileName, line: record.line, field: 'name', recordId: system.id }),
      );
    } else firstLineOfName.set(nameKey, record.line);
    systems.push(system);
  }
  yield { done: 2 * items, total: 2 * items };
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
