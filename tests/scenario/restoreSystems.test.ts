// restore: the systems a scenario shows and the systems it defines itself.
import { describe, expect, it } from 'vitest';
import { restore } from '../../src/scenario';
import { CONTEXT, DEFAULT, problem } from './restoreFixtures';

describe('restore: systems', () => {
  it('keeps known ids once each, in the given order', () => {
    expect(restore({ systemIds: ['atacms', 'tomahawk', 'atacms'] }, CONTEXT)).toStrictEqual({
      scenario: { ...DEFAULT, systemIds: ['atacms', 'tomahawk'] },
      problems: [],
    });
  });

  it('drops unknown ids and what is not an id', () => {
    const { scenario, problems } = restore({ systemIds: ['foo', 'eram', 3, 'ATACMS'] }, CONTEXT);
    expect(scenario.systemIds).toEqual(['eram']);
    expect(problems).toStrictEqual([
      problem('systemIds', 'unknown system "foo" ignored'),
      problem('systemIds', '3 ignored — not a system id'),
      problem('systemIds', 'unknown system "ATACMS" ignored'),
    ]);
  });

  it('names the first ten unknown ids and counts the rest', () => {
    const ids = Array.from({ length: 13 }, (_, i) => `x${i}`);
    const { problems } = restore({ systemIds: ids }, CONTEXT);
    expect(problems).toHaveLength(11);
    expect(problems.at(-1)).toStrictEqual(problem('systemIds', '3 more unknown systems ignored'));
  });

  it('allows showing no system', () => {
    expect(restore({ systemIds: [] }, CONTEXT).scenario.systemIds).toEqual([]);
  });

  it('reports a value that is not a list and shows every system', () => {
    const { scenario, problems } = restore(
      { systemIds: 'atacms', customSystems: [{ name: 'Fateh-110', rangeKm: 300 }] },
      CONTEXT,
    );
    expect(scenario.systemIds).toEqual(['tomahawk', 'eram', 'atacms', 'custom-fateh-110']);
    expect(problems).toStrictEqual([problem('systemIds', '"atacms" ignored — not a list of system ids')]);
  });

  it('shows every data and custom system when the list is missing', () => {
    const { scenario } = restore({ customSystems: [{ name: 'Fateh-110', rangeKm: 300 }] }, CONTEXT);
    expect(scenario.systemIds).toEqual(['tomahawk', 'eram', 'atacms', 'custom-fateh-110']);
  });

  it('works with a context that has no systems, or a broken one', () => {
    expect(restore({}, { systemIds: [] }).scenario.systemIds).toEqual([]);
    expect(restore({}, { systemIds: ['a', 'a', 3] } as never).scenario.systemIds).toEqual(['a']);
    expect(restore({}, null as never).scenario.systemIds).toEqual([]);
  });
});

describe('restore: custom systems', () => {
  it('keeps name, range and source; gives a missing id from the name and knows it as shown', () => {
    const { scenario, problems } = restore(
      {
        customSystems: [
          { name: 'Fateh-110', rangeKm: 300, source: 'IISS, The Military Balance 2024' },
          { id: 'my-own', name: 'Zolfaghar', rangeKm: '700 km' },
          { name: 'Shahed-136', rangeKm: '1,500 mi' },
        ],
        systemIds: ['custom-fateh-110', 'my-own', 'atacms'],
      },
      CONTEXT,
    );
    expect(problems).toEqual([]);
    expect(scenario.customSystems).toStrictEqual([
      { id: 'custom-fateh-110', name: 'Fateh-110', rangeKm: 300, source: 'IISS, The Military Balance 2024' },
      { id: 'my-own', name: 'Zolfaghar', rangeKm: 700 },
      { id: 'custom-shahed-136', name: 'Shahed-136', rangeKm: 1500 * 1.609344 },
    ]);
    expect(scenario.systemIds).toEqual(['custom-fateh-110', 'my-own', 'atacms']);
  });

  it('renames an id that a data system or an earlier custom system has, and the shown list follows', () => {
    const { scenario, problems } = restore(
      {
        customSystems: [
          { id: 'atacms', name: 'ATACMS (my figure)', rangeKm: 310 },
          { id: 'mine', name: 'A', rangeKm: 1 },
          { id: 'mine', name: 'B', rangeKm: 2 },
        ],
        systemIds: ['atacms', 'mine'],
      },
      CONTEXT,
    );
    expect(scenario.customSystems.map((s) => s.id)).toEqual(['atacms-2', 'mine', 'mine-2']);
    expect(scenario.systemIds).toEqual(['atacms-2', 'mine']);
    expect(problems).toStrictEqual([
      problem('customSystems', 'id of "ATACMS (my figure)" changed to "atacms-2" — "atacms" is already used'),
      problem('customSystems', 'id of "B" changed to "mine-2" — "mine" is already used'),
    ]);
  });

  it('derives ids from names that are not slugs, unique, and custom-system when nothing is left', () => {
    const { scenario } = restore(
      {
        customSystems: [
          { id: 'Not A Slug', name: 'Storm Shadow / SCALP-EG', rangeKm: 250 },
          { name: 'Storm Shadow (SCALP-EG)', rangeKm: 560 },
          { name: 'Искандер-М', rangeKm: 500 },
          { name: 'Ĉiŝ Ålesund', rangeKm: 5 },
        ],
      },
      CONTEXT,
    );
    expect(scenario.customSystems.map((s) => s.id)).toEqual([
      'custom-storm-shadow-scalp-eg',
      'custom-storm-shadow-scalp-eg-2',
      'custom-system',
      'custom-cis-alesund',
    ]);
  });

  it.each([
    [{ name: 'X', rangeKm: 0 }, '"X" ignored — range must be a positive number, got 0'],
    [{ name: 'X', rangeKm: -5 }, '"X" ignored — range must be a positive number, got -5'],
    [
      { name: 'X', rangeKm: 20_005 },
      '"X" ignored — range of 20,005 km is beyond 20,004 km, half a meridian: no point on Earth is that far from another, got 20005',
    ],
    [{ name: 'X', rangeKm: Number.NaN }, '"X" ignored — range must be a finite number, got NaN'],
    [{ name: 'X' }, '"X" ignored — range must be a number or a text like "1,600 km", got nothing'],
    [
      { name: 'X', rangeKm: '5 furlongs' },
      '"X" ignored — unknown unit "furlongs" in "5 furlongs": use km, mi, nmi or m',
    ],
    [{ rangeKm: 300 }, 'system 1 ignored — it has no name'],
    [{ name: ' \n ', rangeKm: 300 }, 'system 1 ignored — it has no name'],
    [{ name: 5, rangeKm: 300 }, 'system 1 ignored — it has no name'],
    ['Fateh:300km', 'system 1 ignored — it is "Fateh:300km", not a system with a name and a range'],
  ])('drops %j and says why', (input, message) => {
    const { scenario, problems } = restore({ customSystems: [input] }, CONTEXT);
    expect(scenario.customSystems).toEqual([]);
    expect(problems).toStrictEqual([problem('customSystems', message)]);
  });

  it('allows exactly 20,004 km', () => {
    expect(
      restore({ customSystems: [{ name: 'X', rangeKm: 20_004 }] }, CONTEXT).scenario.customSystems,
    ).toEqual([{ id: 'custom-x', name: 'X', rangeKm: 20_004 }]);
  });

  it('cuts names to 80 characters and sources to 300, and drops a source that is not text', () => {
    const { scenario, problems } = restore(
      {
        customSystems: [
          { name: 'N'.repeat(81), rangeKm: 1, source: 's'.repeat(301) },
          { name: 'Y', rangeKm: 1, source: 42 },
          { name: 'Z', rangeKm: 1, source: '  ' },
        ],
      },
      CONTEXT,
    );
    expect(Array.from(scenario.customSystems[0]!.name)).toHaveLength(80);
    expect(Array.from(scenario.customSystems[0]!.source!)).toHaveLength(300);
    expect(scenario.customSystems[1]).toStrictEqual({ id: 'custom-y', name: 'Y', rangeKm: 1 });
    expect(scenario.customSystems[2]).toStrictEqual({ id: 'custom-z', name: 'Z', rangeKm: 1 });
    const shortName = `"${'N'.repeat(39)}…"`;
    expect(problems).toStrictEqual([
      problem('customSystems', `name ${shortName} cut to 80 characters`),
      problem('customSystems', `source of ${shortName} cut to 300 characters`),
      problem('customSystems', 'source of "Y" ignored — it is 42, not text'),
    ]);
  });

  it('keeps the first 50 and reports a value that is not a list', () => {
    const many = Array.from({ length: 52 }, (_, i) => ({ name: `S${i}`, rangeKm: i + 1 }));
    const { scenario, problems } = restore({ customSystems: many }, CONTEXT);
    expect(scenario.customSystems).toHaveLength(50);
    expect(problems).toStrictEqual([
      problem('customSystems', '2 more systems ignored — a map holds at most 50 of your own'),
    ]);
    expect(restore({ customSystems: 'Fateh' }, CONTEXT).problems).toStrictEqual([
      problem('customSystems', '"Fateh" ignored — not a list of systems'),
    ]);
  });
});
