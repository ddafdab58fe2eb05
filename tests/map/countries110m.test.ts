import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import countries110m from 'world-atlas/countries-110m.json';
import { packOutlines } from '../../src/data/packOutlines';
import { COUNTRIES_110M } from '../../src/map/countries110m';
import { unpackOutlines } from '../../src/map/packedOutlines';
import { UNIT_STEPS } from '../../src/map/packUnitOutlines';

const topology = countries110m as unknown as Topology<{ countries: GeometryCollection }>;

describe('COUNTRIES_110M', () => {
  it('holds the rings of world-atlas’s 1:110m file as the build prepared them, within half a step', () => {
    const unit = unpackOutlines(packOutlines(topology));
    const shipped = COUNTRIES_110M.outlines;
    expect([...shipped.lengths]).toEqual([...unit.lengths]);
    let worst = 0;
    for (let i = 0; i < unit.coordinates.length; i++)
      worst = Math.max(worst, Math.abs((shipped.coordinates[i] as number) - (unit.coordinates[i] as number)));
    expect(worst).toBeLessThanOrEqual(0.5 / UNIT_STEPS + 2 ** -25);
    expect(shipped.coordinates.length).toBe(unit.coordinates.length);
    expect(COUNTRIES_110M.scale).toBe('110m');
  });
});
