// The distance map's d3 projection, drawn as d3 draws it: geoPath's own output (with d3's resampling and
// clipping) puts every ring around the centre on a true circle, fills a ring's disk, and never jumps across the
// map at the antipode's cut locus.
import { geoGraticule10, geoPath } from 'd3';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { HALF_MERIDIAN_M, type LonLat, rangeRing, ringTrace } from '../../src/geo';
import { distanceProjection } from '../../src/views/distanceProjection';

const SIZE_PX = 2400;
const CENTRES: { name: string; centre: LonLat }[] = [
  { name: 'on the equator', centre: [0, 0] },
  { name: 'at Kharkiv', centre: [36.2304, 49.9935] },
  { name: 'near the north pole', centre: [15.6, 88.5] },
  { name: 'on the antimeridian', centre: [180, 12] },
  { name: 'at -180°, south', centre: [-180, -41.3] },
];

function exportSized(centre: LonLat) {
  return distanceProjection(centre).fitExtent(
    [
      [0, 0],
      [SIZE_PX, SIZE_PX],
    ],
    { type: 'Sphere' },
  );
}

function pathPoints(d: string | null): [number, number][] {
  return [...(d ?? '').matchAll(/[ML](-?[\d.e-]+),(-?[\d.e-]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
}

// d3 takes a clockwise ring as the inside (RFC 7946 the opposite): reversed, the ring bounds its disk.
function forD3(feature: Feature<Polygon | MultiPolygon>): Feature<Polygon | MultiPolygon> {
  const g = feature.geometry;
  const reverse = (rings: number[][][]) => rings.map((ring) => [...ring].reverse());
  const geometry: Polygon | MultiPolygon =
    g.type === 'Polygon'
      ? { type: 'Polygon', coordinates: reverse(g.coordinates) }
      : { type: 'MultiPolygon', coordinates: g.coordinates.map(reverse) };
  return { ...feature, geometry };
}

describe('distanceProjection', () => {
  for (const { name, centre } of CENTRES) {
    it(`${name}: geoPath draws rings of 10 km … 19,000 km as circles within 0.1 px at ${SIZE_PX} px`, () => {
      const projection = exportSized(centre);
      const [cx, cy] = projection(centre) as [number, number];
      const path = geoPath(projection);
      for (const rangeKm of [10, 300, 1600, 5500, 10_000, 15_000, 19_000]) {
        const trace = ringTrace(centre, rangeKm * 1000, 720);
        const line = { type: 'LineString' as const, coordinates: trace.vertices.map((v) => [v.lon, v.lat]) };
        const points = pathPoints(path(line));
        expect(points.length).toBeGreaterThan(700);
        const radiusPx = rangeKm * 1000 * projection.pixelsPerMetre();
        const worst = Math.max(...points.map(([x, y]) => Math.abs(Math.hypot(x - cx, y - cy) - radiusPx)));
        expect(worst, `${rangeKm} km`).toBeLessThan(0.1);
      }
    });

    it(`${name}: the whole Earth fits the frame; its outline is the rim, short of the antipode by the clip`, () => {
      const projection = exportSized(centre);
      const [cx, cy] = projection(centre) as [number, number];
      const rim = pathPoints(geoPath(projection)({ type: 'Sphere' }));
      const rimPx = HALF_MERIDIAN_M * projection.pixelsPerMetre();
      const radii = rim.map(([x, y]) => Math.hypot(x - cx, y - cy));
      // The clip stays ≤ 80 km short of the antipode (the cut locus reaches 67 km from it).
      expect(Math.min(...radii)).toBeGreaterThan(rimPx - 80_000 * projection.pixelsPerMetre());
      expect(Math.max(...radii)).toBeLessThan(rimPx);
      expect(Math.max(...radii)).toBeCloseTo(SIZE_PX / 2, 0);
    });

    it(`${name}: the graticule never jumps across the map near the antipode`, () => {
      const projection = exportSized(centre);
      const d = geoPath(projection)(geoGraticule10()) ?? '';
      let longest = 0;
      for (const part of d.split('M').filter(Boolean)) {
        const points = pathPoints(`M${part}`);
        for (let i = 1; i < points.length; i++) {
          const [x0, y0] = points[i - 1] as [number, number];
          const [x1, y1] = points[i] as [number, number];
          longest = Math.max(longest, Math.hypot(x1 - x0, y1 - y0));
        }
      }
      // Straight radial runs are up to ~150 px; a jump at the cut would cross the map (~2,000 px).
      expect(longest).toBeLessThan(300);
    });

    it(`${name}: invert() gives back the point, and null off the map`, () => {
      const projection = exportSized(centre);
      for (const p of [
        centre,
        [centre[0] + 40, centre[1] / 2],
        [centre[0] - 100, -centre[1] * 0.3],
      ] as LonLat[]) {
        const back = projection.invert?.(projection(p) as [number, number]) as LonLat;
        expect(Math.abs(((back[0] - p[0] + 540) % 360) - 180)).toBeLessThan(1e-7);
        expect(back[1]).toBeCloseTo(p[1], 7);
      }
      expect(projection.invert?.([2, 2])).toBeNull();
    });
  }

  it('clips short of the cut locus: a line across it is cut, not drawn across the map', () => {
    // The antipode of (0°, 0°) is (180°, 0°); its cut locus runs 0.6° either way along the equator.
    const across = {
      type: 'LineString' as const,
      coordinates: [
        [179.7, -3],
        [179.7, 3],
      ],
    };
    const longestJump = (clipAngleDeg?: number) => {
      const projection = distanceProjection([0, 0], { clipAngleDeg }).fitExtent(
        [
          [0, 0],
          [SIZE_PX, SIZE_PX],
        ],
        { type: 'Sphere' },
      );
      let longest = 0;
      for (const part of (geoPath(projection)(across) ?? '').split('M').filter(Boolean)) {
        const points = pathPoints(`M${part}`);
        for (let i = 1; i < points.length; i++) {
          const [x0, y0] = points[i - 1] as [number, number];
          const [x1, y1] = points[i] as [number, number];
          longest = Math.max(longest, Math.hypot(x1 - x0, y1 - y0));
        }
      }
      return longest;
    };
    expect(longestJump(179.9)).toBeGreaterThan(1000); // what the default clip avoids
    expect(longestJump()).toBeLessThan(300);
  });

  it('fills a ring as its disk: the area is π r² in pixels', () => {
    const centre: LonLat = [36.2304, 49.9935];
    const projection = exportSized(centre);
    const path = geoPath(projection);
    for (const rangeKm of [300, 1600, 5500]) {
      const disk = forD3(rangeRing(centre, rangeKm * 1000, { vertices: 720 }));
      const radiusPx = rangeKm * 1000 * projection.pixelsPerMetre();
      expect(path.area(disk) / (Math.PI * radiusPx * radiusPx)).toBeCloseTo(1, 3);
    }
  });

  it('gives the same answer from a fresh projection, whichever centres were drawn in between', () => {
    const points: LonLat[] = [
      [30.52, 50.45],
      [-74, 40.7],
      [151.2, -33.9],
    ];
    const first = points.map((p) => distanceProjection([20.51, 54.71])(p));
    for (const centre of [[0, 0] as LonLat, [120, -30] as LonLat, [20.51, 54.71] as LonLat]) {
      for (const p of points) distanceProjection(centre)(p);
    }
    expect(points.map((p) => distanceProjection([20.51, 54.71])(p))).toEqual(first);
    const other = distanceProjection([0, 0]);
    expect(points.map((p) => other(p))).not.toEqual(first);
  });

  it('keeps translate and scale: panned and zoomed, a ring is still its true size', () => {
    const centre: LonLat = [-73.78, 40.64];
    const projection = distanceProjection(centre).scale(300).translate([100, -50]);
    const [cx, cy] = projection(centre) as [number, number];
    expect([cx, cy]).toEqual([100, -50]);
    const trace = ringTrace(centre, 2_000_000, 360);
    const radiusPx = 2_000_000 * projection.pixelsPerMetre();
    for (const v of trace.vertices) {
      const [x, y] = projection([v.lon, v.lat]) as [number, number];
      expect(Math.abs(Math.hypot(x - cx, y - cy) - radiusPx)).toBeLessThan(1e-6);
    }
    expect(projection.centre()).toEqual(centre);
  });
});
