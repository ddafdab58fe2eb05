import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import countries110m from 'world-atlas/countries-110m.json';
import { packOutlines } from '../../src/data/packOutlines';
import { COUNTRIES_110M } from '../../src/map/countries110m';
import { unpackOutlines } from '../../src/map/packedOutlines';

const topology = countries110m as unknown as Topology<{ countries: GeometryCollection }>;

describe('COUNTRIES_110M', () => {
  it('holds the rings of world-atlas’s 1:110m file, number for number as read from its arcs', () => {
    const unit = unpackOutlines(packOutlines(topology));
    const shipped = COUNTRIES_110M.outlines;
    expect([...shipped.lengths]).toEqual([...unit.lengths]);
    expect(shipped.coordinates).toEqual(unit.coordinates);
    expect(shipped.boxes).toEqual(unit.boxes);
    expect(COUNTRIES_110M.scale).toBe('110m');
  });
});
