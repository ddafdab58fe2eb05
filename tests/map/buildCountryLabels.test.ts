import type { FeatureCollection } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import countries50m from 'world-atlas/countries-50m.json';
import countries110m from 'world-atlas/countries-110m.json';
import { buildCountryLabels, unpackCountryLabels } from '../../src/map/buildCountryLabels';
import { unwrapCountries } from '../../src/map/countryGeometry';
import { labelCandidates, pickLabels } from '../../src/map/countryLabels';

const outlines = (data: unknown) => {
  const topology = data as Topology<{ countries: GeometryCollection }>;
  return unwrapCountries(feature(topology, topology.objects.countries) as FeatureCollection);
};
const WORLD_110M = outlines(countries110m);
const WORLD_50M = outlines(countries50m);
const built = buildCountryLabels(WORLD_110M, WORLD_50M);

describe('buildCountryLabels', () => {
  it('ships the 1:110m candidates as the page placed them, in the same order, to a thousandth of a pixel', () => {
    const placed = labelCandidates(WORLD_110M);
    // each country's own candidate first, then the wide countries' further places (regionalLabelCandidates)
    const all = unpackCountryLabels(built['110m']);
    const shipped = all.slice(0, placed.length);
    expect(new Set(all.slice(placed.length).map((c) => c.name))).toEqual(
      new Set([
        'Russia',
        'Canada',
        'China',
        'United States of America',
        'Brazil',
        'Australia',
        'Kazakhstan',
        'Greenland',
        'Mongolia',
        'Mexico',
      ]),
    );
    expect(shipped.map((c) => c.name)).toEqual(placed.map((c) => c.name));
    const worldPxAtZoom12 = 256 * 2 ** 12;
    shipped.forEach((c, i) => {
      const p = placed[i]!;
      expect(Math.abs(c.x - p.x) * worldPxAtZoom12, c.name).toBeLessThan(0.01);
      expect(Math.abs(c.y - p.y) * worldPxAtZoom12, c.name).toBeLessThan(0.01);
      expect(c.anchor[0]).toBeCloseTo(p.anchor[0], 5);
      expect(c.anchor[1]).toBeCloseTo(p.anchor[1], 5);
    });
    // the same labels are picked at every zoom
    for (const zoom of [1, 3, 5, 8]) {
      expect(pickLabels(shipped, zoom).map((c) => c.name)).toEqual(
        pickLabels(placed, zoom).map((c) => c.name),
      );
    }
  });

  it('adds the small countries only 1:50m has, keeping the 1:110m placement of the others', () => {
    const detailed = unpackCountryLabels(built['50m']);
    const names = detailed.map((c) => c.name);
    expect(names).toContain('Malta');
    expect(built['110m'].map(([name]) => name)).not.toContain('Malta');
    // one candidate each, then more places for the wide countries only
    const own = names.slice(0, new Set(names).size);
    expect(new Set(own).size).toBe(own.length);
    expect(names.slice(own.length).every((name) => own.slice(0, 40).includes(name))).toBe(true);
    const ukraine = (list: (typeof built)['50m']) => list.find(([name]) => name === 'Ukraine');
    expect(ukraine(built['50m'])).toEqual(ukraine(built['110m']));
    // largest on the map first (Antarctica, then Russia): they claim their space before anyone
    expect(names.slice(0, 2)).toEqual(['Antarctica', 'Russia']);
  });
});
