// placesNearSource against brute force: every edge of the area measured for every place (no screening), an
// independent inside test (Turf's booleanPointInPolygon), and dense sampling of the edges with distanceM.
import { booleanPointInPolygon } from '@turf/turf';
import type { LineString, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { countryOutline } from '../../src/data';
import {
  distanceM,
  geodesicPath,
  type LonLat,
  nearestOnSource,
  placesNearSource,
  reachSource,
} from '../../src/geo';
import { seededRandom } from '../support/seededRandom';

interface TestPlace {
  id: number;
  lonLat: LonLat;
}

function randomPlaces(
  count: number,
  seed: number,
  [west, south, east, north]: readonly [number, number, number, number],
): TestPlace[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, id) => ({
    id,
    lonLat: [west + random() * (east - west), south + random() * (north - south)] as LonLat,
  }));
}

/** Each place's distance to every edge, the least kept; 0 inside a polygon. */
function bruteForce(source: Polygon | MultiPolygon | LineString, places: TestPlace[]) {
  const parts = reachSource(source);
  return places.map((place) => {
    const inside = source.type !== 'LineString' && booleanPointInPolygon(place.lonLat, source);
    return { id: place.id, inside, d: inside ? 0 : nearestOnSource(place.lonLat, parts).distanceM };
  });
}

const UKRAINE = countryOutline('UA', '110m')?.geometry as Polygon | MultiPolygon;
// A front line in eastern Ukraine, west to east.
const FRONT: LineString = {
  type: 'LineString',
  coordinates: [
    [32.6, 46.6],
    [35.0, 47.4],
    [36.6, 47.8],
    [37.6, 48.0],
    [38.0, 48.6],
    [38.2, 49.2],
    [37.9, 49.9],
  ],
};

describe.each([
  ['Ukraine', UKRAINE, [20, 40, 45, 58]],
  ['a front line', FRONT, [28, 42, 44, 54]],
] as const)('placesNearSource from %s', (_, source, box) => {
  const places = randomPlaces(400, 12, box);
  const truth = bruteForce(source, places);
  const ranges = [50_000, 300_000, 1_000_000];

  it('lists exactly the places within each range, nearest first, with the least distance to any edge', () => {
    const lists = placesNearSource(source, ranges, places);
    ranges.forEach((rangeM, r) => {
      const expected = truth.filter((t) => !t.inside && t.d <= rangeM).sort((a, b) => a.d - b.d);
      const list = lists[r] ?? [];
      expect(list.map((f) => f.place.id)).toEqual(expected.map((t) => t.id));
      list.forEach((f, i) => {
        expect(f.distanceM).toBeCloseTo(expected[i]?.d ?? Number.NaN, 3);
        expect(f.inside).toBe(false);
      });
    });
    expect(lists[1]?.length).toBeGreaterThan(20);
  });

  it('lists the places inside the area first, at distance 0, when asked', () => {
    const [list = []] = placesNearSource(source, [300_000], places, { includeInside: true });
    const inside = truth.filter((t) => t.inside).map((t) => t.id);
    expect(
      list
        .filter((f) => f.inside)
        .map((f) => f.place.id)
        .sort((a, b) => a - b),
    ).toEqual(inside);
    if (source.type !== 'LineString') expect(inside.length).toBeGreaterThan(5);
    expect(list.slice(0, inside.length).every((f) => f.inside && f.distanceM === 0)).toBe(true);
  });
});

describe('placesNearSource', () => {
  it('agrees with the edges sampled every few hundred metres (distanceM), never farther than them', () => {
    const places = randomPlaces(12, 5, [30, 44, 42, 52]);
    const [list = []] = placesNearSource(FRONT, [2_000_000], places);
    expect(list).toHaveLength(places.length);
    const coords = FRONT.coordinates as LonLat[];
    for (const { place, distanceM: found } of list) {
      let sampled = Number.POSITIVE_INFINITY;
      for (let i = 0; i + 1 < coords.length; i++) {
        for (const p of geodesicPath(coords[i] as LonLat, coords[i + 1] as LonLat, 800)) {
          sampled = Math.min(sampled, distanceM(place.lonLat, p));
        }
      }
      // a sample is a point of the line: the nearest point is never farther; 800 samples are < 300 m apart
      expect(found).toBeLessThanOrEqual(sampled + 1e-6);
      expect(sampled - found).toBeLessThan(20);
    }
  });

  it('measures across 180°: a line in the Bering Sea reaches places on both sides', () => {
    const bering: LineString = {
      type: 'LineString',
      coordinates: [
        [178, 62],
        [-178, 63],
      ],
    };
    const places = [
      { id: 1, lonLat: [-175, 64] as LonLat },
      { id: 2, lonLat: [175, 61] as LonLat },
      { id: 3, lonLat: [0, 63] as LonLat },
    ];
    const [list = []] = placesNearSource(bering, [400_000], places);
    expect(list.map((f) => f.place.id).sort()).toEqual([1, 2]);
    for (const f of list) expect(f.distanceM).toBeLessThan(200_000);
  });

  it('skips places with no usable position and says what is wrong with a bad range', () => {
    const places = [
      { id: 1, lonLat: [Number.NaN, 50] as LonLat },
      { id: 2, lonLat: [36, 95] as LonLat },
      { id: 3, lonLat: [38.5, 50.6] as LonLat },
    ];
    const [list = []] = placesNearSource(UKRAINE, [300_000], places);
    expect(list.map((f) => f.place.id)).toEqual([3]);
    expect(() => placesNearSource(UKRAINE, [-1], places)).toThrow(RangeError);
  });
});
