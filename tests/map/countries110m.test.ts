import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import countries110m from 'world-atlas/countries-110m.json';
import { COUNTRIES_110M } from '../../src/map/countries110m';
import { packOutlines, unpackOutlines } from '../../src/map/packedOutlines';

const topology = countries110m as unknown as Topology<{ countries: GeometryCollection }>;

describe('COUNTRIES_110M', () => {
  it('holds the rings of world-atlas’s 1:110m TopoJSON, packed at build time', () => {
    const fromTopology = unpackOutlines(packOutlines(topology));
    expect(COUNTRIES_110M.scale).toBe('110m');
    expect(COUNTRIES_110M.outlines.lengths.length).toBe(286);
    expect([...COUNTRIES_110M.outlines.lengths]).toEqual([...fromTopology.lengths]);
    expect(COUNTRIES_110M.outlines.coordinates).toEqual(fromTopology.coordinates);
    expect(COUNTRIES_110M.outlines.boxes).toEqual(fromTopology.boxes);
  });
});
