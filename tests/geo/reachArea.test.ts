// reachArea against independent truth: each boundary vertex's distance to the source, found by a brute
// minimisation over the source's geodesics (not the code under test), and sampled containment.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { booleanPointInPolygon } from '@turf/turf';
import type { Feature, Geometry, GeometryCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import { describe, expect, it } from 'vitest';
import { rangeRing, reachArea } from '../../src/geo';
import { bruteDistanceToLinesM, bruteDistanceToPointsM } from '../support/bruteDistance';
// a file's front line and a peninsula beside it, as one collection: their reaches merge
import { FRONT_LINE, LINE_AND_PENINSULA } from '../support/lineAndPeninsula';
import { seededRandom } from '../support/seededRandom';

/** Brute force over GeographicLib alone (tests/support/bruteDistance): the distance to the whole source. */
function trueDistanceM(p: Position, source: Geometry): number {
  if (source.type === 'GeometryCollection') {
    return Math.min(...source.geometries.map((part) => trueDistanceM(p, part)));
  }
  const lines: Position[][] = [];
  const points: Position[] = [];
  const g = source;
  if (g.type === 'Point') points.push(g.coordinates);
  if (g.type === 'MultiPoint') points.push(...g.coordinates);
  if (g.type === 'LineString') lines.push(g.coordinates);
  if (g.type === 'MultiLineString') lines.push(...g.coordinates);
  if (g.type === 'Polygon') lines.push(...g.coordinates);
  if (g.type === 'MultiPolygon') for (const poly of g.coordinates) lines.push(...poly);
  return Math.min(bruteDistanceToPointsM(p, points), bruteDistanceToLinesM(p, lines));
}

function boundaryVertices(f: Feature<Polygon | MultiPolygon>): Position[] {
  const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  // closing vertices along ±180° and at the poles are not on the true boundary
  return polys
    .flat(2)
    .filter((q) => Math.abs(Math.abs(q[0] as number) - 180) > 1e-9 && Math.abs(q[1] as number) < 90);
}

const line = (coordinates: Position[]): Geometry => ({ type: 'LineString', coordinates });
const BERING = line([
  [172, 62],
  [178, 63],
  [-176, 64],
  [-170, 65],
]);
const SVALBARD: Geometry = {
  type: 'Polygon',
  coordinates: [
    [
      [10.5, 78.5],
      [18, 76.5],
      [25, 77.5],
      [28, 80],
      [18, 80.5],
      [10.5, 79.7],
      [10.5, 78.5],
    ],
  ],
};
const TWO_ISLANDS: Geometry = {
  type: 'MultiPolygon',
  coordinates: [
    [
      [
        [20, 40],
        [21, 40],
        [21, 41],
        [20, 41],
        [20, 40],
      ],
    ],
    [
      [
        [23, 40],
        [24, 40],
        [24, 41],
        [23, 41],
        [23, 40],
      ],
    ],
  ],
};
const RING_SHAPED: Geometry = {
  type: 'Polygon',
  coordinates: [
    [
      [10, 40],
      [30, 40],
      [30, 50],
      [10, 50],
      [10, 40],
    ],
    [
      [14, 43],
      [14, 47],
      [26, 47],
      [26, 43],
      [14, 43],
    ],
  ],
};
function ukraine110m(): Geometry {
  const require = createRequire(import.meta.url);
  const topo = JSON.parse(readFileSync(require.resolve('world-atlas/countries-110m.json'), 'utf8'));
  const all = feature(topo, topo.objects.countries) as unknown as { features: Feature[] };
  return (all.features.find((f) => f.properties?.name === 'Ukraine') as Feature).geometry;
}

// many short zigzag edges, as a front line drawn by hand: most pieces lie deep inside others
const ZIGZAG_LINE = line(
  Array.from({ length: 30 }, (_, i) => [37.6 + 0.15 * Math.sin(i * 1.3), 49.7 - i * 0.07]),
);
// a wiggly coast round a square, closed: convex and reflex bends by turns, far inside the hull's circles
const WIGGLY_ISLAND: Geometry = {
  type: 'Polygon',
  coordinates: [
    Array.from({ length: 41 }, (_, i) => {
      const t = ((i % 40) / 40) * 2 * Math.PI;
      const r = 2 + 0.15 * Math.sin(i * 2.1) + 0.5 * Math.cos(4 * t);
      return [20 + r * Math.cos(t) * 1.4, 55 + r * Math.sin(t)];
    }),
  ],
};
const SCATTERED_POINTS: Geometry = {
  type: 'MultiPoint',
  coordinates: [
    [10, 50],
    [12, 51],
    [11, 49.5],
    [14, 50.5],
    [13, 52],
    [11.5, 50.2],
  ],
};

const CASES: [string, () => Geometry, number][] = [
  ['a front line and a peninsula in one collection, 200 km', () => LINE_AND_PENINSULA, 200_000],
  ['a zigzag front line of 30 vertices, 300 km', () => ZIGZAG_LINE, 300_000],
  ['a wiggly island of 40 vertices, 1,200 km', () => WIGGLY_ISLAND, 1_200_000],
  ['scattered points, 400 km', () => SCATTERED_POINTS, 400_000],
  ['front line in eastern Ukraine, 300 km', () => FRONT_LINE, 300_000],
  ['line across the antimeridian in the Bering Sea, 460 km', () => BERING, 460_000],
  ['Svalbard, 1,500 km (encloses the North Pole)', () => SVALBARD, 1_500_000],
  ['two islands whose areas merge, 150 km', () => TWO_ISLANDS, 150_000],
  ['a ring-shaped polygon that keeps its hole, 100 km', () => RING_SHAPED, 100_000],
  ["Ukraine's 1:110m outline, 1,600 km", ukraine110m, 1_600_000],
];

describe('reachArea: exact against an independent minimisation', () => {
  for (const [name, source, rangeM] of CASES) {
    it(`${name}: every boundary vertex is within 1 m of the range`, () => {
      const area = reachArea(source(), rangeM, { vertices: 180 });
      const vs = boundaryVertices(area);
      expect(vs.length).toBeGreaterThan(50);
      // every vertex of small cases; an even sample of the large one keeps the brute force quick
      const step = Math.max(1, Math.floor(vs.length / 60));
      for (let i = 0; i < vs.length; i += step) {
        const d = trueDistanceM(vs[i] as Position, source());
        expect(Math.abs(d - rangeM), JSON.stringify(vs[i])).toBeLessThan(1);
      }
      for (const q of area.geometry.coordinates.flat(
        area.geometry.type === 'Polygon' ? 1 : 2,
      ) as Position[]) {
        expect(q[0]).toBeGreaterThanOrEqual(-180);
        expect(q[0]).toBeLessThanOrEqual(180);
      }
    }, 120_000);

    it(`${name}: sampled points are inside exactly when within range`, () => {
      const src = source();
      const area = reachArea(src, rangeM, { vertices: 180 });
      const random = seededRandom(rangeM);
      const [c0, c1] = firstPosition(src);
      const spreadDeg = (rangeM / 111_000) * 2.2 + 6;
      let checked = 0;
      for (let i = 0; i < 90; i++) {
        const lat = Math.max(-89.9, Math.min(89.9, c1 + (random() - 0.5) * spreadDeg));
        const lon = ((c0 + (random() - 0.5) * spreadDeg * 2 + 540) % 360) - 180;
        const d = trueDistanceM([lon, lat], src);
        // the chord error of 180 steps is under 0.1 % of the range; skip points nearer than that
        if (Math.abs(d - rangeM) < rangeM * 0.002 + 500) continue;
        if (d > rangeM && insideSource([lon, lat], src)) continue; // inside a polygon: distance 0
        expect(booleanPointInPolygon([lon, lat], area), `${lon},${lat} at ${d} m`).toBe(
          d < rangeM || insideSource([lon, lat], src),
        );
        checked++;
      }
      expect(checked).toBeGreaterThan(40);
    }, 120_000);
  }
});

function firstPosition(g: Geometry): [number, number] {
  const flat = JSON.stringify(g)
    .match(/-?\d+(\.\d+)?/g)
    ?.map(Number) ?? [0, 0];
  return [flat[0] as number, flat[1] as number];
}

function insideSource(p: Position, g: Geometry): boolean {
  if (g.type === 'GeometryCollection') return g.geometries.some((part) => insideSource(p, part));
  if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') return false;
  return booleanPointInPolygon(p, { type: 'Feature', properties: {}, geometry: g });
}

describe('reachArea: shapes', () => {
  it('from a Point is exactly the range ring', () => {
    const point: Geometry = { type: 'Point', coordinates: [36.2304, 49.9935] };
    expect(reachArea(point, 1_600_000, { vertices: 64 }).geometry).toEqual(
      rangeRing([36.2304, 49.9935], 1_600_000, { vertices: 64 }).geometry,
    );
  });

  it('Svalbard at 1,500 km is one polygon closed along ±180° and the North Pole', () => {
    const area = reachArea(SVALBARD, 1_500_000, { vertices: 180 });
    expect(area.geometry.type).toBe('Polygon');
    expect(booleanPointInPolygon([0, 89.99], area)).toBe(true);
    expect(booleanPointInPolygon([150, 89.99], area)).toBe(true);
    const outer = (area.geometry as Polygon).coordinates[0] as Position[];
    expect(outer.some((q) => q[1] === 90)).toBe(true);
    expect(outer.some((q) => q[0] === -180) && outer.some((q) => q[0] === 180)).toBe(true);
  });

  it('across the antimeridian, the area is split there into a MultiPolygon', () => {
    const area = reachArea(BERING, 460_000, { vertices: 180 });
    expect(area.geometry.type).toBe('MultiPolygon');
    expect((area.geometry as MultiPolygon).coordinates).toHaveLength(2);
    expect(booleanPointInPolygon([179.9, 63.2], area)).toBe(true);
    expect(booleanPointInPolygon([-179.9, 63.2], area)).toBe(true);
  });

  it('two islands merge at 150 km and stay apart at 50 km', () => {
    expect(reachArea(TWO_ISLANDS, 150_000, { vertices: 90 }).geometry.type).toBe('Polygon');
    const apart = reachArea(TWO_ISLANDS, 50_000, { vertices: 90 });
    expect(apart.geometry.type).toBe('MultiPolygon');
    expect((apart.geometry as MultiPolygon).coordinates).toHaveLength(2);
  });

  it('keeps a hole wider than twice the range, and fills it when it is not', () => {
    const kept = reachArea(RING_SHAPED, 100_000, { vertices: 90 });
    expect((kept.geometry as Polygon).coordinates).toHaveLength(2);
    expect(booleanPointInPolygon([20, 45], kept)).toBe(false);
    const filled = reachArea(RING_SHAPED, 300_000, { vertices: 90 });
    expect((filled.geometry as Polygon).coordinates).toHaveLength(1);
    expect(booleanPointInPolygon([20, 45], filled)).toBe(true);
  });

  it('a line and a polygon in one collection reach as one area, where each reaches', () => {
    const merged = reachArea(LINE_AND_PENINSULA, 200_000, { vertices: 180 });
    expect(merged.geometry.type).toBe('Polygon');
    expect(merged.properties.sourceType).toBe('GeometryCollection');
    for (const part of (LINE_AND_PENINSULA as GeometryCollection).geometries) {
      const alone = reachArea(part, 200_000, { vertices: 180 });
      // a point well inside each part's own reach is inside the collection's
      const [lon, lat] = firstPosition(part);
      expect(booleanPointInPolygon([lon, lat], alone)).toBe(true);
      expect(booleanPointInPolygon([lon, lat], merged)).toBe(true);
    }
    // between the two, nearer to each than 200 km: reached, in one piece
    expect(booleanPointInPolygon([34.5, 46.3], merged)).toBe(true);
  });

  it('names a bad position, and refuses what it cannot measure from', () => {
    expect(() =>
      reachArea(
        line([
          [30, 50],
          [31, 95],
        ]),
        1000,
      ),
    ).toThrow(/coordinates\[1\].*latitude/);
    expect(() => reachArea({ type: 'GeometryCollection', geometries: [] }, 1000)).toThrow(
      /GeometryCollection has no positions/,
    );
    const badPart: Geometry = {
      type: 'GeometryCollection',
      geometries: [
        FRONT_LINE,
        line([
          [30, 50],
          [31, 95],
        ]),
      ],
    };
    expect(() => reachArea(badPart, 1000)).toThrow(/geometries\[1\] coordinates\[1\].*latitude/);
    expect(() => reachArea(FRONT_LINE, -1)).toThrow(RangeError);
    expect(() => reachArea(FRONT_LINE, 19_500_000)).toThrow(/up to/);
  });
});
