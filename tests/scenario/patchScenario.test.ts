// patchScenario: only the fields present change, with restore's checks and problems.
import { describe, expect, it } from 'vitest';
import { addCustomSystem, defaultScenario, patchScenario, setUnits } from '../../src/scenario';

const CONTEXT = { systemIds: ['tomahawk', 'eram', 'atacms'] };
const BASE = setUnits(
  addCustomSystem(
    defaultScenario(CONTEXT.systemIds.map((id) => ({ id }))),
    { name: 'Fateh-110', rangeKm: 300 },
    [],
  ),
  'mi',
);

describe('patchScenario', () => {
  it('changes only the fields present', () => {
    expect(patchScenario(BASE, { theme: 'dark', title: 'New' }, CONTEXT)).toStrictEqual({
      scenario: { ...BASE, theme: 'dark', title: 'New' },
      problems: [],
    });
  });

  it('keeps the base for a bad field and reports it as restore does', () => {
    expect(
      patchScenario(BASE, { units: 'furlong', sites: [{ lonLat: [30, 50], label: 'Kyiv' }] }, CONTEXT),
    ).toStrictEqual({
      scenario: { ...BASE, sites: [{ id: 's1', label: 'Kyiv', lonLat: [30, 50] }] },
      problems: [{ field: 'units', message: '"furlong" ignored — use km, mi or nmi' }],
    });
  });

  it('leaves the base as it is for a patch that is not an object', () => {
    expect(patchScenario(BASE, 'dark', CONTEXT)).toStrictEqual({
      scenario: BASE,
      problems: [{ field: 'scenario', message: '"dark" ignored — not a saved map' }],
    });
  });

  it('checks shown systems against the base custom systems, or the patched ones', () => {
    expect(patchScenario(BASE, { systemIds: ['custom-fateh-110', 'nope'] }, CONTEXT)).toStrictEqual({
      scenario: { ...BASE, systemIds: ['custom-fateh-110'] },
      problems: [{ field: 'systemIds', message: 'unknown system "nope" ignored' }],
    });
    const replaced = patchScenario(BASE, { customSystems: [{ name: 'Zolfaghar', rangeKm: 700 }] }, CONTEXT);
    expect(replaced.problems).toEqual([]);
    expect(replaced.scenario.customSystems).toEqual([
      { id: 'custom-zolfaghar', name: 'Zolfaghar', rangeKm: 700 },
    ]);
    // The removed system is hidden quietly; the new one is shown only when the patch says so.
    expect(replaced.scenario.systemIds).toEqual(['tomahawk', 'eram', 'atacms']);
  });

  it('sets the view to fit all rings when the patched view is invalid', () => {
    const base = { ...BASE, view: { center: [30, 50] as [number, number], zoom: 5 } };
    expect(patchScenario(base, { view: { center: [30, 50], zoom: 40 } }, CONTEXT).scenario.view).toBeNull();
    expect(patchScenario(base, { title: 'x' }, CONTEXT).scenario.view).toEqual(base.view);
  });
});
