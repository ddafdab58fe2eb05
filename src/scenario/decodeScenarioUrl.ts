// Reads a map link's query string back into a scenario through restore(). Typed-in links are welcome:
// `+` for spaces, unescaped commas in the last label, any letter case in names. It does not geocode place names.
import { quote } from '../data';
import { cappedEntries } from './cappedEntries';
import { checkView, MAX_GIVEN_LON } from './checkLonLat';
import { decodeDrawnArea } from './drawnAreasUrl';
import { plainText } from './plainText';
import { readCentreParameter } from './readCentreParameter';
import type { Report } from './readInput';
import { readUrlCustomSystems } from './readUrlCustomSystems';
import { readUrlPlaces, URL_MARKS, URL_SITES } from './readUrlPlaces';
import { restore } from './restore';
import { MAX_AREAS } from './restoreAreas';
import type { ScenarioContext, ScenarioProblem } from './scenarioProblem';
import type { MapView, Scenario } from './types';
import { isPassedParameter, isScenarioParameter, type ScenarioParameter } from './urlParameters';
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
const FITS = 'the map fits all rings';
// Unknown parameters named one by one before the rest are counted.
const NAMED_AT_MOST = 10;
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
      input.sites = readUrlPlaces(raw, report, URL_SITES);
      break;
    case 'marks':
      input.marks = readUrlPlaces(raw, report, URL_MARKS);
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
      input.customSystems = readUrlCustomSystems(raw, report);
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

// Entries split on the raw separator, so an escaped one (%2C, %3B) stays inside a label.
function listOf(raw: string, separator: string): string[] {
  return raw
    .split(separator)
    .map((item) => decodeUrlText(item).trim())
    .filter((item) => item !== '');
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
