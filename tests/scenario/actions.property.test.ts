// Any sequence of actions, with any arguments, keeps a scenario valid and never changes the one it started from.
import fc from 'fast-check';
import { describe, it } from 'vitest';
import {
  addCustomSystem,
  addSite,
  moveSite,
  removeCustomSystem,
  removeSite,
  renameSite,
  resetSystems,
  restore,
  type Scenario,
  setBasemap,
  setTheme,
  setTitle,
  setUnits,
  setView,
  toggleSystem,
} from '../../src/scenario';
import { expectSame } from './expectSame';
import { CONTEXT, text, validScenario } from './scenarioArbitraries';

const DATA = CONTEXT.systemIds;
const coordinate = fc.double({ min: -400, max: 400, noNaN: true });
const lonLat = fc.tuple(coordinate, coordinate);
const siteId = fc.constantFrom('s1', 's2', 's3', 's9', 'nope');
const systemId = fc.constantFrom(...DATA, 'custom-x', 'custom-fateh-110');

type Action = (s: Scenario) => Scenario;
const action: fc.Arbitrary<Action> = fc.oneof(
  fc.tuple(lonLat, fc.option(text(100), { nil: undefined })).map(
    ([p, label]) =>
      (s: Scenario) =>
        addSite(s, p, label),
  ),
  fc.tuple(siteId, lonLat).map(
    ([id, p]) =>
      (s: Scenario) =>
        moveSite(s, id, p),
  ),
  fc.tuple(siteId, text(100)).map(
    ([id, label]) =>
      (s: Scenario) =>
        renameSite(s, id, label),
  ),
  siteId.map((id) => (s: Scenario) => removeSite(s, id)),
  // toggleSystem cannot tell a data id from a typo (it has no context): it is given ids the scenario knows.
  fc.tuple(fc.nat(), fc.option(fc.boolean(), { nil: undefined })).map(([n, on]) => (s: Scenario) => {
    const known = [...DATA, ...s.customSystems.map((system) => system.id)];
    return toggleSystem(s, known[n % known.length]!, on);
  }),
  fc
    .record({ name: fc.oneof(text(100), fc.constant('x')), rangeKm: fc.double({ min: -1, max: 25_000 }) })
    .map((input) => (s: Scenario) => addCustomSystem(s, input, DATA)),
  systemId.map((id) => (s: Scenario) => removeCustomSystem(s, id)),
  fc.constant((s: Scenario) => resetSystems(s, DATA)),
  fc.constantFrom('km', 'mi', 'nmi', 'ft').map((u) => (s: Scenario) => setUnits(s, u as never)),
  fc
    .option(fc.record({ center: lonLat, zoom: fc.double({ min: -2, max: 20 }) }), { nil: null })
    .map((view) => (s: Scenario) => setView(s, view)),
  text(150).map((title) => (s: Scenario) => setTitle(s, title)),
  fc.constantFrom('light', 'dark', 'x').map((t) => (s: Scenario) => setTheme(s, t as never)),
  fc.constantFrom('offline', 'osm', 'x').map((b) => (s: Scenario) => setBasemap(s, b as never)),
);

describe('actions: properties', () => {
  it('keep a scenario valid and never mutate it', () => {
    fc.assert(
      fc.property(validScenario, fc.array(action, { maxLength: 12 }), (start, actions) => {
        const before = structuredClone(start);
        const end = actions.reduce((s, act) => act(s), start);
        expectSame(start, before);
        expectSame(restore(JSON.parse(JSON.stringify(end)), CONTEXT), {
          scenario: end,
          problems: [],
        });
      }),
      { seed: 42, numRuns: 300 },
    );
  }, 30_000);
});
