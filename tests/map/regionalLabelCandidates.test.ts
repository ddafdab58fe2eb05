// The further places of a wide country's name, on the 1:110m outlines the basemap draws: each inside the
// country (turf's point-in-polygon on its outline, not our own), in the part a reader frames (west of the
// Urals for a map of Ukraine); none for a country narrower than 30°.
import { booleanPointInPolygon, point } from '@turf/turf';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import countries110m from 'world-atlas/countries-110m.json';
import { unwrapCountries } from '../../src/map/countryGeometry';
import { largestPolygon } from '../../src/map/countryLabels';
import { regionalLabelCandidates } from '../../src/map/regionalLabelCandidates';

const topology = countries110m as unknown as Topology<{ countries: GeometryCollection }>;
const WORLD = unwrapCountries(feature(topology, topology.objects.countries) as FeatureCollection);
const outlineOf = (name: string) => {
  const f = WORLD.features.find((c) => c.properties?.name === name);
  return largestPolygon(f?.geometry as Polygon | MultiPolygon) ?? [];
};

describe('regionalLabelCandidates', () => {
  const russia = outlineOf('Russia');
  const found = regionalLabelCandidates('Russia', russia);

  it('places every one inside the country, largest first', () => {
    expect(found.length).toBeGreaterThan(20);
    const shape = { type: 'Polygon' as const, coordinates: russia };
    for (const c of found) expect(booleanPointInPolygon(point(c.anchor), shape), String(c.anchor)).toBe(true);
    for (let i = 1; i < found.length; i++)
      expect((found[i] as { area: number }).area).toBeLessThanOrEqual(
        (found[i - 1] as { area: number }).area,
      );
  });

  it('has a place west of the Urals, and one within a zoom-6 view of Kharkiv (Belgorod, Kursk, Voronezh)', () => {
    expect(found.some((c) => c.anchor[0] < 50 && c.anchor[1] < 62)).toBe(true);
    // the view of Kharkiv at zoom 6 on a 920 × 720 map: about 26.1–46.3° E, 45.0–54.9° N
    expect(
      found.some((c) => c.anchor[0] > 26.1 && c.anchor[0] < 46.3 && c.anchor[1] > 45 && c.anchor[1] < 54.9),
    ).toBe(true);
  });

  it('gives none to a country narrower than 30° (Ukraine, France)', () => {
    expect(regionalLabelCandidates('Ukraine', outlineOf('Ukraine'))).toEqual([]);
    expect(regionalLabelCandidates('France', outlineOf('France'))).toEqual([]);
  });
});
