// restore: every rule of a valid scenario, with the exact words a reader sees for what was dropped.
import { describe, expect, it } from 'vitest';
import { decodeScenarioUrl, defaultScenario, restore, type ScenarioProblem } from '../../src/scenario';

const CONTEXT = { systemIds: ['tomahawk', 'eram', 'atacms'] };
const DEFAULT = defaultScenario(CONTEXT.systemIds.map((id) => ({ id })));
const site = (lon: number, lat: number, label?: string, id?: string) => ({
  ...(id === undefined ? {} : { id }),
  ...(label === undefined ? {} : { label }),
  lonLat: [lon, lat],
});
const problem = (field: string, message: string): ScenarioProblem => ({ field, message });

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

describe('restore: settings', () => {
  it('keeps valid settings', () => {
    const input = {
      units: 'nmi',
      view: { center: [36.23, 49.99], zoom: 6.5 },
      title: 'Range of ATACMS',
      theme: 'dark',
      basemap: 'osm',
    };
    expect(restore(input, CONTEXT)).toStrictEqual({ scenario: { ...DEFAULT, ...input }, problems: [] });
  });

  it.each([
    ['units', 'furlong', '"furlong" ignored — use km, mi or nmi'],
    ['units', 'KM', '"KM" ignored — use km, mi or nmi'],
    ['theme', 'blue', '"blue" ignored — use light or dark'],
    ['basemap', 'google', '"google" ignored — use offline or osm'],
    ['basemap', null, 'null ignored — use offline or osm'],
    ['title', 42, '42 ignored — not text'],
  ])('drops %s %j and keeps the default', (field, value, message) => {
    expect(restore({ [field]: value }, CONTEXT)).toStrictEqual({
      scenario: DEFAULT,
      problems: [problem(field, message)],
    });
  });

  it.each([
    [{ center: [36, 49], zoom: 19 }, 'ignored — zoom 19 is not between 0 and 18; the map fits all rings'],
    [{ center: [36, 49], zoom: -1 }, 'ignored — zoom -1 is not between 0 and 18; the map fits all rings'],
    [{ center: [36, 49] }, 'ignored — zoom is not a number; the map fits all rings'],
    [
      { center: [36, 91], zoom: 3 },
      'ignored — latitude 91 is not between -90 and 90; the map fits all rings',
    ],
    [{ zoom: 3 }, 'ignored — it has no center [longitude, latitude]; the map fits all rings'],
    ['50,30,6', '"50,30,6" ignored — not a map view; the map fits all rings'],
  ])('drops view %j: the map fits all rings', (view, message) => {
    expect(restore({ view }, CONTEXT)).toStrictEqual({
      scenario: DEFAULT,
      problems: [problem('view', message)],
    });
  });

  it('keeps zoom 0 and 18, wraps the view longitude, and takes null as fit all rings', () => {
    expect(restore({ view: { center: [200, 0], zoom: 0 } }, CONTEXT).scenario.view).toEqual({
      center: [-160, 0],
      zoom: 0,
    });
    expect(restore({ view: { center: [0, 0], zoom: 18 } }, CONTEXT).scenario.view?.zoom).toBe(18);
    expect(restore({ view: null }, CONTEXT)).toStrictEqual({ scenario: DEFAULT, problems: [] });
  });

  it('makes the title one line, cuts it to 120 characters, and allows it empty', () => {
    expect(restore({ title: '' }, CONTEXT).scenario.title).toBe('');
    const { scenario, problems } = restore({ title: `How far\n${'x'.repeat(130)}` }, CONTEXT);
    expect(Array.from(scenario.title)).toHaveLength(120);
    expect(scenario.title.startsWith('How far x')).toBe(true);
    expect(problems).toStrictEqual([
      problem('title', 'cut to 120 characters'),
      problem('title', 'line breaks and control characters removed'),
    ]);
  });
});

describe('restore: bidi overrides', () => {
  it('removes them from a label, a title and a custom system, from a file and from a link', () => {
    const rlo = '\u202e';
    const { scenario } = restore(
      {
        title: `Reach${rlo} of ERAM`,
        sites: [site(36.23, 49.99, `Kharkiv${rlo}`)],
        customSystems: [{ name: `Storm${rlo} Shadow`, rangeKm: 250, source: `MBDA\u2066` }],
      },
      CONTEXT,
    );
    expect(scenario.title).toBe('Reach of ERAM');
    expect(scenario.sites[0]?.label).toBe('Kharkiv');
    expect(scenario.customSystems[0]?.name).toBe('Storm Shadow');
    expect(scenario.customSystems[0]?.source).toBe('MBDA');
    const fromUrl = decodeScenarioUrl(
      `?sites=49.99,36.23,Kharkiv%E2%80%AE&title=Reach%E2%80%AE&custom=Storm%E2%80%AE:250km`,
      CONTEXT,
    ).scenario;
    expect(fromUrl?.sites[0]?.label).toBe('Kharkiv');
    expect(fromUrl?.title).toBe('Reach');
    expect(fromUrl?.customSystems[0]?.name).toBe('Storm');
  });
});
