// Restores what a custom system says beyond its name and range: the published band and figures, type, variant,
// note, date and sources, as a systems file gives them. A part that does not fit is dropped and reported alone.
import { describeValue, isIsoDate, parseRangeKm, quote, type Source } from '../data';
import { KM_PER_UNIT } from './formatDistance';
import { MAX_NOTE_LENGTH, MAX_SOURCE_LENGTH, MAX_SOURCES } from './limits';
import { plainText } from './plainText';
import { isRecord, own, type Report } from './readInput';
import type { CustomSystem } from './types';

export type SystemDetails = Omit<CustomSystem, 'id' | 'name' | 'rangeKm' | 'source'>;

// A published figure is rounded ("about 995 miles" for 1,600 km): within 2 % it names the same range.
const PUBLISHED_TOLERANCE = 0.02;
const TEXTS = ['type', 'variant', 'note'] as const;
const SOURCE_FIELDS = ['publisher', 'title', 'date', 'url', 'figure'] as const;
const WEB_ADDRESS = /^https?:\/\/[^\s/?#]+\S*$/i;

/**
 * The optional parts of a custom system, read from its raw record.
 *
 * @example
 * restoreSystemDetails({ rangeMinKm: 240, rangeMaxKm: 460, type: 'cruise missile' }, 460, 'ERAM', report);
 * // { rangeMinKm: 240, rangeMaxKm: 460, type: 'cruise missile' }
 */
export function restoreSystemDetails(
  item: Record<string, unknown>,
  rangeKm: number,
  name: string,
  report: Report,
): SystemDetails {
  const details: SystemDetails = {};
  const say = (message: string) => report('customSystems', `${quote(name)}: ${message}`);
  const band = readBand(item, rangeKm, say);
  Object.assign(details, band);
  for (const [key, unit] of [
    ['rangeMi', 'mi'],
    ['rangeNmi', 'nmi'],
  ] as const) {
    const value = own(item, key);
    if (value === undefined || value === null) continue;
    const figure = typeof value === 'number' ? parseRangeKm(value) : { error: 'not a number' };
    if (
      'error' in figure ||
      Math.abs(figure.km * KM_PER_UNIT[unit] - rangeKm) > rangeKm * PUBLISHED_TOLERANCE
    ) {
      say(`${describeValue(value)} ignored — it is not the range in ${unit}`);
    } else details[key] = figure.km + 0;
  }
  for (const key of TEXTS) {
    const text = readText(own(item, key), MAX_NOTE_LENGTH, `${key}`, say);
    if (text !== null) details[key] = text;
  }
  const asOf = own(item, 'asOf');
  if (typeof asOf === 'string' && isIsoDate(asOf)) details.asOf = asOf;
  else if (asOf !== undefined && asOf !== null)
    say(`date ${describeValue(asOf)} ignored — not a date like "2025-10-16"`);
  const sources = readSources(own(item, 'sources'), say);
  if (sources.length > 0) details.sources = sources;
  return details;
}

function readBand(item: Record<string, unknown>, rangeKm: number, say: (message: string) => void) {
  const bounds: { rangeMinKm?: number; rangeMaxKm?: number } = {};
  for (const key of ['rangeMinKm', 'rangeMaxKm'] as const) {
    const value = own(item, key);
    if (value === undefined || value === null) continue;
    const read = parseRangeKm(value);
    if ('error' in read)
      say(`${key === 'rangeMinKm' ? 'lower' : 'upper'} end of the band ignored — ${read.error}`);
    else bounds[key] = read.km + 0;
  }
  if ((bounds.rangeMinKm ?? 0) > rangeKm || (bounds.rangeMaxKm ?? rangeKm) < rangeKm) {
    say('band ignored — it does not hold the range');
    return {};
  }
  return bounds;
}

function readText(
  value: unknown,
  maxLength: number,
  what: string,
  say: (message: string) => void,
): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') {
    say(`${what} ignored — it is ${describeValue(value)}, not text`);
    return null;
  }
  const text = plainText(value, maxLength);
  if (text.cut) say(`${what} cut to ${maxLength} characters`);
  return text.text === '' ? null : text.text;
}

function readSources(value: unknown, say: (message: string) => void): Source[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    say(`sources ignored — ${describeValue(value)} is not a list`);
    return [];
  }
  if (value.length > MAX_SOURCES) say(`${value.length - MAX_SOURCES} sources past ${MAX_SOURCES} ignored`);
  const sources: Source[] = [];
  for (const [i, raw] of value.slice(0, MAX_SOURCES).entries()) {
    if (!isRecord(raw)) {
      say(`source ${i + 1} ignored — ${describeValue(raw)}`);
      continue;
    }
    const source: Source = {};
    for (const key of SOURCE_FIELDS) {
      const text = readText(own(raw, key), MAX_SOURCE_LENGTH, `source ${i + 1}'s ${key}`, say);
      if (text === null) continue;
      if (key === 'url' && !WEB_ADDRESS.test(text)) say(`source ${i + 1}'s address ignored — not http(s)`);
      else if (key === 'date' && !isIsoDate(text)) say(`source ${i + 1}'s date ignored — not a date`);
      else source[key] = text;
    }
    if (Object.keys(source).length > 0) sources.push(source);
    else say(`source ${i + 1} ignored — it names nothing`);
  }
  return sources;
}
