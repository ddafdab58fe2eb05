// Properties of restore over arbitrary and mutated input: it never throws, what it returns is valid, and
// a valid scenario comes back from JSON exactly, with no problems.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { patchScenario, restore, type Scenario } from '../../src/scenario';
import { expectSame } from './expectSame';
import { CONTEXT, validScenario } from './scenarioArbitraries';

const RUNS = { seed: 42, numRuns: 1000 };
const TIMEOUT_MS = 30_000;

const viaJson = (s: unknown) => JSON.parse(JSON.stringify(s)) as unknown;

/** Valid means: restoring its JSON gives it back unchanged and reports nothing. */
function expectValid(s: Scenario): void {
  expectSame(restore(viaJson(s), CONTEXT), { scenario: s, problems: [] });
}

// Paths into a scenario's JSON where a mutation replaces whatever is there.
const PATHS = [
  [],
  ['version'],
  ['sites'],
  ['sites', 0],
  ['sites', 0, 'lonLat'],
  ['sites', 0, 'lonLat', 0],
  ['sites', 0, 'lonLat', 1],
  ['sites', 0, 'label'],
  ['sites', 0, 'id'],
  ['systemIds'],
  ['systemIds', 0],
  ['customSystems'],
  ['customSystems', 0],
  ['customSystems', 0, 'id'],
  ['customSystems', 0, 'name'],
  ['customSystems', 0, 'rangeKm'],
  ['customSystems', 0, 'source'],
  ['units'],
  ['view'],
  ['view', 'center'],
  ['view', 'zoom'],
  ['title'],
  ['theme'],
  ['basemap'],
  ['unknown'],
] as const;

function mutate(s: Scenario, path: readonly (string | number)[], value: unknown): unknown {
  const root = viaJson(s);
  if (path.length === 0) return value;
  let node: unknown = root;
  for (const key of path.slice(0, -1)) {
    if (typeof node !== 'object' || node === null) return root;
    node = (node as Record<string | number, unknown>)[key];
  }
  if (typeof node === 'object' && node !== null) {
    (node as Record<string | number, unknown>)[path[path.length - 1] as string | number] = value;
  }
  return root;
}

describe('restore: properties', () => {
  it(
    'never throws on anything, and returns a valid scenario and well-formed problems',
    () => {
      fc.assert(
        fc.property(
          fc.anything({ withNullPrototype: true, withSparseArray: true, withBigInt: true }),
          (input) => {
            const { scenario, problems } = restore(input, CONTEXT);
            expectValid(scenario);
            for (const problem of problems) {
              expect(typeof problem.field).toBe('string');
              expect(problem.message.trim()).not.toBe('');
            }
          },
        ),
        RUNS,
      );
    },
    TIMEOUT_MS,
  );

  it(
    'never throws on valid scenarios with one part replaced by anything, and what it keeps is valid',
    () => {
      fc.assert(
        fc.property(validScenario, fc.constantFrom(...PATHS), fc.anything(), (s, path, value) => {
          const { scenario } = restore(mutate(s, path, value), CONTEXT);
          expectValid(scenario);
        }),
        RUNS,
      );
    },
    TIMEOUT_MS,
  );

  it(
    'gives back a valid scenario from its JSON exactly, with no problems',
    () => {
      fc.assert(fc.property(validScenario, expectValid), RUNS);
    },
    TIMEOUT_MS,
  );

  it(
    'patches a valid scenario with anything and keeps it valid; an empty patch changes nothing',
    () => {
      fc.assert(
        fc.property(validScenario, fc.anything(), (s, patch) => {
          expectValid(patchScenario(s, patch, CONTEXT).scenario);
          expectSame(patchScenario(s, {}, CONTEXT), { scenario: s, problems: [] });
        }),
        { ...RUNS, numRuns: 300 },
      );
    },
    TIMEOUT_MS,
  );
});
