// Makes a Scenario from any value (a URL, localStorage, postMessage, a saved file): validates every field,
// fills the rest from defaultScenario, reports what it dropped. It never throws; it does not upgrade old shapes.
import { defaultScenario } from './defaultScenario';
import { dataSystemIds, type RestoreResult, restoreFields } from './restoreFields';
import type { ScenarioContext } from './scenarioProblem';

/**
 * Restores a scenario. Missing fields take their default; with no `systemIds`, every data system and every
 * custom system is shown. Problems name the field and say, in plain words, what was dropped and why.
 *
 * @example
 * restore({ units: 'mi', systemIds: ['atacms', 'foo'] }, { systemIds: ['atacms', 'eram'] });
 * // { scenario: { …defaults, units: 'mi', systemIds: ['atacms'] },
 * //   problems: [{ field: 'systemIds', message: 'unknown system "foo" ignored' }] }
 */
export function restore(input: unknown, context: ScenarioContext): RestoreResult {
  const fallback = defaultScenario(dataSystemIds(context).map((id) => ({ id })));
  return restoreFields(input, context, fallback, (known, customIds) =>
    [...fallback.systemIds, ...customIds].filter((id) => known.has(id)),
  );
}
