// restore: every rule of a valid scenario, with the exact words a reader sees for what was dropped: the
// whole value and its launch points (restoreSystems, restoreSettings: the rest).
import { describe, expect, it } from 'vitest';
import { restore } from '../../src/scenario';
import { CONTEXT, DEFAULT, problem, site } from './restoreFixtures';

describe('restore: the whole value', () => {
  it('fills every missing field from the defaults, silently', () => {
    expect(restore({}, CONTEXT)).toStrictEqual({ scenario: DEFAULT, problems: [] });
    expect(restore({ version: 1 }, CONTEXT)).toStrictEqual({ scenario: DEFAULT, problems: [] });
  });

  it.each([
    [null, 'null ignored — not a saved map'],
    [undefined, 'nothing ignored — not a saved map'],
    ['{"sites":[]}', '"{\\"sites\\":[]}" ignored — not a saved map'],
    [42, '42 ignored — not a saved map'],
    [[1, 2], 'a list ignored — not a saved map'],
  ])('reports %j as not a map and gives the defaults', (input, message) => {
    expect(restore(input, CONTEXT)).toStrictEqual({
      scenario: DEFAULT,
      problems: [problem('scenario', message)],
    });
  });

  it('reports fields that are not part of a map', () => {
    expect(restore({ sites: [], colour: 'red' }, CONTEXT).problems).toStrictEqual([
      problem('colour', '"colour" is not part of a map; ignored'),
    ]);
  });

  it('names ten unknown fields and counts the rest', () => {
    const input = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`f${i}`, i]));
    const { problems } = restore(input, CONTEXT);
    expect(problems).toHaveLength(11);
    expect(problems[9]).toStrictEqual(problem('f9', '"f9" is not part of a map; ignored'));
    expect(problems[10]).toStrictEqual(
      problem('scenario', '2 more fields that are not part of a map ignored'),
    );
  });

  it('takes a field set to undefined as missing', () => {
    expect(restore({ sites: undefined, view: undefined, title: undefined }, CONTEXT)).toStrictEqual({
      scenario: DEFAULT,
      problems: [],
    });
  });

  it('accepts another version whose shape matches', () => {
    expect(restore({ version: 2, units: 'mi' }, CONTEXT)).toStrictEqual({
      scenario: { ...DEFAULT, units: 'mi' },
      problems: [],
    });
  });

  it('names another version when its shape does not match, after restoring what matched', () => {
    const { scenario, problems } = restore({ version: 2, units: 'mi', rings: [] }, CONTEXT);
    expect(scenario).toStrictEqual({ ...DEFAULT, units: 'mi' });
    expect(problems).toStrictEqual([
      problem('rings', '"rings" is not part of a map; ignored'),
      problem(
        'version',
        'this map was saved as version 2, which this page does not know; what matched was restored',
      ),
    ]);
  });

  it('ignores inherited fields and survives a throwing getter', () => {
    expect(restore(Object.create({ units: 'mi' }), CONTEXT).scenario.units).toBe('km');
    const hostile = {
      get sites(): never {
        throw new Error('no');
      },
    };
    expect(restore(hostile, CONTEXT)).toStrictEqual({
      scenario: DEFAULT,
      problems: [problem('scenario', 'could not be read; ignored')],
    });
  });

  it('never shares arrays with its input', () => {
    const input = { sites: [site(30, 50, 'Kyiv')], systemIds: ['atacms'] };
    const { scenario } = restore(input, CONTEXT);
    input.sites[0]!.lonLat[0] = 99;
    input.systemIds.push('eram');
    expect(scenario.sites[0]!.lonLat).toEqual([30, 50]);
    expect(scenario.systemIds).toEqual(['atacms']);
  });
});

describe('restore: sites', () => {
  it('keeps valid sites, labels unlabelled ones with their coordinates and numbers missing ids', () => {
    const { scenario, problems } = restore(
      { sites: [site(30.5234, 50.4501, 'Kyiv'), site(-74.006, 40.7128), site(-0.0001, -0.0001, '   ')] },
      CONTEXT,
    );
    expect(problems).toEqual([]);
    expect(scenario.sites).toStrictEqual([
      { id: 's1', label: 'Kyiv', lonLat: [30.5234, 50.4501] },
      { id: 's2', label: '40.71°N 74.01°W', lonLat: [-74.006, 40.7128] },
      { id: 's3', label: '0.00°N 0.00°E', lonLat: [-0.0001, -0.0001] },
    ]);
  });

  it('allows a map with no sites', () => {
    expect(restore({ sites: [] }, CONTEXT)).toStrictEqual({
      scenario: { ...DEFAULT, sites: [] },
      problems: [],
    });
  });

  it('keeps valid ids, and renumbers missing, duplicated and odd ones to free s<n>', () => {
    const { scenario, problems } = restore(
      {
        sites: [
          site(1, 1, 'a', 's2'),
          site(2, 2, 'b', 's2'),
          site(3, 3, 'c', 'kyiv'),
          site(4, 4, 'd', 'has space'),
          site(5, 5, 'e'),
          { ...site(6, 6, 'f'), id: 7 },
        ],
      },
      CONTEXT,
    );
    expect(problems).toEqual([]);
    expect(scenario.sites.map((s) => s.id)).toEqual(['s2', 's1', 'kyiv', 's3', 's4', 's5']);
  });

  it('reports a longitude beyond one world either side instead of wrapping it (1e308 is not 116°E)', () => {
    const { scenario, problems } = restore(
      {
        sites: [site(1e308, 10, 'Far'), site(-541, 10), site(540, 10, 'Edge')],
        view: { center: [1e308, 0], zoom: 3 },
      },
      CONTEXT,
    );
    expect(scenario.sites.map((s) => [s.label, s.lonLat])).toStrictEqual([['Edge', [-180, 10]]]);
    expect(scenario.view).toBeNull();
    expect(problems.map((p) => p.message)).toEqual([
      'site "Far" ignored — longitude 1e+308 is not between -180 and 180',
      'site 2 ignored — longitude -541 is not between -180 and 180',
      expect.stringContaining('longitude 1e+308 is not between -180 and 180'),
    ]);
  });

  it('wraps longitudes into [-180, 180] and keeps ±180 and ±90', () => {
    const { scenario } = restore(
      { sites: [site(190, 10), site(-190, 10), site(540, 10), site(180, 90), site(-180, -90), site(-0, -0)] },
      CONTEXT,
    );
    expect(scenario.sites.map((s) => s.lonLat)).toStrictEqual([
      [-170, 10],
      [170, 10],
      [-180, 10],
      [180, 90],
      [-180, -90],
      [0, 0],
    ]);
  });

  it.each([
    [site(30, 95, 'North'), 'site "North" ignored — latitude 95 is not between -90 and 90'],
    [site(30, -90.5), 'site 1 ignored — latitude -90.5 is not between -90 and 90'],
    [{ label: 'Kyiv', lonLat: ['30', 50] }, 'site "Kyiv" ignored — longitude is not a number'],
    [{ lonLat: [30, null] }, 'site 1 ignored — latitude is not a number'],
    [{ lonLat: [Number.NaN, 50] }, 'site 1 ignored — longitude is not a number'],
    [{ lonLat: [Number.POSITIVE_INFINITY, 50] }, 'site 1 ignored — longitude is not a number'],
    [{ label: 'Kyiv' }, 'site "Kyiv" ignored — it has no coordinates'],
    [{ lonLat: [30] }, 'site 1 ignored — its coordinates a list are not [longitude, latitude]'],
    [{ lonLat: '30,50' }, 'site 1 ignored — its coordinates "30,50" are not [longitude, latitude]'],
    ['50.45,30.52', 'site 1 ignored — it is "50.45,30.52", not a place with coordinates'],
    [null, 'site 1 ignored — it is null, not a place with coordinates'],
  ])('drops %j and says why', (input, message) => {
    const { scenario, problems } = restore({ sites: [input, site(36, 50, 'Kharkiv')] }, CONTEXT);
    expect(scenario.sites).toStrictEqual([{ id: 's1', label: 'Kharkiv', lonLat: [36, 50] }]);
    expect(problems).toStrictEqual([problem('sites', message)]);
  });

  it('reports a value that is not a list and keeps the default site', () => {
    expect(restore({ sites: { lonLat: [30, 50] } }, CONTEXT)).toStrictEqual({
      scenario: DEFAULT,
      problems: [problem('sites', 'an object ignored — not a list of sites')],
    });
  });

  it('keeps the first 50 sites', () => {
    const sites = Array.from({ length: 53 }, (_, i) => site(i, 0, `Site ${i}`));
    const { scenario, problems } = restore({ sites }, CONTEXT);
    expect(scenario.sites).toHaveLength(50);
    expect(scenario.sites.at(-1)).toStrictEqual({ id: 's50', label: 'Site 49', lonLat: [49, 0] });
    expect(problems).toStrictEqual([problem('sites', '3 more sites ignored — a map holds at most 50')]);
  });

  it('cuts labels to 80 characters', () => {
    const label = `${'Kharkiv '.repeat(12)}end`;
    const { scenario, problems } = restore({ sites: [site(36, 50, label)] }, CONTEXT);
    const cut = scenario.sites[0]!.label;
    expect(Array.from(cut)).toHaveLength(80);
    expect(cut).toBe(`${'Kharkiv '.repeat(10)}…`.replace(' …', '…'));
    expect(problems).toStrictEqual([
      problem('sites', 'label "Kharkiv Kharkiv Kharkiv Kharkiv Kharkiv…" cut to 80 characters'),
    ]);
  });

  it('counts characters, not UTF-16 units, in labels', () => {
    const label = '🚀'.repeat(80);
    const { scenario, problems } = restore({ sites: [site(36, 50, label)] }, CONTEXT);
    expect(scenario.sites[0]!.label).toBe(label);
    expect(problems).toEqual([]);
  });

  it('makes labels one line of plain text and says so when it removed control characters', () => {
    const { scenario, problems } = restore(
      { sites: [site(36, 50, '  Kharkiv\n\tcentre\u0007  '), site(30, 50, 'Kyiv  \u00a0 city')] },
      CONTEXT,
    );
    expect(scenario.sites.map((s) => s.label)).toEqual(['Kharkiv centre', 'Kyiv city']);
    expect(problems).toStrictEqual([
      problem('sites', 'line breaks and control characters removed from label "Kharkiv centre"'),
    ]);
  });

  it('keeps markup as text, never interpreting it', () => {
    const label = '<script>alert("x")</script> & <b>Kyiv</b>';
    expect(restore({ sites: [site(30, 50, label)] }, CONTEXT).scenario.sites[0]!.label).toBe(label);
  });

  it('replaces lone surrogates, which no link could carry', () => {
    expect(restore({ sites: [site(30, 50, 'Ky\ud800iv')] }, CONTEXT).scenario.sites[0]!.label).toBe(
      'Ky\ufffdiv',
    );
  });

  it('takes a null label or source as none, quietly', () => {
    const { scenario, problems } = restore(
      {
        sites: [{ lonLat: [30, 50], label: null }],
        customSystems: [{ name: 'X', rangeKm: 1, source: null }],
      },
      CONTEXT,
    );
    expect(problems).toEqual([]);
    expect(scenario.sites[0]!.label).toBe('50.00°N 30.00°E');
    expect(scenario.customSystems[0]).toStrictEqual({ id: 'custom-x', name: 'X', rangeKm: 1 });
  });

  it('replaces a label that is not text with the coordinates', () => {
    const { scenario, problems } = restore({ sites: [site(30, 50, 7 as unknown as string)] }, CONTEXT);
    expect(scenario.sites[0]!.label).toBe('50.00°N 30.00°E');
    expect(problems).toStrictEqual([problem('sites', 'label of site 1 ignored — it is 7, not text')]);
  });
});
