// System verbs: showing and hiding, the user's own systems, and going back to the data file's systems.
import { describe, expect, it } from 'vitest';
import {
  addCustomSystem,
  defaultScenario,
  MAX_CUSTOM_SYSTEMS,
  removeCustomSystem,
  resetSystems,
  type Scenario,
  setSystemColor,
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
  it('drops custom systems and nothing else: hidden data systems stay hidden, launch points and title stay', () => {
    const s = toggleSystem(addCustomSystem(BASE, { name: 'Fateh-110', rangeKm: 300 }, DATA), 'tomahawk');
    const reset = resetSystems(s, [...DATA, 'eram']);
    expect(reset).toStrictEqual({
      ...s,
      customSystems: [],
      systemIds: s.systemIds.filter((id) => id !== 'custom-fateh-110'),
    });
    expect(reset.systemIds).not.toContain('tomahawk');
  });

  it('shows every data system, in the data order, when no data system would be shown', () => {
    const only = addCustomSystem({ ...BASE, systemIds: [] }, { name: 'Fateh-110', rangeKm: 300 }, DATA);
    expect(resetSystems(only, [...DATA, 'eram']).systemIds).toEqual(DATA);
  });
});

describe('setSystemColor', () => {
  it('keeps the chosen colour in lowercase, for known systems only, and gives it back with null', () => {
    const s = setSystemColor(BASE, 'tomahawk', '#E69F00', DATA);
    expect(s.colors).toEqual({ tomahawk: '#e69f00' });
    expect(setSystemColor(s, 'nowhere', '#000000', DATA)).toBe(s);
    expect(setSystemColor(s, 'tomahawk', 'red', DATA)).toBe(s);
    expect(setSystemColor(s, 'tomahawk', null, DATA)).toStrictEqual(BASE);
  });

  it('drops a custom system colour with the system', () => {
    const s = addCustomSystem(BASE, { name: 'Fateh-110', rangeKm: 300 }, DATA);
    const coloured = setSystemColor(s, 'custom-fateh-110', '#0072b2', DATA);
    expect(removeCustomSystem(coloured, 'custom-fateh-110')).toStrictEqual(BASE);
  });
});

describe('addCustomSystem with what a file says', () => {
  it('keeps the band, published miles, type, note and sources, checked as restore checks them', () => {
    const s = addCustomSystem(
      BASE,
      {
        name: 'ERAM',
        rangeKm: 460,
        rangeMinKm: 240,
        rangeMi: 285,
        rangeNmi: 900,
        type: 'air-launched cruise missile',
        note: 'WSJ: 240–450 km',
        sources: [{ publisher: 'Associated Press', url: 'javascript:alert(1)' }],
      },
      DATA,
    );
    expect(s.customSystems.at(-1)).toStrictEqual({
      id: 'custom-eram',
      name: 'ERAM',
      rangeKm: 460,
      rangeMinKm: 240,
      rangeMi: 285,
      type: 'air-launched cruise missile',
      note: 'WSJ: 240–450 km',
      sources: [{ publisher: 'Associated Press' }],
    });
  });
});
