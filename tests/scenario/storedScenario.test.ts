// loadStoredScenario / saveStoredScenario: a round trip through a storage, and every way a storage fails;
// what was not read in full is handed back whole, to be kept aside.
import { describe, expect, it } from 'vitest';
import {
  ASIDE_KEY,
  addSite,
  defaultScenario,
  keepAsideStored,
  loadStoredScenario,
  readStoredText,
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
        trouble: { kind: 'damaged', text },
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
      trouble: { kind: 'partial', text },
    });
  });

  it('reads a map saved by a newer version as far as it matches, and keeps its text whole', () => {
    const text = JSON.stringify({ ...SCENARIO, version: 2, layers: [{ kind: 'heat' }], units: 'furlongs' });
    const read = readStoredText(text, CONTEXT);
    expect(read.scenario).toStrictEqual({ ...SCENARIO, units: 'km' });
    expect(read.trouble).toStrictEqual({ kind: 'newer', text });
    // even when every field matches, a newer map is never taken as read in full
    const clean = JSON.stringify({ ...SCENARIO, version: 3 });
    expect(readStoredText(clean, CONTEXT)).toMatchObject({
      scenario: SCENARIO,
      trouble: { kind: 'newer', text: clean },
    });
  });

  it('keeps an unreadable copy aside under its own key, never under the main one', () => {
    const storage = memoryStorage({ [STORAGE_KEY]: '{"sites": [' });
    expect(ASIDE_KEY).not.toBe(STORAGE_KEY);
    expect(keepAsideStored(storage, '{"sites": [')).toBe(true);
    expect(storage.items.get(ASIDE_KEY)).toBe('{"sites": [');
    expect(keepAsideStored({ setItem: throwing('QuotaExceededError') }, 'x')).toBe(false);
    expect(keepAsideStored(null, 'x')).toBe(false);
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
