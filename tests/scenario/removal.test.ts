// Undoable removals: what was removed comes back where it stood, and the scenario stays valid.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addCustomSystem,
  addSite,
  defaultScenario,
  MAX_SITES,
  type Removal,
  removeCustomSystemsUndoably,
  removeCustomSystemUndoably,
  removeSiteUndoably,
  restore,
  type Scenario,
  toggleSystem,
  undoRemoval,
} from '../../src/scenario';
import { expectSame } from './expectSame';
import { CONTEXT, validScenario } from './scenarioArbitraries';

const DATA = CONTEXT.systemIds;
const BASE = addSite(
  addSite(defaultScenario([{ id: 'atacms' }]), [30.52, 50.45], 'Kyiv'),
  [24.03, 49.84],
  'Lviv',
);
const CUSTOM = addCustomSystem(
  addCustomSystem(BASE, { name: 'Fateh-110', rangeKm: 300 }, DATA),
  { name: 'Storm', rangeKm: 250 },
  DATA,
);

describe('removeSiteUndoably and undoRemoval', () => {
  it('puts a removed launch point back at its place in the list', () => {
    const { scenario, removal } = removeSiteUndoably(BASE, 's2');
    expect(scenario.sites.map((s) => s.label)).toEqual(['Kharkiv', 'Lviv']);
    expect(removal).toStrictEqual({ kind: 'site', site: BASE.sites[1], index: 1 });
    expect(undoRemoval(scenario, removal!)).toStrictEqual(BASE);
  });

  it('gives a fresh id when a new point took the old one meanwhile', () => {
    const { scenario, removal } = removeSiteUndoably(BASE, 's3');
    const added = addSite(scenario, [0, 0], 'New');
    expect(added.sites.map((s) => s.id)).toEqual(['s1', 's2', 's3']);
    const back = undoRemoval(added, removal!);
    expect(back.sites.map((s) => s.label)).toEqual(['Kharkiv', 'Kyiv', 'Lviv', 'New']);
    expect(new Set(back.sites.map((s) => s.id)).size).toBe(4);
  });

  it('reports nothing for an unknown id and keeps a full map full', () => {
    expect(removeSiteUndoably(BASE, 'nope')).toStrictEqual({ scenario: BASE, removal: null });
    const { removal } = removeSiteUndoably(BASE, 's1');
    let full = BASE;
    while (full.sites.length < MAX_SITES) full = addSite(full, [full.sites.length, 0]);
    expect(undoRemoval(full, removal!)).toBe(full);
  });
});

describe('removeCustomSystemUndoably and undoRemoval', () => {
  it('puts a removed system back, shown where it was shown', () => {
    const { scenario, removal } = removeCustomSystemUndoably(CUSTOM, 'custom-fateh-110');
    expect(scenario.customSystems.map((s) => s.name)).toEqual(['Storm']);
    expect(scenario.systemIds).not.toContain('custom-fateh-110');
    expect(undoRemoval(scenario, removal!)).toStrictEqual(CUSTOM);
  });

  it('keeps a hidden system hidden, and does not add a system twice', () => {
    const hidden = toggleSystem(CUSTOM, 'custom-storm', false);
    const { scenario, removal } = removeCustomSystemUndoably(hidden, 'custom-storm');
    expect(removal).toMatchObject({ kind: 'system', index: 1, shownAt: null });
    const back = undoRemoval(scenario, removal!);
    expect(back).toStrictEqual(hidden);
    expect(undoRemoval(back, removal!)).toBe(back);
  });

  it('any removal then its undo gives back the same valid scenario', () => {
    const pick = fc.nat({ max: 60 });
    fc.assert(
      fc.property(validScenario, pick, fc.boolean(), (s: Scenario, n, site) => {
        const list = site ? s.sites : s.customSystems;
        const id = list.length ? list[n % list.length]!.id : 'none';
        const { scenario, removal } = site ? removeSiteUndoably(s, id) : removeCustomSystemUndoably(s, id);
        if (!removal) return expectSame(scenario, s);
        const back = undoRemoval(scenario, removal);
        expectSame(back, s);
        expectSame(restore(back, CONTEXT).scenario, back);
      }),
      { numRuns: 300 },
    );
  });
});

describe('back to the default data, undoably', () => {
  const DATA_IDS = ['tomahawk', 'eram', 'atacms'];
  const start = restore(
    {
      sites: [{ lonLat: [30.52, 50.45], label: 'Kyiv' }],
      systemIds: ['custom-a', 'eram', 'custom-c'],
      customSystems: [
        { name: 'A', rangeKm: 100 },
        { name: 'B', rangeKm: 200, rangeMinKm: 150, sources: [{ publisher: 'X' }] },
        { name: 'C', rangeKm: 300 },
      ],
      title: 'Mine',
      colors: { 'custom-c': '#112233', tomahawk: '#445566' },
    },
    { systemIds: DATA_IDS },
  ).scenario;

  it('removes only the systems of the user own, with their colours, and keeps the rest', () => {
    const { scenario, removal } = removeCustomSystemsUndoably(start, DATA_IDS);
    expect(scenario).toStrictEqual({
      ...start,
      customSystems: [],
      systemIds: ['eram'],
      colors: { tomahawk: '#445566' },
    });
    expect(removal?.kind).toBe('systems');
  });

  it('puts every one back as it was, shown where it was, with its colour', () => {
    const { scenario, removal } = removeCustomSystemsUndoably(start, DATA_IDS);
    expect(undoRemoval(scenario, removal as Removal)).toStrictEqual(start);
  });

  it('has nothing to undo without systems of the user own', () => {
    const none = removeCustomSystemsUndoably(removeCustomSystemsUndoably(start, DATA_IDS).scenario, DATA_IDS);
    expect(none.removal).toBeNull();
  });
});
