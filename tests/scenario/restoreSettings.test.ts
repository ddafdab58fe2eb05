// restore: the settings (unit, theme, view, title…) and the bidi controls a text may not carry.
import { describe, expect, it } from 'vitest';
import { decodeScenarioUrl, restore } from '../../src/scenario';
import { CONTEXT, DEFAULT, problem, site } from './restoreFixtures';

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
