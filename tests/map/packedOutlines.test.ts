import type { FeatureCollection } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import countries110m from 'world-atlas/countries-110m.json';
import { packOutlines } from '../../src/data/packOutlines';
import { unwrapCountries } from '../../src/map/countryGeometry';
import { mercatorX, mercatorY } from '../../src/map/countryLabels';
import { unpackOutlines } from '../../src/map/packedOutlines';

const topology = countries110m as unknown as Topology<{ countries: GeometryCollection }>;
const WORLD = unwrapCountries(feature(topology, topology.objects.countries) as FeatureCollection);

describe('packOutlines / unpackOutlines', () => {
  const packed = packOutlines(topology);
  const unit = unpackOutlines(packed);
  const rings = WORLD.features.flatMap((f) =>
    f.geometry.type === 'Polygon' ? f.geometry.coordinates : f.geometry.coordinates.flat(),
  );

  it('gives back every ring, point by point, within a quarter of a pixel at zoom 12', () => {
    expect([...unit.lengths]).toEqual(rings.map((r) => r.length));
    const worldPx = 256 * 2 ** 12;
    let k = 0;
    let worst = 0;
    for (const ring of rings) {
      for (const [lon = 0, lat = 0] of ring) {
        worst = Math.max(
          worst,
          Math.abs((unit.coordinates[k] as number) - mercatorX(lon)) * worldPx,
          Math.abs((unit.coordinates[k + 1] as number) - mercatorY(lat)) * worldPx,
        );
        k += 2;
      }
    }
    expect(k).toBe(unit.coordinates.length);
    expect(worst).toBeLessThan(0.25);
  });

  it('boxes each ring, and no ring but Antarctica’s spans the map (rings are unwrapped at 180°)', () => {
    let k = 0;
    const wide: number[] = [];
    let outside = 0;
    unit.lengths.forEach((length, r) => {
      const [minX, minY, maxX, maxY] = unit.boxes.subarray(4 * r, 4 * r + 4);
      for (let i = 0; i < length; i++, k += 2) {
        const x = unit.coordinates[k]!;
        const y = unit.coordinates[k + 1]!;
        if (x < minX! || x > maxX! || y < minY! || y > maxY!) outside++;
      }
      if (maxX! - minX! > 0.5) wide.push(r);
    });
    expect(outside).toBe(0);
    const antarctica = WORLD.features.find((f) => f.properties?.name === 'Antarctica')!;
    const antarcticaRings =
      antarctica.geometry.type === 'Polygon' ? 1 : antarctica.geometry.coordinates.flat().length;
    expect(wide.length).toBeLessThanOrEqual(antarcticaRings);
    expect(wide.length).toBeGreaterThan(0);
  });

  it('is shorter than the TopoJSON it comes from', () => {
    const json = JSON.stringify(topology);
    expect(JSON.stringify(packed).length).toBeLessThan(json.length * 0.8);
    expect(packed.arcPoints).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it('says where packed points are damaged instead of drawing garbage', () => {
    const damaged = (arcPoints: string) => () =>
      unpackOutlines({ ...packed, arcLengths: [2], arcPoints, ringSizes: [1], ringArcs: [0] });
    expect(damaged('AA!A')).toThrow(/damaged at character 2/);
    expect(damaged('AA')).toThrow(/damaged at character 2/);
  });
});
