// `custom=` of a map link: name:range entries with their named parts (`min=165km`, `src=AP,…`); restore()
// checks every value.
import { parseRangeKm, quote } from '../data';
import { cappedEntries } from './cappedEntries';
import { MAX_CUSTOM_SYSTEMS } from './limits';
import type { Report } from './readInput';
import { CUSTOM_URL_KEYS, SOURCE_URL_FIELDS } from './urlParameters';
import { decodeUrlText, parseUrlNumber } from './urlText';

const NAMED_PART = new RegExp(`^(${CUSTOM_URL_KEYS.join('|')})=(.*)$`, 's');
const NAMED_PROPERTY: Record<string, string> = {
  min: 'rangeMinKm',
  max: 'rangeMaxKm',
  mi: 'rangeMi',
  nmi: 'rangeNmi',
  type: 'type',
  variant: 'variant',
  note: 'note',
  asof: 'asOf',
};
// A range starts with a number, or a hedge such as "~" or "about" that parseRangeKm drops.
const RANGE_START = /^\s*(?:[+~≈\u2212-]|about\b|approx|ca?\.)?\s*[\d.]/i;

/**
 * The user's systems of `custom=`, as restore() reads them; an entry without a range is reported and skipped.
 *
 * @example
 * readUrlCustomSystems('Fateh-110:300km:min=250km', report); // [{ name: 'Fateh-110', rangeKm: '300km', rangeMinKm: '250km' }]
 */
export function readUrlCustomSystems(raw: string, report: Report): unknown[] {
  const systems: unknown[] = [];
  const { entries, more } = cappedEntries(raw, ';', MAX_CUSTOM_SYSTEMS);
  for (const entry of entries) {
    const shown = decodeUrlText(entry).trim();
    if (shown === '') continue;
    const parts = entry.split(':');
    if (parts.length < 2) {
      report('custom', `${quote(shown)} ignored — a system is written name:range, like "Fateh-110:300km"`);
      continue;
    }
    // A typed name may hold a bare colon ("Kalibr: 3M14:1500nmi"): the range is the first part after the name
    // that reads as one, else the first that starts like a number, so that its problem is the one reported.
    const at =
      [isRange, startsLikeRange]
        .map((test) => parts.findIndex((part, i) => i > 0 && test(decodeUrlText(part))))
        .find((i) => i > 0) ?? 1;
    const system: Record<string, unknown> = {
      name: decodeUrlText(parts.slice(0, at).join(':')),
      rangeKm: decodeUrlText(parts[at] ?? '').trim(),
    };
    // After the range: named parts (`min=165km`, `src=AP,…`), and the rest, joined, is the typed source.
    const plain: string[] = [];
    for (const part of parts.slice(at + 1)) {
      const named = NAMED_PART.exec(part);
      if (!named) plain.push(part);
      else readNamedPart(system, named[1] ?? '', named[2] ?? '');
    }
    if (plain.length > 0) system.source = decodeUrlText(plain.join(':'));
    systems.push(system);
  }
  if (more > 0) {
    const said = `${more.toLocaleString('en')} more systems ignored — a map holds at most ${MAX_CUSTOM_SYSTEMS} of your own`;
    report('custom', said, more);
  }
  return systems;
}

function readNamedPart(system: Record<string, unknown>, key: string, raw: string) {
  if (key === 'src') {
    const fields = raw.split(',').map(decodeUrlText);
    const source: Record<string, string> = {};
    SOURCE_URL_FIELDS.forEach((field, i) => {
      const value = fields[i];
      if (value) source[field] = value;
    });
    system.sources = [...((system.sources as unknown[]) ?? []), source];
    return;
  }
  const property = NAMED_PROPERTY[key] ?? key;
  const text = decodeUrlText(raw);
  // Published figures are plain numbers; restore() reports one that is not.
  system[property] = key === 'mi' || key === 'nmi' ? parseUrlNumber(text) || text : text;
}

function isRange(text: string): boolean {
  return 'km' in parseRangeKm(text.trim());
}

function startsLikeRange(text: string): boolean {
  return RANGE_START.test(text);
}
