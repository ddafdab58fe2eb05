// Reads the records of a CSV systems file with d3-dsv, giving each row and cell the line it starts on.
// One header row; unnamed columns are ignored. The source columns describe one source per row. Cells may be
// separated by ",", ";" or tabs (read from the header); in a ";" file the comma is the decimal mark.
import { dsvFormat } from 'd3-dsv';
import { csvSeparator } from './csvSeparator.js';
import { quote } from './describeValue.js';
import { countLineBreaks } from './lineIndex.js';
import { readLocaleNumber } from './localeNumber.js';
import { makeProblem } from './makeProblem.js';
import type { RecordsRead } from './parseJsonRecords';
import type { Located, LocatedMember, ParseProgress, Problem } from './types';

/** Rows read between two progress reports. */
export const CSV_STEP_ROWS = 500;

// Columns that become fields of the record, under the same key as in JSON.
const RECORD_COLUMNS = new Set([
  'id',
  'name',
  'range_km',
  'range',
  'type',
  'variant',
  'range_min_km',
  'range_max_km',
  'note',
  'as_of',
  'range_mi',
  'range_nmi',
]);
// Columns holding distances, whose numbers may be written in a spreadsheet's language.
const RANGE_COLUMNS = ['range_km', 'range', 'range_min_km', 'range_max_km', 'range_mi', 'range_nmi'];
// Columns that together make the row's one source, and the source field each fills.
const SOURCE_COLUMNS = new Map([
  ['source', 'publisher'],
  ['source_title', 'title'],
  ['source_date', 'date'],
  ['source_url', 'url'],
  ['source_figure', 'figure'],
]);

/**
 * Reads located records from CSV text (without a byte order mark). Headers are trimmed and case-insensitive;
 * `name` and `range_km` (or `range`, with units) are required.
 *
 * @example
 * parseCsvRecords('name,range_km\nERAM,460\n').records[0];
 * // { kind: 'object', line: 2, members: [{ key: 'name', … 'ERAM' }, { key: 'range_km', … '460' }] }
 */
export function parseCsvRecords(text: string, fileName?: string): RecordsRead {
  const steps = readCsvRecordsInSteps(text, fileName);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * `parseCsvRecords` one slice at a time: yields how many data rows are read of how many there are, every
 * `CSV_STEP_ROWS` rows, and returns the same records and problems.
 *
 * @example
 * const steps = readCsvRecordsInSteps('name,range_km\nERAM,460\n');
 * steps.next(); // { value: { done: 0, total: 1 }, done: false }
 */
export function* readCsvRecordsInSteps(
  text: string,
  fileName?: string,
): Generator<ParseProgress, RecordsRead, void> {
  const problems: Problem[] = [];
  const separator = csvSeparator(text);
  const rows = dsvFormat(separator).parseRows(text);
  // Each row starts one line after the previous row ended; a quoted cell may hold line breaks of its own.
  const lines: number[] = [];
  let nextLine = 1;
  for (const row of rows) {
    lines.push(nextLine);
    nextLine += 1 + row.reduce((breaks, cell) => breaks + countLineBreaks(cell), 0);
  }
  const headerAt = rows.findIndex((row) => !isBlank(row));
  const header = rows[headerAt];
  const headerLine = lines[headerAt] ?? 1;
  if (header === undefined) {
    problems.push(
      makeProblem('error', 'no header row: expected a first row like "name,range_km"', { fileName, line: 1 }),
    );
    return { records: [], problems, explained: true };
  }

  const columns = readHeader(header, headerLine, fileName, problems);
  const missing = ['name', 'range_km'].filter(
    (key) => !columns.has(key) && !(key === 'range_km' && columns.has('range')),
  );
  if (missing.length > 0) {
    const names = missing.map((key) => quote(key)).join(' and ');
    const hint = missing.includes('range_km')
      ? ' (or "range", with a unit in each value, like "995 mi")'
      : '';
    const found = header.slice(0, 12).map((cell) => quote(cell.trim()));
    const message = `missing column${missing.length > 1 ? 's' : ''} ${names}${hint}; the header has ${found.join(', ')}${header.length > 12 ? ', …' : ''}`;
    problems.push(makeProblem('error', message, { fileName, line: headerLine }));
    return { records: [], problems, explained: true };
  }

  const rangeColumns = RANGE_COLUMNS.flatMap((key) => {
    const column = columns.get(key);
    return column === undefined ? [] : [[key, column] as const];
  });
  // A tab-separated file says its decimal mark only through its numbers: "1,6" anywhere means a comma.
  const decimalComma =
    separator === ';' ||
    (separator === '\t' &&
      rows.some((row) =>
        rangeColumns.some(([, column]) => /\d,(?:\d{1,2}|\d{4,})(?!\d)/.test(row[column] ?? '')),
      ));
  const records: Located[] = [];
  const total = rows.length - headerAt - 1;
  for (let at = headerAt + 1; at < rows.length; at++) {
    const done = at - headerAt - 1;
    if (done % CSV_STEP_ROWS === 0) yield { done, total };
    const row = rows[at] ?? [];
    const line = lines[at] ?? 1;
    if (isBlank(row)) continue;
    if (row.slice(header.length).some((cell) => cell.trim() !== '')) {
      const message = `row has ${row.length} values but the header has ${header.length} columns; the extra values are ignored`;
      problems.push(makeProblem('warning', message, { fileName, line }));
    }
    const record = rowRecord(row, line, columns);
    for (const member of record.members ?? []) {
      const cell = member.value;
      if (!RANGE_COLUMNS.includes(member.key) || typeof cell.value !== 'string') continue;
      const written = cell.value.trim();
      const read = readLocaleNumber(cell.value, decimalComma);
      cell.value = read.text;
      if (read.readAs) {
        const message = `${quote(written)} read as ${read.readAs}`;
        problems.push(makeProblem('warning', message, { fileName, line: member.line, field: member.key }));
      }
    }
    records.push(record);
  }
  return { records, problems, explained: false };
}

// Column index of each known key; unknown and repeated columns are reported once, at the header.
function readHeader(header: string[], line: number, fileName: string | undefined, problems: Problem[]) {
  const columns = new Map<string, number>();
  header.forEach((cell, column) => {
    const label = cell.trim();
    const key = label.toLowerCase().replace(/[\s-]+/g, '_');
    if (key === '') return;
    if (!RECORD_COLUMNS.has(key) && !SOURCE_COLUMNS.has(key)) {
      problems.push(
        makeProblem('warning', `unknown column ${quote(label)} is ignored`, { fileName, line, field: label }),
      );
    } else if (columns.has(key)) {
      const message = `column ${quote(label)} appears twice (columns ${(columns.get(key) ?? 0) + 1} and ${column + 1}); the first is used`;
      problems.push(makeProblem('warning', message, { fileName, line, field: key }));
    } else {
      columns.set(key, column);
    }
  });
  return columns;
}

// One row as a located object; the source columns become a one-item `sources` list.
function rowRecord(row: string[], line: number, columns: Map<string, number>): Located {
  // The line each cell starts on: quoted cells before it may span lines.
  const cellLines: number[] = [];
  let cellLine = line;
  for (const cell of row) {
    cellLines.push(cellLine);
    cellLine += countLineBreaks(cell);
  }
  const members: LocatedMember[] = [];
  const sourceMembers: LocatedMember[] = [];
  for (const [key, column] of columns) {
    const value = row[column] ?? '';
    const at = cellLines[column] ?? line;
    const sourceField = SOURCE_COLUMNS.get(key);
    if (sourceField === undefined) {
      members.push({ key, line: at, value: { kind: 'string', line: at, value } });
    } else if (value.trim() !== '') {
      sourceMembers.push({
        key: sourceField,
        label: key,
        line: at,
        value: { kind: 'string', line: at, value },
      });
    }
  }
  const first = sourceMembers[0];
  if (first !== undefined) {
    const source: Located = { kind: 'object', line: first.line, members: sourceMembers };
    members.push({
      key: 'sources',
      label: 'source',
      line: first.line,
      value: { kind: 'array', line: first.line, items: [source] },
    });
  }
  return { kind: 'object', line, members };
}

function isBlank(row: string[]): boolean {
  return row.every((cell) => cell.trim() === '');
}
