// The one reader behind restore() and patchScenario(): every field present in the input is validated, every
// other field comes from a fallback scenario. It never throws; what it cannot read it reports and skips.
import { describeValue, quote } from '../data';
import { isRecord, own, type Report } from './readInput';
import { restoreAreas } from './restoreAreas';
import { restoreCentreSiteId } from './restoreCentreSiteId';
import { restoreColors } from './restoreColors';
import { restoreCustomSystems } from './restoreCustomSystems';
import { restoreMarks } from './restoreMarks';
import {
  restoreBasemap,
  restoreProjection,
  restoreTheme,
  restoreTitle,
  restoreUnits,
  restoreView,
} from './restoreSettings';
import { restoreSites } from './restoreSites';
import { restoreSystemIds } from './restoreSystemIds';
import { restoreWord, WORD_FIELDS } from './restoreWords';
import type { ScenarioContext, ScenarioProblem } from './scenarioProblem';
import type { Scenario } from './types';

export interface RestoreResult {
  scenario: Scenario;
  problems: ScenarioProblem[];
}

// Unknown fields named one by one before the rest are counted: a hostile value could have millions.
const NAMED_AT_MOST = 10;

/** Shown systems when the input does not say: given the ids the systems may have, which to show. */
export type SystemIdsFallback = (known: ReadonlySet<string>, customIds: readonly string[]) => string[];

/** The fields of a scenario as stored and restored. */
export const SCENARIO_FIELDS: ReadonlySet<string> = new Set([
  'version',
  'sites',
  'systemIds',
  'customSystems',
  'units',
  'view',
  'title',
  'theme',
  'basemap',
  'colors',
  'areas',
  'marks',
  ...WORD_FIELDS,
  'projection',
  'centreSiteId',
]);

/**
 * Validates the fields present in `input` and takes the rest from `fallback`.
 *
 * @example
 * restoreFields({ units: 'mi' }, { systemIds: ['atacms'] }, base, (known) => base.systemIds.filter((id) => known.has(id)));
 */
export function restoreFields(
  input: unknown,
  context: ScenarioContext,
  fallback: Scenario,
  fallbackSystemIds: SystemIdsFallback,
): RestoreResult {
  const problems: ScenarioProblem[] = [];
  const report: Report = (field, message) => {
    problems.push({ field, message });
  };
  try {
    return {
      scenario: readFields(input, dataSystemIds(context), fallback, fallbackSystemIds, report),
      problems,
    };
  } catch {
    // Only a hostile value gets here (a Proxy or a throwing getter); plain data never does.
    report('scenario', 'could not be read; ignored');
    return { scenario: fallback, problems };
  }
}

/**
 * The data file's system ids from a context, each once; tolerant of a context that is not what its type says.
 *
 * @example
 * dataSystemIds({ systemIds: ['atacms', 'atacms', 'eram'] }); // ['atacms', 'eram']
 */
export function dataSystemIds(context: ScenarioContext): string[] {
  const ids: unknown = isRecord(context) ? own(context, 'systemIds') : undefined;
  if (!Array.isArray(ids)) return [];
  return [...new Set(ids.filter((id): id is string => typeof id === 'string'))];
}

function readFields(
  input: unknown,
  dataIds: readonly string[],
  fallback: Scenario,
  fallbackSystemIds: SystemIdsFallback,
  report: Report,
): Scenario {
  if (!isRecord(input)) {
    report('scenario', `${describeValue(input)} ignored — not a saved map`);
    return fallback;
  }
  let mismatches = 0;
  const counting: Report = (field, message) => {
    mismatches++;
    report(field, message);
  };
  const unknown = Object.keys(input).filter((key) => !SCENARIO_FIELDS.has(key));
  for (const key of unknown.slice(0, NAMED_AT_MOST)) {
    counting(Array.from(key).slice(0, 40).join(''), `${quote(key)} is not part of a map; ignored`);
  }
  if (unknown.length > NAMED_AT_MOST) {
    counting('scenario', `${unknown.length - NAMED_AT_MOST} more fields that are not part of a map ignored`);
  }
  // A field set to undefined (possible through postMessage, never in JSON) counts as missing.
  const has = (key: string) => own(input, key) !== undefined;

  const sites = has('sites') ? restoreSites(input.sites, counting) : undefined;
  const custom = has('customSystems')
    ? restoreCustomSystems(input.customSystems, dataIds, counting)
    : undefined;
  const customSystems = custom?.systems ?? fallback.customSystems;
  const customIds = customSystems.map((system) => system.id);
  const known = new Set([...dataIds, ...customIds]);
  const systemIds =
    (has('systemIds')
      ? restoreSystemIds(input.systemIds, known, custom?.renamed ?? new Map(), counting)
      : undefined) ?? fallbackSystemIds(known, customIds);
  const scenario: Scenario = {
    version: 1,
    sites: sites ?? fallback.sites,
    systemIds,
    customSystems,
    units: (has('units') ? restoreUnits(input.units, counting) : undefined) ?? fallback.units,
    view: has('view') ? restoreView(input.view, counting) : fallback.view,
    title: (has('title') ? restoreTitle(input.title, counting) : undefined) ?? fallback.title,
    theme: (has('theme') ? restoreTheme(input.theme, counting) : undefined) ?? fallback.theme,
    basemap: (has('basemap') ? restoreBasemap(input.basemap, counting) : undefined) ?? fallback.basemap,
  };
  // Colours follow their systems: a fallback's colour of a system no longer on the map goes silently.
  const colors = has('colors')
    ? restoreColors(input.colors, known, custom?.renamed ?? new Map(), counting)
    : restoreColors(fallback.colors, known, new Map(), () => {});
  if (colors) scenario.colors = colors;
  // As with sites, a list with nothing good in it leaves the areas as they were; an empty list clears them.
  const cleared = Array.isArray(input.areas) && input.areas.length === 0;
  const areas = cleared
    ? []
    : ((has('areas') ? restoreAreas(input.areas, counting) : undefined) ?? fallback.areas);
  if (areas && areas.length > 0) scenario.areas = areas.map((area) => ({ ...area }));
  const marks = has('marks') ? restoreMarks(input.marks, counting) : fallback.marks;
  if (marks && marks.length > 0) scenario.marks = marks.map((mark) => ({ ...mark }));
  for (const field of WORD_FIELDS) {
    const word = (has(field) ? restoreWord(field, input[field], counting) : undefined) ?? fallback[field];
    if (word) scenario[field] = word;
  }
  // The default view (map) is left out, so a scenario saved before views existed compares equal.
  const projection =
    (has('projection') ? restoreProjection(input.projection, counting) : undefined) ?? fallback.projection;
  if (projection !== undefined && projection !== 'map') scenario.projection = projection;
  // The centre names a launch point: checked against the sites kept, so a patch's new sites drop a stale one quietly.
  const centreSiteId = has('centreSiteId')
    ? restoreCentreSiteId(input.centreSiteId, scenario.sites, counting)
    : restoreCentreSiteId(fallback.centreSiteId, scenario.sites, () => {});
  if (centreSiteId !== undefined) scenario.centreSiteId = centreSiteId;
  // A later version is read as far as it matches this one; only when something did not match is it named.
  const version = own(input, 'version');
  if (version !== undefined && version !== 1 && mismatches > 0) {
    report(
      'version',
      `this map was saved as version ${describeValue(version)}, which this page does not know; what matched was restored`,
    );
  }
  return scenario;
}
