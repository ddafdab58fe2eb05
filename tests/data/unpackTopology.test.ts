import type { Feature } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import countries50m from 'world-atlas/countries-50m.json';
import countries110m from 'world-atlas/countries-110m.json';
import { packOutlines } from '../../src/data/packOutlines';
import { unpackTopology } from '../../src/data/unpackTopology';

type Countries = Topology<{ countries: GeometryCollection<{ name: string }> }>;

describe('unpackTopology', () => {
  // topojson-client reads both, the world-atlas file and the one read back from the packed form
  for (const [scale, source] of [
    ['1:110m', countries110m],
    ['1:50m', countries50m],
  ] as const) {
    it(`gives topojson-client the very countries of world-atlas ${scale}, coordinate for coordinate`, () => {
      const original = source as unknown as Countries;
      const unpacked = unpackTopology(packOutlines(original));
      const want = original.objects.countries.geometries;
      const got = unpacked.objects.countries.geometries;
      expect(got).toHaveLength(want.length);
      got.forEach((geometry, i) => {
        const expected = want[i]!;
        const name = (g: typeof geometry) => (g.properties as { name: string }).name;
        const shape = (t: Countries, g: typeof geometry) => (feature(t, g) as Feature).geometry;
        expect(name(geometry)).toBe(name(expected));
        expect(shape(unpacked, geometry)).toEqual(shape(original, expected));
      });
    });
  }
});
