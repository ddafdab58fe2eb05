// System verbs: showing and hiding, the user's own systems, and going back to the data file's systems.
import { describe, expect, it } from 'vitest';
import {
  addCustomSystem,
  defaultScenario,
  MAX_CUSTOM_SYSTEMS,
  removeCustomSystem,
  resetSystems,
  type Scenario,
  toggleSystem,
} from '../../src/scenario';

const DATA = ['tomahawk', 'eram', 'atacms'];
const BASE = defaultScenario(DATA.map((id) => ({ id })));

describe('toggleSystem', () => {
  it('flips a system, or sets it; a shown one goes last', () => {
    const hidden = toggleSystem(BASE, 'eram');
    expect(hidden.systemIds).toEqual(['tomahawk', 'atacms']);
    expect(toggleSystem(hidden, 'eram').systemIds).toEqual(['tomahawk', 'atacms', 'eram']);
    expect(toggleSystem(BASE, 'eram', false).systemIds).toEqual(['tomahawk', 'atacms']);
    expect(BASE.systemIds).toEqual(DATA);
  });

  it('returns the scenario itself when nothing changes', () => {
    expect(toggleSystem(BASE, 'eram', true)).toBe(BASE);
    expect(toggleSystem(toggleSystem(BASE, 'eram'), 'eram', false).systemIds).toEqual(['tomahawk', 'atacms']);
  });
});

describe('addCustomSystem and removeCustomSystem', () => {
  it('adds a system with an id from its name, and shows it', () => {
    const s = addCustomSystem(BASE, { name: ' Fateh-110 ', rangeKm: 300, source: 'IISS 2024' }, DATA);
    expect(s.customSystems).toStrictEqual([
      { id: 'custom-fateh-110', name: 'Fateh-110', rangeKm: 300, source: 'IISS 2024' },
    ]);
    expect(s.systemIds).toEqual([...DATA, 'custom-fateh-110']);
    expect(BASE.customSystems).toEqual([]);
  });

  it('keeps ids unique among custom systems and clear of data ids', () => {
    let s = addCustomSystem(BASE, { name: 'Fateh 110', rangeKm: 300 }, DATA);
    s = addCustomSystem(s, { name: 'Fateh-110', rangeKm: 310, source: '  ' }, DATA);
    s = addCustomSystem(s, { name: 'X', rangeKm: 1 }, ['custom-x']);
    expect(s.customSystems).toStrictEqual([
      { id: 'custom-fateh-110', name: 'Fateh 110', rangeKm: 300 },
      { id: 'custom-fateh-110-2', name: 'Fateh-110', rangeKm: 310 },
      { id: 'custom-x-2', name: 'X', rangeKm: 1 },
    ]);
  });

  it.each([
    [{ name: '', rangeKm: 300 }],
    [{ name: '\n', rangeKm: 300 }],
    [{ name: 'X', rangeKm: 0 }],
    [{ name: 'X', rangeKm: 20_004.5 }],
    [{ name: 'X', rangeKm: Number.NaN }],
    [{ name: 'X', rangeKm: '300' as unknown as number }],
  ])('returns the scenario itself for %j', (input) => {
    expect(addCustomSystem(BASE, input, DATA)).toBe(BASE);
  });

  it('returns the scenario itself when 50 custom systems are there', () => {
    let s: Scenario = BASE;
    for (let i = 0; i < MAX_CUSTOM_SYSTEMS; i++) s = addCustomSystem(s, { name: `S${i}`, rangeKm: 1 }, DATA);
    expect(s.customSystems).toHaveLength(MAX_CUSTOM_SYSTEMS);
    expect(addCustomSystem(s, { name: 'One more', rangeKm: 1 }, DATA)).toBe(s);
  });

  it('removes a custom system and hides it; an unknown id changes nothing', () => {
    const s = addCustomSystem(BASE, { name: 'Fateh-110', rangeKm: 300 }, DATA);
    expect(removeCustomSystem(s, 'custom-fateh-110')).toStrictEqual(BASE);
    expect(removeCustomSystem(s, 'atacms')).toBe(s);
  });
});

describe('resetSystems', () => {
  it('drops custom systems and shows every data system in the data order', () => {
    const s = toggleSystem(addCustomSystem(BASE, { name: 'Fateh-110', rangeKm: 300 }, DATA), 'tomahawk');
    expect(resetSystems(s, [...DATA, 'eram'])).toStrictEqual({ ...s, customSystems: [], systemIds: DATA });
  });
});
