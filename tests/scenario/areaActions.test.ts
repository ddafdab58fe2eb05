// Launch areas in the scenario: the verbs, restore's checks and the `from=` link parameter.
import { describe, expect, it } from 'vitest';
import {
  addCountryArea,
  areaKey,
  decodeScenarioUrl,
  defaultScenario,
  encodeScenarioUrl,
  MAX_AREAS,
  removeArea,
  removeAreaUndoably,
  restore,
  undoRemoval,
} from '../../src/scenario';

const CONTEXT = { systemIds: ['tomahawk', 'eram', 'atacms'] };
const base = defaultScenario(CONTEXT.systemIds.map((id) => ({ id })));

describe('addCountryArea and removeArea', () => {
  it('adds a country by code once, upper case, and removes it again', () => {
    const one = addCountryArea(base, 'ua');
    expect(one.areas).toEqual([{ kind: 'country', code: 'UA' }]);
    expect(addCountryArea(one, 'UA')).toBe(one);
    const two = addCountryArea(one, 'MD');
    expect(two.areas?.map(areaKey)).toEqual(['UA', 'MD']);
    expect(removeArea(two, 'UA').areas).toEqual([{ kind: 'country', code: 'MD' }]);
    expect('areas' in removeArea(one, 'UA')).toBe(false);
    expect(base.areas).toBeUndefined();
  });

  it('refuses an unknown code and a full map', () => {
    expect(addCountryArea(base, 'ZZ')).toBe(base);
    const codes = ['UA', 'MD', 'PL', 'RO', 'HU', 'SK', 'BY', 'RU', 'LT', 'LV', 'EE', 'FI', 'SE', 'NO', 'DK'];
    const more = ['DE', 'CZ', 'AT', 'SI', 'HR', 'BG'];
    const full = [...codes, ...more].reduce(addCountryArea, base);
    expect(full.areas).toHaveLength(MAX_AREAS);
    expect(addCountryArea(full, 'FR')).toBe(full);
  });
});

describe('restore of areas', () => {
  it('keeps good codes in order and names each bad one', () => {
    const { scenario, problems } = restore(
      {
        areas: [
          { kind: 'country', code: 'md' },
          'UA',
          { kind: 'line', code: 'UA' },
          { kind: 'country', code: 'Q1' },
        ],
      },
      CONTEXT,
    );
    expect(scenario.areas).toEqual([{ kind: 'country', code: 'MD' }]);
    expect(problems.map((p) => p.field)).toEqual(['areas', 'areas', 'areas']);
    expect(problems[2]?.message).toContain('"Q1"');
  });

  it('reports a value that is not a list and keeps the rest of the map', () => {
    const { scenario, problems } = restore({ areas: 'UA', units: 'mi' }, CONTEXT);
    expect(scenario.areas).toBeUndefined();
    expect(scenario.units).toBe('mi');
    expect(problems).toEqual([{ field: 'areas', message: '"UA" ignored — not a list of launch areas' }]);
  });

  it('counts a flood of bad areas after naming ten', () => {
    const areas = Array.from({ length: 5000 }, () => ({ kind: 'country', code: 'ZZ' }));
    const { problems } = restore({ areas }, CONTEXT);
    expect(problems).toHaveLength(11);
    expect(problems[10]).toEqual({ field: 'areas', message: '4,990 more launch areas ignored' });
  });
});

describe('from= in a link', () => {
  it('writes the areas after the systems and reads them back', () => {
    const s = addCountryArea(addCountryArea(base, 'UA'), 'MD');
    const link = encodeScenarioUrl(s);
    expect(link).toBe('sites=49.9935,36.2304,Kharkiv&systems=tomahawk,eram,atacms&from=UA,MD');
    expect(decodeScenarioUrl(link, CONTEXT)).toStrictEqual({ scenario: s, problems: [] });
  });

  it('with no sites= means the areas alone', () => {
    const { scenario } = decodeScenarioUrl('?from=ua&systems=tomahawk', CONTEXT);
    expect(scenario?.sites).toEqual([]);
    expect(scenario?.areas).toEqual([{ kind: 'country', code: 'UA' }]);
  });

  it('names an unknown code by the link parameter', () => {
    const { problems } = decodeScenarioUrl('?sites=50,30&from=UA,XX', CONTEXT);
    expect(problems).toEqual([
      {
        field: 'from',
        message:
          'unknown country code "XX" ignored — a country is named by its two-letter ISO code, like "UA"',
      },
    ]);
  });
});

describe('a link with a flood of codes', () => {
  it('reads a few and counts the rest', () => {
    const { scenario, problems } = decodeScenarioUrl(`?from=UA${',ZZ'.repeat(100_000)}`, CONTEXT);
    expect(scenario?.areas).toEqual([{ kind: 'country', code: 'UA' }]);
    expect(problems.at(0)).toEqual({
      field: 'from',
      message: '99,921 more launch areas ignored',
      count: 99_921,
    });
  });
});

describe('removing an area undoably', () => {
  it('puts the area back at its place', () => {
    const s = ['UA', 'MD', 'PL'].reduce(addCountryArea, base);
    const { scenario, removal } = removeAreaUndoably(s, 'MD');
    expect(scenario.areas?.map(areaKey)).toEqual(['UA', 'PL']);
    expect(removal).toEqual({ kind: 'area', area: { kind: 'country', code: 'MD' }, index: 1 });
    expect(undoRemoval(scenario, removal as NonNullable<typeof removal>)).toEqual(s);
    expect(removeAreaUndoably(s, 'FR')).toEqual({ scenario: s, removal: null });
  });
});
