// Validates one located record into a WeaponSystem, or explains why it cannot be loaded.
// Errors skip the record; warnings keep it with the faulty part dropped. Uniqueness of ids is checked by the caller.
import { truncateText } from './cleanText.js';
import { describeLocated, quote } from './describeValue.js';
import { isIsoDate } from './isIsoDate.js';
import { makeProblem } from './makeProblem.js';
import { parseRangeKm } from './parseRangeKm.js';
import { readSources } from './readSources.js';
import { readText } from './readText.js';
import { isSlug, slugId } from './slugId.js';
import type { Located, LocatedMember, Problem, Severity, SystemsFormat, WeaponSystem } from './types';

/** Longer names are cut: a legend entry or a chart label has no room for a paragraph. */
export const MAX_NAME_LENGTH = 120;

const KNOWN_FIELDS = new Set([
  'id',
  'name',
  'range_km',
  'range_min_km',
  'range_max_km',
  'range_mi',
  'range_nmi',
  'type',
  'variant',
  'note',
  'as_of',
  'sources',
]);
const OPTIONAL_TEXTS = [
  ['type', 'type'],
  ['variant', 'variant'],
  ['note', 'note'],
  ['as_of', 'asOf'],
] as const;

export interface SystemRead {
  /** Present unless an error skipped the record. */
  system?: WeaponSystem;
  problems: Problem[];
}

/**
 * Reads one record. In CSV a `range` column (whose values carry a unit) may stand in for `range_km`.
 *
 * @example
 * const { system, problems } = readSystem(record, { format: 'json', fileName: 'systems.json' });
 * // record: the located `{ "id": "eram", "name": "ERAM", "range_km": 460, "sources": [ … ] }`
 * system; // { id: 'eram', name: 'ERAM', rangeKm: 460, sources: [ … ] }
 */
export function readSystem(
  record: Located,
  context: { format: SystemsFormat; fileName?: string },
): SystemRead {
  const problems: Problem[] = [];
  const { fileName } = context;
  let recordId: string | undefined;
  const report = (severity: Severity, text: string, field?: string, line = record.line) => {
    problems.push(makeProblem(severity, text, { fileName, line, field, recordId }));
  };
  if (record.kind !== 'object') {
    report('error', `a record must be an object with a name and a range, got ${describeLocated(record)}`);
    return { problems };
  }

  // As JSON.parse does, the last of repeated keys wins.
  const fields = new Map<string, LocatedMember>();
  const repeated: LocatedMember[] = [];
  for (const member of record.members ?? []) {
    if (fields.has(member.key)) repeated.push(member);
    fields.set(member.key, member);
  }
  const name = readText(fields.get('name')?.value);
  const nameText = 'text' in name ? name.text : undefined;
  const idMember = fields.get('id');
  const { id, complaint } = readId(idMember, nameText, record.line, context.format);
  recordId = id;
  if (complaint) report(complaint[0], complaint[1], 'id', idMember?.line);
  for (const member of repeated) {
    report('warning', 'field appears twice; the last one is used', member.key, member.line);
  }

  for (const member of fields.values()) {
    if (!KNOWN_FIELDS.has(member.key) && !(context.format === 'csv' && member.key === 'range')) {
      if (!member.key.startsWith('$'))
        report('warning', `unknown field ${quote(member.key)} is ignored`, member.key, member.line);
    }
  }

  const nameMember = fields.get('name');
  let systemName = nameText;
  if ('wrongType' in name) {
    report('error', `name must be a text, got ${name.wrongType}`, 'name', nameMember?.line);
  } else if (systemName === undefined) {
    report('error', 'missing name', 'name', nameMember?.line);
  } else if (Array.from(systemName).length > MAX_NAME_LENGTH) {
    systemName = truncateText(systemName, MAX_NAME_LENGTH);
    report(
      'warning',
      `name is longer than ${MAX_NAME_LENGTH} characters; cut to ${quote(systemName)}`,
      'name',
      nameMember?.line,
    );
  }

  const rangeKm = readRange(fields, context.format, report);
  const band = rangeKm === undefined ? {} : readBand(fields, rangeKm, report);
  const published = rangeKm === undefined ? {} : readPublished(fields, rangeKm, report);

  const texts: Partial<Record<'type' | 'variant' | 'note' | 'asOf', string>> = {};
  for (const [key, property] of OPTIONAL_TEXTS) {
    const member = fields.get(key);
    const read = readText(member?.value);
    if ('wrongType' in read) {
      report('warning', `${key} must be a text, got ${read.wrongType}; dropped`, key, member?.line);
    } else if ('text' in read) {
      if (key === 'as_of' && !isIsoDate(read.text)) {
        report(
          'warning',
          `as_of must be a date like "2025-10-16", got ${quote(read.text)}; dropped`,
          key,
          member?.line,
        );
      } else {
        texts[property] = read.text;
      }
    }
  }

  const sourcesMember = fields.get('sources');
  const sources = readSources(sourcesMember, report);
  if (sources.length === 0) {
    report(
      'warning',
      'no source: every published figure should carry one',
      sourcesMember?.label ?? 'sources',
      sourcesMember?.line,
    );
  }

  if (
    problems.some((problem) => problem.severity === 'error') ||
    systemName === undefined ||
    rangeKm === undefined
  ) {
    return { problems };
  }
  return { system: { id, name: systemName, rangeKm, ...band, ...published, ...texts, sources }, problems };
}

type Reporter = (severity: Severity, text: string, field?: string, line?: number) => void;

// The record's id: given and made a slug, or made from the name; with what to say about it, if anything.
function readId(
  member: LocatedMember | undefined,
  name: string | undefined,
  line: number,
  format: SystemsFormat,
): { id: string; complaint?: [Severity, string] } {
  const read = readText(member?.value);
  if ('wrongType' in read) {
    return { id: slugId(name ?? '', line), complaint: ['error', `id must be a text, got ${read.wrongType}`] };
  }
  if ('absent' in read) {
    const made = slugId(name ?? '', line);
    // The schema requires ids in JSON; a CSV sheet may leave them out.
    if (format === 'csv') return { id: made };
    return { id: made, complaint: ['warning', `no id; using ${quote(made)}, made from the name`] };
  }
  if (isSlug(read.text)) return { id: read.text };
  const made = slugId(read.text, line);
  const text = `id ${quote(read.text)} is not a slug (a–z, 0–9 and single "-"); using ${quote(made)}`;
  return { id: made, complaint: ['warning', text] };
}

// The range in km, or undefined after reporting the error.
function readRange(
  fields: Map<string, LocatedMember>,
  format: SystemsFormat,
  report: Reporter,
): number | undefined {
  const inKm = presentMember(fields.get('range_km'));
  const withUnit = format === 'csv' ? presentMember(fields.get('range')) : undefined;
  if (inKm && withUnit) {
    report('warning', 'both "range_km" and "range" are given; "range" is ignored', 'range', withUnit.line);
  }
  const member = inKm ?? withUnit;
  if (member === undefined) {
    report(
      'error',
      'missing range: give "range_km" in kilometres',
      fields.has('range') ? 'range' : 'range_km',
    );
    return undefined;
  }
  const read = parseRangeKm(plainValue(member.value), { requireUnit: member === withUnit });
  if ('error' in read) {
    report('error', read.error, member.label ?? member.key, member.line);
    return undefined;
  }
  return read.km;
}

// The published band around the range; dropped, with a warning, when a bound is unreadable or on the wrong side.
function readBand(fields: Map<string, LocatedMember>, rangeKm: number, report: Reporter) {
  const bounds: { rangeMinKm?: number; rangeMaxKm?: number } = {};
  for (const [key, property] of [
    ['range_min_km', 'rangeMinKm'],
    ['range_max_km', 'rangeMaxKm'],
  ] as const) {
    const member = presentMember(fields.get(key));
    if (member === undefined) continue;
    const read = parseRangeKm(plainValue(member.value));
    if ('error' in read) report('warning', `${key} dropped: ${read.error}`, key, member.line);
    else bounds[property] = read.km;
  }
  const { rangeMinKm, rangeMaxKm } = bounds;
  if (rangeMinKm !== undefined && rangeMinKm > rangeKm) {
    const text = `range band is inconsistent: range_min_km (${shortKm(rangeMinKm)} km) is above range_km (${shortKm(rangeKm)} km); the band is dropped`;
    report('warning', text, 'range_min_km', fields.get('range_min_km')?.line);
    return {};
  }
  if (rangeMaxKm !== undefined && rangeMaxKm < rangeKm) {
    const text = `range band is inconsistent: range_max_km (${shortKm(rangeMaxKm)} km) is below range_km (${shortKm(rangeKm)} km); the band is dropped`;
    report('warning', text, 'range_max_km', fields.get('range_max_km')?.line);
    return {};
  }
  return bounds;
}

// Kilometres per published unit, as parseRangeKm converts them.
const PUBLISHED_UNITS = [
  ['range_mi', 'rangeMi', 'mi', 1.609344],
  ['range_nmi', 'rangeNmi', 'nmi', 1.852],
] as const;
// A published figure is rounded ("about 995 miles" for 1,600 km): 2 % apart still names the same range.
const PUBLISHED_TOLERANCE = 0.02;

// The range as published in miles or nautical miles; dropped, with a warning, when it is not the same range.
function readPublished(fields: Map<string, LocatedMember>, rangeKm: number, report: Reporter) {
  const published: { rangeMi?: number; rangeNmi?: number } = {};
  for (const [key, property, unit, kmPerUnit] of PUBLISHED_UNITS) {
    const member = presentMember(fields.get(key));
    if (member === undefined) continue;
    const value = plainValue(member.value);
    const read =
      typeof value === 'string' && /[a-z]/i.test(value) ? { error: 'must be a number' } : parseRangeKm(value);
    if ('error' in read) {
      report('warning', `${key} dropped: ${read.error}`, key, member.line);
    } else if (Math.abs(read.km * kmPerUnit - rangeKm) > rangeKm * PUBLISHED_TOLERANCE) {
      const text = `${key} (${shortKm(read.km)} ${unit}) is not the range of range_km (${shortKm(rangeKm)} km, ${shortKm(rangeKm / kmPerUnit)} ${unit}); dropped`;
      report('warning', text, key, member.line);
    } else {
      published[property] = read.km;
    }
  }
  return published;
}

// A member that holds something: not null, not an empty or blank text.
function presentMember(member: LocatedMember | undefined): LocatedMember | undefined {
  if (member === undefined || member.value.kind === 'null') return undefined;
  if (typeof member.value.value === 'string' && member.value.value.trim() === '') return undefined;
  return member;
}

// The value parseRangeKm should see: scalars as they are, containers as an empty one of their kind.
function plainValue(located: Located): unknown {
  if (located.kind === 'object') return {};
  if (located.kind === 'array') return [];
  return located.value;
}

// 1601.2973… → "1601.3": enough to see which bound is on the wrong side.
function shortKm(km: number): string {
  return String(Math.round(km * 10) / 10);
}
