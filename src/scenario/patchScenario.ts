// Applies a partial scenario (from the host page's postMessage, say) on top of a current one: only the
// fields present are restored, with the same checks and problems as restore(). It does not merge lists.
import { type RestoreResult, restoreFields } from './restoreFields';
import type { ScenarioContext } from './scenarioProblem';
import type { Scenario } from './types';

/**
 * Restores the fields present in `patch` over `base`; a list in the patch replaces the base's list.
 * Shown systems whose custom system the patch removed are dropped quietly.
 *
 * @example
 * patchScenario(current, { units: 'nmi', theme: 'disco' }, { systemIds: ['atacms'] });
 * // { scenario: { …current, units: 'nmi' },
 * //   problems: [{ field: 'theme', message: '"disco" ignored — use light or dark' }] }
 */
export function patchScenario(base: Scenario, patch: unknown, context: ScenarioContext): RestoreResult {
  return restoreFields(patch, context, base, (known) => base.systemIds.filter((id) => known.has(id)));
}
