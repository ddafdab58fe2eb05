// decodeScenarioUrl: links as people type them, and the exact words for what was ignored.
import { describe, expect, it } from 'vitest';
import { decodeScenarioUrl, defaultScenario, type ScenarioProblem } from '../../src/scenario';

const CONTEXT = { systemIds: ['tomahawk', 'eram', 'atacms'] };
const DEFAULT = defaultScenario(CONTEXT.systemIds.map((id) => ({ id })));
const decode = (search: string) => decodeScenarioUrl(search, CONTEXT);
const problem = (field: string, message: string): ScenarioProblem => ({ field, message });

describe('decodeScenarioUrl', () => {
  it.each(['', '?', '?embed=1&origin=https%3A%2F%2Fexample.org&allow=move&controls=0&step=2', '&&'])(
    'gives no scenario for a link without scenario parameters: %j',
    (search) => {
      expect(decode(search)).toStrictEqual({ scenario: null, problems: [] });
    },
  );

  it('still reports unknown parameters when there is no scenario', () => {
    expect(decode('?zoom=5&utm_source=news&fbclid=abc')).toStrictEqual({
      scenario: null,
      problems: [problem('zoom', '"zoom" is not a parameter of this map; ignored')],
    });
  });

  it('fills what a link leaves out from the defaults', () => {
    expect(decode('?units=mi')).toStrictEqual({ scenario: { ...DEFAULT, units: 'mi' }, problems: [] });
  });

  it('reads sites latitude first, with labels escaped or typed with bare commas and plus signs', () => {
    const { scenario, problems } = decode(
      '?sites=50.45,30.52,Kyiv%2C%20Ukraine;49.99,36.23,Kharkiv,+Ukraine;-33.9,151.2;40.7,-74,New+York%3B+NY&systems=',
    );
    expect(problems).toEqual([]);
    expect(scenario?.sites).toStrictEqual([
      { id: 's1', label: 'Kyiv, Ukraine', lonLat: [30.52, 50.45] },
      { id: 's2', label: 'Kharkiv, Ukraine', lonLat: [36.23, 49.99] },
      { id: 's3', label: '33.90°S 151.20°E', lonLat: [151.2, -33.9] },
      { id: 's4', label: 'New York; NY', lonLat: [-74, 40.7] },
    ]);
    expect(scenario?.systemIds).toEqual([]);
  });

  it('reads an empty sites parameter as a map with no sites', () => {
    expect(decode('?sites=&systems=atacms').scenario?.sites).toEqual([]);
  });

  it.each([
    ['49.9,abc', '"49.9,abc" ignored — longitude is not a number'],
    ['abc,36.2', '"abc,36.2" ignored — latitude is not a number'],
    ['95,30,North', '"95,30,North" ignored — latitude 95 is not between -90 and 90'],
    ['49.9', '"49.9" ignored — a site is written latitude,longitude, like "50.45,30.52"'],
    ['0x10,5', '"0x10,5" ignored — latitude is not a number'],
    ['%2C5', '"%2C5" ignored — a site is written latitude,longitude, like "50.45,30.52"'],
  ])('drops the site %j and says why', (entry, message) => {
    const { scenario, problems } = decode(`?sites=${entry};50,30,Kyiv`);
    expect(scenario?.sites).toStrictEqual([{ id: 's1', label: 'Kyiv', lonLat: [30, 50] }]);
    expect(problems).toStrictEqual([problem('sites', message.replace('%2C5', ',5'))]);
  });

  it('reports a longitude far out of range instead of wrapping it', () => {
    const { scenario, problems } = decode('?sites=10,1000,Far;10,30,Near&view=10,-9999,5');
    expect(scenario?.sites.map((s) => s.label)).toEqual(['Near']);
    expect(scenario?.view).toBeNull();
    expect(problems).toEqual([
      problem('sites', '"10,1000,Far" ignored — longitude 1000 is not between -180 and 180'),
      problem(
        'view',
        '"10,-9999,5" ignored — longitude -9999 is not between -180 and 180; the map fits all rings',
      ),
    ]);
  });

  it('wraps longitudes and reads a Unicode minus', () => {
    expect(decode('?sites=10,190;\u221210,\u221220').scenario?.sites.map((s) => s.lonLat)).toEqual([
      [-170, 10],
      [-20, -10],
    ]);
  });

  it('reads systems in any letter case and reports unknown ones under "systems"', () => {
    const { scenario, problems } = decode('?systems=ATACMS,,foo,eram,atacms');
    expect(scenario?.systemIds).toEqual(['atacms', 'eram']);
    expect(problems).toStrictEqual([problem('systems', 'unknown system "foo" ignored')]);
  });

  it('reads custom systems with ids from their names, ranges in km, mi or nmi, and sources', () => {
    const { scenario, problems } = decode(
      '?custom=Fateh-110:300km;Other%20one:300mi;Kalibr: 3M14:1500 nmi:TASS: 2016;Plain:250',
    );
    expect(problems).toEqual([]);
    expect(scenario?.customSystems).toStrictEqual([
      { id: 'custom-fateh-110', name: 'Fateh-110', rangeKm: 300 },
      { id: 'custom-other-one', name: 'Other one', rangeKm: 300 * 1.609344 },
      { id: 'custom-kalibr-3m14', name: 'Kalibr: 3M14', rangeKm: 1500 * 1.852, source: 'TASS: 2016' },
      { id: 'custom-plain', name: 'Plain', rangeKm: 250 },
    ]);
    // No systems parameter: everything is shown.
    expect(scenario?.systemIds).toEqual([
      'tomahawk',
      'eram',
      'atacms',
      'custom-fateh-110',
      'custom-other-one',
      'custom-kalibr-3m14',
      'custom-plain',
    ]);
  });

  it('drops bad custom systems and says why, under "custom"', () => {
    const { scenario, problems } = decode('?custom=Foo;Bar:abc;Baz:30000km;:300km;Ok:1km');
    expect(scenario?.customSystems).toStrictEqual([{ id: 'custom-ok', name: 'Ok', rangeKm: 1 }]);
    expect(problems).toStrictEqual([
      problem('custom', '"Foo" ignored — a system is written name:range, like "Fateh-110:300km"'),
      problem(
        'custom',
        '"Bar" ignored — range must be a number, optionally with a unit like "995 mi", got "abc"',
      ),
      problem(
        'custom',
        '"Baz" ignored — range of 30,000 km is beyond 20,004 km, half a meridian: no point on Earth is that far from another, got "30000km"',
      ),
      problem('custom', 'system 3 ignored — it has no name'),
    ]);
  });

  it('reads units, view, title, theme and basemap', () => {
    const { scenario, problems } = decode(
      '?units=NMI&view=49.5,36.12346,6.26&title=Range+%26+reach%3A+2025&theme=dark&basemap=osm',
    );
    expect(problems).toEqual([]);
    expect(scenario).toStrictEqual({
      ...DEFAULT,
      units: 'nmi',
      view: { center: [36.12346, 49.5], zoom: 6.26 },
      title: 'Range & reach: 2025',
      theme: 'dark',
      basemap: 'osm',
    });
  });

  it.each([
    [
      '1,2',
      '"1,2" ignored — a view is written latitude,longitude,zoom, like "50.45,30.52,6"; the map fits all rings',
    ],
    ['50,30,19', '"50,30,19" ignored — zoom 19 is not between 0 and 18; the map fits all rings'],
    ['91,30,5', '"91,30,5" ignored — latitude 91 is not between -90 and 90; the map fits all rings'],
    ['50,x,5', '"50,x,5" ignored — longitude is not a number; the map fits all rings'],
  ])('drops the view %j', (view, message) => {
    expect(decode(`?view=${view}`)).toStrictEqual({
      scenario: DEFAULT,
      problems: [problem('view', message)],
    });
  });

  it('takes an empty view as fit all rings, quietly', () => {
    expect(decode('?view=')).toStrictEqual({ scenario: DEFAULT, problems: [] });
  });

  it.each([
    ['units=furlong', 'units', '"furlong" ignored — use km, mi or nmi'],
    ['theme=blue', 'theme', '"blue" ignored — use light or dark'],
    ['basemap=google', 'basemap', '"google" ignored — use offline or osm'],
  ])('drops %s', (query, field, message) => {
    expect(decode(`?${query}`)).toStrictEqual({ scenario: DEFAULT, problems: [problem(field, message)] });
  });

  it('reports unknown parameters once, lets embedding and tracking ones through, and uses the first of a repeat', () => {
    const { scenario, problems } = decode(
      '?Units=mi&units=nmi&units=km&foo=1&foo=2&embed=1&step=3&utm_campaign=x&gclid=y',
    );
    expect(scenario?.units).toBe('mi');
    expect(problems).toStrictEqual([
      problem('units', '"units" appears more than once; only the first is used'),
      problem('foo', '"foo" is not a parameter of this map; ignored'),
    ]);
  });

  it('names ten unknown parameters and counts the rest', () => {
    const search = Array.from({ length: 13 }, (_, i) => `p${i}=1`).join('&');
    const { problems } = decode(`?${search}&units=mi`);
    expect(problems).toHaveLength(11);
    expect(problems.at(-1)).toStrictEqual(
      problem('url', '3 more parameters that are not parameters of this map ignored'),
    );
  });

  it('keeps broken escapes as typed instead of failing', () => {
    const { scenario, problems } = decode('?sites=50,30,100%25%20sure%;10,10,%E0%A4%A&title=%FF');
    expect(problems).toEqual([]);
    expect(scenario?.sites.map((s) => s.label)).toEqual(['100% sure%', '%E0%A4%A']);
    expect(scenario?.title).toBe('%FF');
  });

  it('keeps only the first 50 sites of a long link', () => {
    const sites = Array.from({ length: 60 }, (_, i) => `${i},0`).join(';');
    const { scenario, problems } = decode(`?sites=${sites}`);
    expect(scenario?.sites).toHaveLength(50);
    expect(problems).toStrictEqual([
      { field: 'sites', message: '10 more launch points ignored — a map holds at most 50', count: 10 },
    ]);
  });
});

describe('decodeScenarioUrl with very long lists', () => {
  const CONTEXT_ALL = { systemIds: ['tomahawk', 'eram', 'atacms'] };

  it('reads the first launch points of a million and counts the rest without reading them', () => {
    const search = `?sites=${'50.45,30.52,Kyiv;'.repeat(1_000_000)}`;
    const { scenario, problems } = decodeScenarioUrl(search, CONTEXT_ALL);
    expect(scenario?.sites).toHaveLength(50);
    const counted = problems.find((p) => p.count !== undefined);
    expect(counted).toEqual({
      field: 'sites',
      message: '999,950 more launch points ignored — a map holds at most 50',
      count: 999_950,
    });
  });

  it('counts systems of one’s own past what a map holds', () => {
    const search = `?custom=${'Fateh:300km;'.repeat(1000)}`;
    const { problems } = decodeScenarioUrl(search, CONTEXT_ALL);
    expect(problems.find((p) => p.count !== undefined)?.count).toBe(800);
  });
});
