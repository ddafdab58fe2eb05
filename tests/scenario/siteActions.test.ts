// Site verbs: new objects every time, valid positions and labels, unchanged input for invalid requests.
import { describe, expect, it } from 'vitest';
import {
  addSite,
  defaultScenario,
  MAX_SITES,
  moveSite,
  putSiteBack,
  removeSite,
  renameSite,
  type Scenario,
} from '../../src/scenario';

const BASE = defaultScenario([{ id: 'atacms' }]);
const frozen = (s: Scenario): Scenario => structuredClone(s);

describe('addSite', () => {
  it('adds a site with a new id and a coordinates label by default', () => {
    const before = frozen(BASE);
    const s = addSite(BASE, [30.5234, 50.4501]);
    expect(BASE).toStrictEqual(before);
    expect(s.sites).toStrictEqual([
      BASE.sites[0],
      { id: 's2', label: '50.45°N 30.52°E', lonLat: [30.5234, 50.4501] },
    ]);
  });

  it('cleans the label, wraps the longitude and never reuses an id in use', () => {
    const s = addSite(addSite(BASE, [0, 0], 'a'), [190, -10], '  Fiji\n ');
    expect(s.sites.map((site) => site.id)).toEqual(['s1', 's2', 's3']);
    expect(s.sites[2]).toStrictEqual({ id: 's3', label: 'Fiji', lonLat: [-170, -10] });
    const gap = removeSite(s, 's2');
    expect(addSite(gap, [1, 1]).sites.at(-1)!.id).toBe('s4');
  });

  it('returns the scenario itself for an invalid position or a full map', () => {
    expect(addSite(BASE, [30, 91])).toBe(BASE);
    expect(addSite(BASE, [Number.NaN, 50])).toBe(BASE);
    let full = BASE;
    for (let i = 1; i < MAX_SITES; i++) full = addSite(full, [i, 0]);
    expect(full.sites).toHaveLength(MAX_SITES);
    expect(addSite(full, [0, 0])).toBe(full);
  });
});

describe('moveSite, renameSite, removeSite', () => {
  it('moves a site; a coordinates label follows, a name stays', () => {
    const s = addSite(BASE, [30, 50]);
    const moved = moveSite(moveSite(s, 's2', [31, 51]), 's1', [36.3, 50]);
    expect(moved.sites).toStrictEqual([
      { id: 's1', label: 'Kharkiv', lonLat: [36.3, 50] },
      { id: 's2', label: '51.00°N 31.00°E', lonLat: [31, 51] },
    ]);
    expect(s.sites[1]!.lonLat).toEqual([30, 50]);
  });

  it('renames a site as plain text, cut to 80; an empty name gives the coordinates', () => {
    expect(renameSite(BASE, 's1', ' Kharkiv\tairport ').sites[0]!.label).toBe('Kharkiv airport');
    expect(renameSite(BASE, 's1', '').sites[0]!.label).toBe('49.99°N 36.23°E');
    expect(Array.from(renameSite(BASE, 's1', 'x'.repeat(200)).sites[0]!.label)).toHaveLength(80);
  });

  it('removes a site, down to none', () => {
    expect(removeSite(BASE, 's1').sites).toEqual([]);
    expect(BASE.sites).toHaveLength(1);
  });

  it('returns the scenario itself for an unknown id or an invalid position', () => {
    expect(moveSite(BASE, 'nope', [0, 0])).toBe(BASE);
    expect(moveSite(BASE, 's1', [0, -100])).toBe(BASE);
    expect(renameSite(BASE, 'nope', 'x')).toBe(BASE);
    expect(removeSite(BASE, 'nope')).toBe(BASE);
  });
});

describe('putSiteBack', () => {
  it('puts a moved and renamed site back as it was, and leaves a removed one removed', () => {
    const s = addSite(BASE, [30.5234, 50.4501], 'Kyiv', { labelFrom: 'place' });
    const was = s.sites[1];
    const moved = renameSite(moveSite(s, 's2', [36.23, 49.99]), 's2', 'Kharkiv');
    expect(putSiteBack(moved, was as NonNullable<typeof was>)).toStrictEqual(s);
    const gone = removeSite(moved, 's2');
    expect(putSiteBack(gone, was as NonNullable<typeof was>)).toBe(gone);
  });
});
