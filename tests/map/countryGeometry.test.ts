import type { FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import countries110m from 'world-atlas/countries-110m.json';
import { shiftWorld, unwrapCountries, unwrapRing } from '../../src/map/countryGeometry';

const topology = countries110m as unknown as Topology<{ countries: GeometryCollection }>;
const RAW = feature(topology, topology.objects.countries) as FeatureCollection<Polygon | MultiPolygon>;

const rings = (g: Polygon | MultiPolygon): Position[][] =>
  g.type === 'Polygon' ? g.coordinates : g.coordinates.flat();
const maxStep = (ring: Position[]) =>
  Math.max(...ring.slice(1).map((p, i) => Math.abs((p[0] as number) - (ring[i]?.[0] as number))));

describe('unwrapRing', () => {
  it('continues a ring cut at 180° past it instead of jumping to -180°', () => {
    const cut = [
      [179, 65],
      [-179, 66],
      [-178, 65],
      [179, 64],
      [179, 65],
    ];
    expect(unwrapRing(cut)).toEqual([
      [179, 65],
      [181, 66],
      [182, 65],
      [179, 64],
      [179, 65],
    ]);
  });

  it('leaves a ring that goes once around a pole as it is', () => {
    const aroundPole = [
      [-180, -70],
      [0, -70],
      [180, -70],
      [180, -90],
      [-180, -90],
      [-180, -70],
    ];
    expect(unwrapRing(aroundPole)).toBe(aroundPole);
  });
});

describe('unwrapCountries on Natural Earth 1:110m', () => {
  it('removes every jump across the map except along the edge of Antarctica', () => {
    const before = RAW.features.filter((f) => rings(f.geometry).some((r) => maxStep(r) > 180));
    expect(before.map((f) => f.properties?.name).sort()).toEqual(['Antarctica', 'Fiji', 'Russia']);
    const after = unwrapCountries(RAW).features.filter((f) =>
      rings(f.geometry).some((r) => maxStep(r) > 180),
    );
    expect(after.map((f) => f.properties?.name)).toEqual(['Antarctica']);
  });

  it('keeps Chukotka east of 180° attached to the Russian mainland', () => {
    const russia = unwrapCountries(RAW).features.find((f) => f.properties?.name === 'Russia')!;
    const lons = rings(russia.geometry)
      .flat()
      .map((p) => p[0] as number);
    expect(Math.max(...lons)).toBeGreaterThan(185);
  });
});

describe('shiftWorld', () => {
  it('moves every vertex by exactly 360°', () => {
    const world = unwrapCountries(RAW);
    const east = shiftWorld(world, 360);
    expect(east.features).toHaveLength(world.features.length);
    world.features.forEach((f, i) => {
      const a = rings(f.geometry).flat();
      const b = rings(east.features[i]!.geometry).flat();
      expect(b).toEqual(a.map(([lon, lat]) => [(lon as number) + 360, lat]));
    });
  });
});
