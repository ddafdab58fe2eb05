// encodeScenarioUrl: the fixed, readable link format, parameter by parameter.
import { describe, expect, it } from 'vitest';
import {
  addCustomSystem,
  addSite,
  defaultScenario,
  encodeScenarioUrl,
  restore,
  type Scenario,
} from '../../src/scenario';

const CONTEXT = { systemIds: ['tomahawk', 'eram', 'atacms'] };
const DEFAULT = defaultScenario(CONTEXT.systemIds.map((id) => ({ id })));
const withSites = (...sites: Scenario['sites']): Scenario => ({ ...DEFAULT, sites });

describe('encodeScenarioUrl', () => {
  it('writes the default map with its sites and systems only', () => {
    expect(encodeScenarioUrl(DEFAULT)).toBe('sites=49.9935,36.2304,Kharkiv&systems=tomahawk,eram,atacms');
    expect(encodeScenarioUrl(DEFAULT, DEFAULT)).toBe(encodeScenarioUrl(DEFAULT));
  });

  it('always writes sites and systems, even when empty', () => {
    expect(encodeScenarioUrl({ ...DEFAULT, sites: [], systemIds: [] })).toBe('sites=&systems=');
  });

  it('writes latitude first, at most 5 decimals, labels escaped, coordinate labels left out', () => {
    const s = withSites(
      { id: 's1', label: 'Kyiv, Ukraine; "centre"', lonLat: [30.523412345, 50.450098765] },
      { id: 's2', label: '40.71°N 74.01°W', lonLat: [-74.006, 40.7128] },
      { id: 's3', label: 'Nuuk', lonLat: [-51.7, 64.18] },
    );
    expect(encodeScenarioUrl(s).split('&')[0]).toBe(
      'sites=50.4501,30.52341,Kyiv%2C%20Ukraine%3B%20%22centre%22;40.7128,-74.006;64.18,-51.7,Nuuk',
    );
  });

  it('writes custom systems as name:range with the shortest exact unit, and source after a colon', () => {
    let s = addCustomSystem(DEFAULT, { name: 'Fateh-110', rangeKm: 300 }, CONTEXT.systemIds);
    s = addCustomSystem(s, { name: 'Other one', rangeKm: 300 * 1.609344 }, CONTEXT.systemIds);
    s = addCustomSystem(
      s,
      { name: 'Kalibr: 3M14', rangeKm: 101 * 1.852, source: 'TASS: 2016' },
      CONTEXT.systemIds,
    );
    s = addCustomSystem(s, { name: 'Odd', rangeKm: 123.456789 }, CONTEXT.systemIds);
    expect(encodeScenarioUrl(s)).toBe(
      'sites=49.9935,36.2304,Kharkiv' +
        '&systems=tomahawk,eram,atacms,custom-fateh-110,custom-other-one,custom-kalibr-3m14,custom-odd' +
        '&custom=Fateh-110:300km;Other%20one:300mi;Kalibr%3A%203M14:101nmi:TASS%3A%202016;Odd:123.456789km',
    );
  });

  it('writes shown custom systems by the id a reader will derive from the name', () => {
    const { scenario } = restore(
      { customSystems: [{ id: 'from-a-file', name: 'Fateh-110', rangeKm: 300 }], systemIds: ['from-a-file'] },
      CONTEXT,
    );
    expect(encodeScenarioUrl(scenario)).toContain('&systems=custom-fateh-110&custom=Fateh-110:300km');
  });

  it('writes the other settings only when they differ from what a reader fills in', () => {
    const s: Scenario = {
      ...DEFAULT,
      units: 'nmi',
      view: { center: [36.123456789, -0.000001], zoom: 6.256 },
      title: 'Range & reach: 2025',
      theme: 'dark',
      basemap: 'osm',
    };
    expect(encodeScenarioUrl(s).split('&').slice(2)).toEqual([
      'units=nmi',
      'view=0,36.12346,6.26',
      'title=Range%20%26%20reach%3A%202025',
      'theme=dark',
      'basemap=osm',
    ]);
    expect(encodeScenarioUrl({ ...DEFAULT, title: '' })).toContain('&title=');
  });

  it('writes a value equal to custom defaults when a reader would fill in another', () => {
    const defaults: Scenario = { ...DEFAULT, units: 'mi', theme: 'dark', title: 'Embed' };
    expect(encodeScenarioUrl({ ...DEFAULT, units: 'mi' }, defaults)).toContain('&units=mi');
    expect(encodeScenarioUrl(DEFAULT, defaults)).toContain(
      '&units=km&title=How%20far%20they%20reach&theme=light',
    );
  });

  it('never throws on a lone surrogate a caller put in a label', () => {
    const s = addSite({ ...DEFAULT, sites: [] }, [30, 50], 'ok');
    const broken = { ...s, sites: [{ ...s.sites[0]!, label: 'a\ud800b' }] };
    expect(encodeScenarioUrl(broken)).toBe('sites=50,30,a%EF%BF%BDb&systems=tomahawk,eram,atacms');
  });
});
