import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import countries50m from 'world-atlas/countries-50m.json';
import countries110m from 'world-atlas/countries-110m.json';
import { packOutlines } from '../../src/data/packOutlines';
import { packRings } from '../../src/data/packRings';
import { outlinesOfRings } from '../../src/map/outlinesOfRings';
import { unpackOutlines } from '../../src/map/packedOutlines';

type Countries = Topology<{ countries: GeometryCollection }>;

describe('outlinesOfRings', () => {
  // the same rings, projected, unwrapped and boxed, as the basemap reads from the arcs (1:50m has a ring round
  // a pole, rings that cross 180° and islands of three points)
  for (const [scale, source] of [
    ['1:110m', countries110m],
    ['1:50m', countries50m],
  ] as const) {
    it(`draws world-atlas ${scale} exactly as unpackOutlines reads it from the arcs`, () => {
      const topology = source as unknown as Countries;
      const fromArcs = unpackOutlines(packOutlines(topology));
      const fromRings = outlinesOfRings(packRings(topology));
      expect([...fromRings.lengths]).toEqual([...fromArcs.lengths]);
      expect(fromRings.coordinates).toEqual(fromArcs.coordinates);
      expect(fromRings.boxes).toEqual(fromArcs.boxes);
    });
  }
});
