// Reads a map link's query string back into a scenario through restore(). Typed-in links are welcome:
// `+` for spaces, unescaped commas in the last label, any letter case in names. It does not geocode place names.
import { parseRangeKm, quote } from '../data';
import { checkLonLat, checkView, MAX_GIVEN_LON } from './checkLonLat';
import { decodeDrawnArea } from './drawnAreasUrl';
import { MAX_CUSTOM_SYSTEMS, MAX_MARKS, MAX_SITES } from './limits';
import { plainText } from './plainText';
import { readCentreParameter } from './readCentreParameter';
import type { Report } from './readInput';
import { restore } from './restore';
import { MAX_AREAS } from './restoreAreas';
import type { ScenarioContext, ScenarioProblem } from './scenarioProblem';
import type { MapView, Scenario } from './types';
import {
  CUSTOM_URL_KEYS,
  isPassedParameter,
  isScenarioParameter,
  type ScenarioParameter,
  SOURCE_URL_FIELDS,
} from './urlParameters';
import { decodeUrlText, parseUrlNumber } from './urlText';

export interface DecodedScenarioUrl {
  /** null when the link has none of the scenario parameters: the caller decides what to show. */
  scenario: Scenario | null;
  problems: ScenarioProblem[];
}

// restore() names scenario fields; a link's reader knows them by their parameter names.
const PARAMETER_OF_FIELD: Record<string, string> = {
  systemIds: 'systems',
  customSystems: 'custom',
  areas: 'from',
};
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
const FITS = 'the map fits all rings';
// Entries of a list read (and each bad one named) per entry a map can keep; the rest are counted.
const ENTRIES_READ_PER_KEPT = 4;
// Unknown parameters named one by one before the rest are counted.
const NAMED_AT_MOST = 10;
// A range starts with a number, or a hedge such as "~" or "about" that parseRangeKm drops.
const RANGE_START = /^\s*(?:[+~≈\u2212-]|about\b|approx|ca?\.)?\s*[\d.]/i;

/**
 * Reads `location.search` (with or without '?'). Unknown parameters are reported, except those of the
 * embedding features and of link trackers; every scenario value goes through `restore`.
 *
 * @example
 * decodeScenarioUrl('?sites=50.45,30.52,Kyiv&systems=atacms&units=mi', { systemIds: ['atacms'] });
 * // { scenario: { …, sites: [{ id: 's1', label: 'Kyiv', lonLat: [30.52, 50.45] }], units: 'mi' }, problems: [] }
 * decodeScenarioUrl('?sites=49.9,abc', { systemIds: [] }).problems;
 * // [{ field: 'sites', message: '"49.9,abc" ignored — longitude is not a number' }]
 */
export function decodeScenarioUrl(search: string, context: ScenarioContext): DecodedScenarioUrl {
  const problems: ScenarioProblem[] = [];
  const report: Report = (field, message, count) => {
    problems.push(count === undefined ? { field, message } : { field, message, count });
  };
  const values = readParameters(typeof search === 'string' ? search : '', report);
  if (values.size === 0) return { scenario: null, problems };
  const input: Record<string, unknown> = { version: 1 };
  for (const [name, raw] of values) readParameter(name, raw, input, report);
  // A link that names launch areas and no launch point means the areas alone, not the default Kharkiv.
  if ((values.has('from') || values.has('areas')) && !values.has('sites')) input.sites = [];
  const restored = restore(input, context);
  const centre = values.get('centre');
  if (centre !== undefined) readCentreParameter(centre, restored.scenario, report);
  for (const problem of restored.problems) {
    // a drawn area's problem is about `areas=`; a country's, or either when both are given, about `from=`
    const drawnOnly = problem.field === 'areas' && values.has('areas') && !values.has('from');
    const parameter = drawnOnly ? 'areas' : (PARAMETER_OF_FIELD[problem.field] ?? problem.field);
    report(parameter, problem.message, problem.count);
  }
  return { scenario: restored.scenario, problems };
}

// Raw (still escaped) values by parameter; the first of a repeated parameter wins.
function readParameters(search: string, report: Report): Map<ScenarioParameter, string> {
  const values = new Map<ScenarioParameter, string>();
  const named = new Set<string>();
  let unknown = 0;
  const query = search.startsWith('?') ? search.slice(1) : search;
  for (const part of query.split('&')) {
    if (part === '') continue;
    const equals = part.indexOf('=');
    const name = decodeUrlText(equals < 0 ? part : part.slice(0, equals))
      .trim()
      .toLowerCase();
    const raw = equals < 0 ? '' : part.slice(equals + 1);
    if (isScenarioParameter(name)) {
      if (!values.has(name)) values.set(name, raw);
      else if (!named.has(name)) {
        named.add(name);
        report(name, `"${name}" appears more than once; only the first is used`);
      }
    } else if (name !== '' && !isPassedParameter(name) && !named.has(name)) {
      named.add(name);
      unknown++;
      if (unknown <= NAMED_AT_MOST) {
        report(plainText(name, 40).text, `${quote(name)} is not a parameter of this map; ignored`);
      }
    }
  }
  if (unknown > NAMED_AT_MOST) {
    report('url', `${unknown - NAMED_AT_MOST} more parameters that are not parameters of this map ignored`);
  }
  return values;
}

function readParameter(name: ScenarioParameter, raw: string, input: Record<string, unknown>, report: Report) {
  switch (name) {
    case 'sites':
      input.sites = readSites(raw, report);
      break;
    case 'marks':
      input.marks = readSites(raw, report, MARKS);
      break;
    case 'systems':
      input.systemIds = listOf(raw, ',').map((id) => id.toLowerCase());
      break;
    case 'from':
      input.areas = [...readAreas(raw, report), ...((input.areas as unknown[]) ?? [])];
      break;
    case 'areas':
      input.areas = [...((input.areas as unknown[]) ?? []), ...readDrawnAreas(raw, report)];
      break;
    case 'custom':
      input.customSystems = readCustomSystems(raw, report);
      break;
    case 'view':
      input.view = readView(raw, report);
      break;
    case 'title':
    case 'subtitle':
    case 'credit':
    case 'note':
      input[name] = decodeUrlText(raw);
      break;
    case 'colors':
      input.colors = readColors(raw, report);
      break;
    case 'centre':
      break; // read once the sites are restored
    default:
      input[name] = decodeUrlText(raw).trim().toLowerCase();
  }
}

/**
 * The first entries of a list, enough to find `limit` good ones among some bad: a link (or a dropped PNG) may
 * hold millions, and splitting, decoding and checking them all froze the page. The rest are only counted.
 */
function cappedEntries(raw: string, separator: string, limit: number): { entries: string[]; more: number } {
  const most = limit * ENTRIES_READ_PER_KEPT;
  const entries: string[] = [];
  let at = 0;
  while (at <= raw.length && entries.length < most) {
    const end = raw.indexOf(separator, at);
    entries.push(raw.slice(at, end < 0 ? raw.length : end));
    at = end < 0 ? raw.length + 1 : end + 1;
  }
  let more = 0;
  while (at <= raw.length) {
    const end = raw.indexOf(separator, at);
    const stop = end < 0 ? raw.length : end;
    if (raw.slice(at, Math.min(stop, at + 8)).trim() !== '') more++;
    at = stop + 1;
  }
  return { entries, more };
}

// Entries split on the raw separator, so an escaped one (%2C, %3B) stays inside a label.
function listOf(raw: string, separator: string): string[] {
  return raw
    .split(separator)
    .map((item) => decodeUrlText(item).trim())
    .filter((item) => item !== '');
}

/** What a list of places in a link is called, and how many a map keeps: launch points or marked places. */
interface PlaceList {
  parameter: 'sites' | 'marks';
  one: string;
  many: string;
  max: number;
}
const SITES: PlaceList = { parameter: 'sites', one: 'a site', many: 'launch points', max: MAX_SITES };
const MARKS: PlaceList = { parameter: 'marks', one: 'a mark', many: 'marks', max: MAX_MARKS };

function readSites(raw: string, report: Report, list: PlaceList = SITES): unknown[] {
  const { parameter, max } = list;
  const sites: unknown[] = [];
  const capped = cappedEntries(raw, ';', max);
  let more = capped.more;
  for (const entry of capped.entries) {
    const shown = decodeUrlText(entry).trim();
    if (shown === '') continue;
    if (sites.length === max) {
      more++; // the map is full: the rest are counted, not read
      continue;
    }
    const parts = entry.split(',');
    if (parts.length < 2) {
      report(
        parameter,
        `${quote(shown)} ignored — ${list.one} is written latitude,longitude, like "50.45,30.52"`,
      );
      continue;
    }
    const lat = parseUrlNumber(decodeUrlText(parts[0] ?? ''));
    const lon = parseUrlNumber(decodeUrlText(parts[1] ?? ''));
    const checked = checkLonLat(lon, lat, { maxAbsLon: MAX_GIVEN_LON });
    if ('reason' in checked) {
      report(parameter, `${quote(shown)} ignored — ${checked.reason}`);
      continue;
    }
    // A label typed with bare commas keeps them: everything after the longitude is the label.
    const label = parts.length > 2 ? decodeUrlText(parts.slice(2).join(',')) : undefined;
    sites.push(label === undefined ? { lonLat: checked.lonLat } : { lonLat: checked.lonLat, label });
  }
  if (more > 0) {
    const said = `${more.toLocaleString('en')} more ${list.many} ignored — a map holds at most ${max}`;
    report(parameter, said, more);
  }
  return sites;
}

function readCustomSystems(raw: string, report: Report): unknown[] {
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

// `from=UA,MD`: restore() checks the codes; a link's flood of them is counted, not read.
function readAreas(raw: string, report: Report): unknown[] {
  const { entries, more } = cappedEntries(raw, ',', MAX_AREAS);
  if (more > 0) report('from', `${more.toLocaleString('en')} more launch areas ignored`, more);
  return entries
    .map((entry) => decodeUrlText(entry).trim())
    .filter((code) => code !== '')
    .map((code) => ({ kind: 'country', code }));
}

// `areas=Front:polyline;polyline`: each entry decoded here, its vertices checked by restore().
function readDrawnAreas(raw: string, report: Report): unknown[] {
  const { entries, more } = cappedEntries(raw, ';', MAX_AREAS);
  if (more > 0) report('areas', `${more.toLocaleString('en')} more drawn areas ignored`, more);
  return entries.flatMap((entry, index) => {
    if (entry.trim() === '') return [];
    const read = decodeDrawnArea(entry);
    if ('area' in read) return [read.area];
    report('areas', `area ${index + 1} ignored — ${read.reason}`);
    return [];
  });
}

// `colors=tomahawk:e69f00,custom-x:0072b2`: restore() checks the ids and the colours.
function readColors(raw: string, report: Report): Record<string, string> {
  const colors: Record<string, string> = {};
  for (const entry of listOf(raw, ',')) {
    const at = entry.lastIndexOf(':');
    if (at < 1) {
      report('colors', `${quote(entry)} ignored — a colour is written id:rrggbb, like "tomahawk:e69f00"`);
      continue;
    }
    colors[entry.slice(0, at).trim().toLowerCase()] = entry.slice(at + 1).trim();
  }
  return colors;
}

function isRange(text: string): boolean {
  return 'km' in parseRangeKm(text.trim());
}

function startsLikeRange(text: string): boolean {
  return RANGE_START.test(text);
}

function readView(raw: string, report: Report): MapView | null {
  const shown = decodeUrlText(raw).trim();
  if (shown === '') return null;
  const parts = raw.split(',');
  if (parts.length !== 3) {
    report(
      'view',
      `${quote(shown)} ignored — a view is written latitude,longitude,zoom, like "50.45,30.52,6"; ${FITS}`,
    );
    return null;
  }
  const [lat, lon, zoom] = parts.map((part) => parseUrlNumber(decodeUrlText(part)));
  const checked = checkView(lon, lat, zoom, { maxAbsLon: MAX_GIVEN_LON });
  if ('reason' in checked) {
    report('view', `${quote(shown)} ignored — ${checked.reason}; ${FITS}`);
    return null;
  }
  return checked.view;
}
