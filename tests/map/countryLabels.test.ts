import type { FeatureCollection, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import countries110m from 'world-atlas/countries-110m.json';
import { unwrapCountries } from '../../src/map/countryGeometry';
import {
  labelCandidate,
  labelCandidates,
  labelFits,
  mercatorX,
  mercatorY,
  pickLabels,
} from '../../src/map/countryLabels';
import { signedDistance } from '../../src/map/poleOfInaccessibility';

const square = (west: number, south: number, sizeDeg: number): Polygon => ({
  type: 'Polygon',
  coordinates: [
    [
      [west, south],
      [west + sizeDeg, south],
      [west + sizeDeg, south + sizeDeg],
      [west, south + sizeDeg],
      [west, south],
    ],
  ],
});

const topology = countries110m as unknown as Topology<{ countries: GeometryCollection }>;
const WORLD = unwrapCountries(feature(topology, topology.objects.countries) as FeatureCollection);

describe('labelFits', () => {
  // "Abc" is 3 × 6.2 + 6 = 24.6 px wide; a 10° square at the equator is 10/360 of the world's width.
  const abc = labelCandidate('Abc', square(0, -5, 10));
  it('shows a label once its country is wider on screen than the label', () => {
    expect(abc).not.toBeNull();
    expect(labelFits(abc!, 1)).toBe(false); // 14.2 px
    expect(labelFits(abc!, 2)).toBe(true); // 28.4 px
  });

  it('needs the height too: a sliver of land wide enough for the name is not labelled', () => {
    const sliver = labelCandidate('Abc', {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [40, 0],
          [40, 0.1],
          [0, 0.1],
          [0, 0],
        ],
      ],
    });
    expect(labelFits(sliver!, 4)).toBe(false); // 0.1° ≈ 0.45 px tall at zoom 4
  });
});

describe('labelCandidate', () => {
  it('places the label inside the largest polygon, on the Mercator plane', () => {
    const c = labelCandidate('Two islands', {
      type: 'MultiPolygon',
      coordinates: [square(100, 10, 2).coordinates, square(0, 40, 6).coordinates],
    })!;
    expect(c.anchor[0]).toBeCloseTo(3, 1);
    // The Mercator middle of 40°–46° N lies north of 43° N, where the plane stretches the north more.
    expect(c.anchor[1]).toBeGreaterThan(43);
    expect(c.anchor[1]).toBeLessThan(43.2);
    expect(c.x).toBeCloseTo(mercatorX(3), 5);
    expect(c.y).toBeCloseTo((mercatorY(40) + mercatorY(46)) / 2, 3);
  });

  it('labels every Natural Earth 1:110m country inside its own outline', () => {
    const candidates = labelCandidates(WORLD);
    expect(candidates).toHaveLength(177);
    for (const f of WORLD.features) {
      const c = candidates.find((k) => k.name === f.properties?.name)!;
      const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
      const inside = polygons.some(
        (p) =>
          signedDistance(
            c.x,
            c.y,
            p.map((ring) =>
              ring.map(([lon = 0, lat = 0]) => [mercatorX(lon), mercatorY(lat)] as [number, number]),
            ),
          ) > 0,
      );
      expect(inside, c.name).toBe(true);
    }
  });

  it('puts the USA in the contiguous states, not Alaska, and Norway in Norway, not Sweden', () => {
    const candidates = labelCandidates(WORLD);
    const usa = candidates.find((c) => c.name === 'United States of America')!;
    expect(usa.anchor[0]).toBeGreaterThan(-125);
    expect(usa.anchor[0]).toBeLessThan(-67);
    expect(usa.anchor[1]).toBeLessThan(49);
    const norway = candidates.find((c) => c.name === 'Norway')!;
    const sweden = WORLD.features.find((f) => f.properties?.name === 'Sweden')!;
    const swedenRings = (sweden.geometry as Polygon).coordinates.map((ring) =>
      ring.map(([lon = 0, lat = 0]) => [mercatorX(lon), mercatorY(lat)] as [number, number]),
    );
    expect(signedDistance(norway.x, norway.y, swedenRings)).toBeLessThan(0);
  });
});

describe('pickLabels', () => {
  it('drops a label that would overlap a larger country’s label, and keeps it when zoomed in', () => {
    const big = labelCandidate('Bigland', square(0, 0, 20))!;
    const small = labelCandidate('Small', square(20, 0, 16))!;
    const order = [big, small];
    // At zoom 3 the centres are 18° ≈ 102 px apart horizontally: the labels (49 px, 37 px) do not touch.
    expect(pickLabels(order, 3).map((c) => c.name)).toEqual(['Bigland', 'Small']);
    // At zoom 2 they are 51 px apart, less than half of both widths plus the gap: the smaller one goes.
    expect(pickLabels(order, 2).map((c) => c.name)).toEqual(['Bigland']);
  });

  it('skips a name whose box a ring label takes, and keeps the others', () => {
    const big = labelCandidate('Bigland', square(0, 0, 20))!;
    const small = labelCandidate('Small', square(20, 0, 16))!;
    const worldPx = 256 * 2 ** 3;
    // a place taken around Small's anchor only (on the Web Mercator plane, in pixels at zoom 3)
    const taken = (box: { minX: number; maxX: number }) =>
      box.minX < small.x * worldPx && small.x * worldPx < box.maxX;
    expect(pickLabels([big, small], 3, taken).map((c) => c.name)).toEqual(['Bigland']);
  });

  it('shows a handful of names for the whole world and many more zoomed in, never two overlapping', () => {
    const candidates = labelCandidates(WORLD);
    const counts = [1, 2, 3, 4, 5].map((z) => pickLabels(candidates, z).length);
    expect(counts[0]).toBeLessThan(10);
    for (let i = 1; i < counts.length; i++) expect(counts[i]).toBeGreaterThanOrEqual(counts[i - 1] as number);
    expect(counts[4]).toBeGreaterThan(100);
  });
});
