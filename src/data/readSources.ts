// Reads the sources of one record: each an object naming who published a figure, when, where and what it says.
// A source that names no publisher, title or url cannot be traced, so it is dropped with a warning.
import { describeLocated, quote } from './describeValue.js';
import { isIsoDate } from './isIsoDate.js';
import { readText } from './readText.js';
import type { Located, LocatedMember, Severity, Source } from './types';

/** Reports one problem of the record being read: severity, text, field as spelled in the file, line. */
export type Report = (severity: Severity, text: string, field: string, line: number) => void;

const SOURCE_FIELDS = ['publisher', 'title', 'date', 'url', 'figure'] as const;
const WEB_ADDRESS = /^https?:\/\/[^\s/?#]+\S*$/i;

/**
 * Reads the `sources` member of a record; problems go to `report`, the usable sources are returned.
 *
 * @example
 * const sources = readSources(member, report); // member: the located `"sources": [{ "publisher": "AP", … }]`
 * sources[0].publisher; // 'AP'
 */
export function readSources(member: LocatedMember | undefined, report: Report): Source[] {
  if (member === undefined || member.value.kind === 'null') return [];
  const field = member.label ?? member.key;
  if (member.value.kind !== 'array') {
    const got = describeLocated(member.value);
    report('warning', `sources must be a list of objects, got ${got}; dropped`, field, member.line);
    return [];
  }
  const sources: Source[] = [];
  (member.value.items ?? []).forEach((item, position) => {
    // A CSV row has one source, named after its "source" column; JSON sources are numbered.
    const source = readSource(item, member.label ?? `${field}[${position}]`, report);
    if (source !== undefined) sources.push(source);
  });
  return sources;
}

function readSource(item: Located, path: string, report: Report): Source | undefined {
  if (item.kind !== 'object') {
    const got = describeLocated(item);
    report(
      'warning',
      `a source must be an object with a publisher, title or url, got ${got}; dropped`,
      path,
      item.line,
    );
    return undefined;
  }
  const source: Source = {};
  const known = new Set<string>(SOURCE_FIELDS);
  for (const member of item.members ?? []) {
    const field = member.label ?? `${path}.${member.key}`;
    if (!known.has(member.key)) {
      if (!member.key.startsWith('$')) {
        report('warning', `unknown field ${quote(member.key)} is ignored`, field, member.line);
      }
      continue;
    }
    const read = readText(member.value);
    if ('wrongType' in read) {
      report('warning', `${member.key} must be a text, got ${read.wrongType}; dropped`, field, member.line);
    } else if ('text' in read) {
      const problem = checkSourceField(member.key, read.text);
      if (problem === undefined) source[member.key as (typeof SOURCE_FIELDS)[number]] = read.text;
      else report('warning', problem, field, member.line);
    }
  }
  if (source.publisher === undefined && source.title === undefined && source.url === undefined) {
    report(
      'warning',
      'this source names no publisher, title or url, so it cannot be traced; dropped',
      path,
      item.line,
    );
    return undefined;
  }
  return orderSource(source);
}

// Why a source field's text is unusable, or undefined when it is fine.
function checkSourceField(key: string, text: string): string | undefined {
  if (key === 'date' && !isIsoDate(text)) {
    return `date must be an ISO date like "2025-10-16" or "2025-10", got ${quote(text)}; dropped`;
  }
  // Only web addresses: a "javascript:" url would run code when someone renders the source as a link.
  if (key === 'url' && !WEB_ADDRESS.test(text)) {
    return `url must be a web address starting with http:// or https://, got ${quote(text)}; dropped`;
  }
  return undefined;
}

// The same source with its fields in the documented order, whatever order the file used.
function orderSource(source: Source): Source {
  const ordered: Source = {};
  for (const key of SOURCE_FIELDS) {
    const value = source[key];
    if (value !== undefined) ordered[key] = value;
  }
  return ordered;
}
