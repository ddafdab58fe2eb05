// The screen-reader summary of the map: which rings, in the chosen unit, from which launch points.
import { describe, expect, it } from 'vitest';
import { countryOutline, type Place } from '../../src/data';
import { nearestOnSource, reachSource } from '../../src/geo';
import type { SystemEntry } from '../../src/panels';
import { ringsSummaryText } from '../../src/panels';
import { formatDistance, type Site } from '../../src/scenario';

const entry = (id: string, name: string, rangeKm: number): SystemEntry => ({
  id,
  name,
  rangeKm,
  sources: [],
  custom: false,
  color: '#000',
});
const TOMAHAWK = entry('tomahawk', 'Tomahawk', 1600);
const ATACMS = entry('atacms', 'ATACMS', 300);
const KHARKIV: Site = { id: 's1', label: 'Kharkiv', lonLat: [36.23, 49.99] };
const KYIV: Site = { id: 's2', label: 'Kyiv', lonLat: [30.52, 50.45] };

describe('ringsSummaryText', () => {
  it('says the reach from each launch area, after the rings or alone', () => {
    const areas = [
      { kind: 'country', code: 'UA' },
      { kind: 'country', code: 'MD' },
    ] as const;
    expect(ringsSummaryText([], [ATACMS], 'km', areas)).toBe(
      `ATACMS's reach from Ukraine (about ${formatDistance(300, 'km')}) covers every point within that distance of it. ` +
        `ATACMS's reach from Moldova (about ${formatDistance(300, 'km')}) covers every point within that distance of it.`,
    );
    expect(ringsSummaryText([KHARKIV], [ATACMS], 'km', areas)).toMatch(
      /drawn from Kharkiv\. ATACMS's reach from Ukraine \(about 300 km\) covers/,
    );
  });

  it('counts the cities a reach covers outside the area, and names the farthest, in the chosen unit', () => {
    const place = (name: string, iso2: string, lonLat: [number, number]): Place => ({
      name,
      asciiName: name,
      country: iso2,
      iso2,
      lonLat,
      population: 500_000,
      capital: false,
    });
    const belgorod = place('Belgorod', 'RU', [36.5983, 50.6]);
    const minsk = place('Minsk', 'BY', [27.5667, 53.9]);
    const kyiv = place('Kyiv', 'UA', [30.5234, 50.4501]);
    const madrid = place('Madrid', 'ES', [-3.7038, 40.4168]);
    const places = [madrid, kyiv, minsk, belgorod];
    const ukraine = countryOutline('UA', '110m')?.geometry;
    if (!ukraine) throw new Error('no outline of Ukraine');
    const km = (p: Place) => nearestOnSource(p.lonLat, reachSource(ukraine)).distanceM / 1000;
    const text = ringsSummaryText([], [ATACMS, TOMAHAWK], 'mi', [{ kind: 'country', code: 'UA' }], {
      places,
    });
    expect(text).toBe(
      `ATACMS's reach from Ukraine (about ${formatDistance(300, 'mi')}) covers 2 cities of 100,000 people or more outside it, ` +
        `as far as Minsk (${formatDistance(km(minsk), 'mi')}) and Belgorod (${formatDistance(km(belgorod), 'mi')}). ` +
        `Tomahawk's reach from Ukraine (about ${formatDistance(1600, 'mi')}) covers 2 cities of 100,000 people or more outside it, ` +
        `as far as Minsk (${formatDistance(km(minsk), 'mi')}) and Belgorod (${formatDistance(km(belgorod), 'mi')}).`,
    );
    expect(km(madrid)).toBeGreaterThan(1600);
    expect(
      ringsSummaryText([], [ATACMS], 'km', [{ kind: 'country', code: 'UA' }], { places: [madrid] }),
    ).toBe(
      `ATACMS's reach from Ukraine (about ${formatDistance(300, 'km')}) covers no city of 100,000 people or more outside it.`,
    );
  });

  it('names each ring with its range in the chosen unit, and the launch point', () => {
    expect(ringsSummaryText([KHARKIV], [TOMAHAWK, ATACMS], 'km')).toBe(
      `Range rings of Tomahawk (about ${formatDistance(1600, 'km')}), ATACMS (about ${formatDistance(300, 'km')}), drawn from Kharkiv.`,
    );
    expect(ringsSummaryText([KHARKIV], [TOMAHAWK], 'mi')).toContain(formatDistance(1600, 'mi'));
  });

  it('counts several launch points, and says when nothing is drawn', () => {
    expect(ringsSummaryText([KHARKIV, KYIV], [ATACMS], 'km')).toMatch(
      /drawn from 2 launch points: Kharkiv; Kyiv\.$/,
    );
    expect(ringsSummaryText([], [ATACMS], 'km')).toBe('No launch point: no range ring is drawn.');
    expect(ringsSummaryText([KHARKIV], [], 'km')).toBe('No system is shown for Kharkiv.');
  });
});
