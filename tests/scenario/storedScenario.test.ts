// loadStoredScenario / saveStoredScenario: a round trip through a storage, and every way a storage fails.
import { describe, expect, it } from 'vitest';
import {
  addSite,
  defaultScenario,
  loadStoredScenario,
  STORAGE_KEY,
  saveStoredScenario,
  setUnits,
} from '../../src/scenario';

const CONTEXT = { systemIds: ['tomahawk', 'eram', 'atacms'] };
const SCENARIO = setUnits(addSite(defaultScenario([{ id: 'atacms' }]), [30.52, 50.45], 'Kyiv'), 'nmi');

// A storage in memory, like window.localStorage.
function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => {
      items.set(key, value);
    },
  };
}

const throwing = (name: string) => () => {
  throw Object.assign(new Error(name), { name });
};

describe('stored scenario', () => {
  it('saves under range-rings:scenario:v1 and loads the same scenario back', () => {
    const storage = memoryStorage();
    expect(STORAGE_KEY).toBe('range-rings:scenario:v1');
    expect(saveStoredScenario(storage, SCENARIO)).toBe(true);
    expect(JSON.parse(storage.items.get(STORAGE_KEY)!)).toEqual(SCENARIO);
    expect(loadStoredScenario(storage, CONTEXT)).toStrictEqual({ scenario: SCENARIO, problems: [] });
  });

  it('gives nothing, quietly, without a storage or with nothing stored', () => {
    expect(loadStoredScenario(null, CONTEXT)).toStrictEqual({ scenario: null, problems: [] });
    expect(loadStoredScenario(memoryStorage(), CONTEXT)).toStrictEqual({ scenario: null, problems: [] });
    expect(saveStoredScenario(null, SCENARIO)).toBe(false);
  });

  it.each(['{"sites": [', 'undefined', '', '42', 'null', '[1,2]', '"text"', '{"colour":"red"}'])(
    'reports a damaged value %j and gives nothing',
    (text) => {
      expect(loadStoredScenario(memoryStorage({ [STORAGE_KEY]: text }), CONTEXT)).toStrictEqual({
        scenario: null,
        problems: [{ field: 'storage', message: 'the saved map is damaged and was not restored' }],
      });
    },
  );

  it('restores a value with bad parts and reports them', () => {
    const text = JSON.stringify({ ...SCENARIO, units: 'leagues', systemIds: ['atacms', 'gone'] });
    expect(loadStoredScenario(memoryStorage({ [STORAGE_KEY]: text }), CONTEXT)).toStrictEqual({
      scenario: { ...SCENARIO, units: 'km' },
      problems: [
        { field: 'systemIds', message: 'unknown system "gone" ignored' },
        { field: 'units', message: '"leagues" ignored — use km, mi or nmi' },
      ],
    });
  });

  it('reports a storage that refuses to be read (a sandboxed iframe) and never throws', () => {
    expect(loadStoredScenario({ getItem: throwing('SecurityError') }, CONTEXT)).toStrictEqual({
      scenario: null,
      problems: [
        {
          field: 'storage',
          message: 'the saved map could not be read — this browser does not allow storage here',
        },
      ],
    });
  });

  it('returns false for a storage that is full or denied', () => {
    expect(saveStoredScenario({ setItem: throwing('QuotaExceededError') }, SCENARIO)).toBe(false);
    expect(saveStoredScenario({ setItem: throwing('SecurityError') }, SCENARIO)).toBe(false);
  });
});
