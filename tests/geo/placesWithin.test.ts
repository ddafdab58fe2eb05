// placesWithin / placesWithinRanges against exact GeographicLib distances: random places, places 0.1 % either side
// of the range, and a site next to the antimeridian.
import { describe, expect, it } from 'vitest';
import { destination, distanceM, type LonLat, placesWithin, placesWithinRanges } from '../../src/geo';
import { seededRandom } from '../support/seededRandom';

const RANGES_M = [300_000, 460_000, 1_600_000, 15_000_000];
const KHARKIV: LonLat = [36.2304, 49.9935];
const SUVA: LonLat = [178.4419, -18.1416];

interface TestPlace {
  id: number;
  lonLat: LonLat;
}

// Uniform on the sphere: latitude from the arcsine of a uniform number.
function randomPlaces(count: number, seed: number): TestPlace[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, id) => ({
    id,
    lonLat: [random() * 360 - 180, (Math.asin(random() * 2 - 1) * 180) / Math.PI] as LonLat,
  }));
}

// Places 0.1 % inside and 0.1 % outside each range, on bearings all round the site.
function boundaryPlaces(center: LonLat, rangeM: number, firstId: number): TestPlace[] {
  const places: TestPlace[] = [];
  for (let bearing = 0; bearing < 360; bearing += 15) {
    places.push({ id: firstId + places.length, lonLat: destination(center, bearing, rangeM * 0.999) });
    places.push({ id: firstId + places.length, lonLat: destination(center, bearing, rangeM * 1.001) });
  }
  return places;
}

function bruteForce(center: LonLat, rangeM: number, places: readonly TestPlace[]): number[] {
  return places
    .map((place) => ({ id: place.id, d: distanceM(center, place.lonLat) }))
    .filter((found) => found.d <= rangeM)
    .sort((a, b) => a.d - b.d)
    .map((found) => found.id);
}

describe('placesWithin', () => {
  it.each([
    ['Kharkiv', KHARKIV],
    ['Suva, next to the antimeridian', SUVA],
    ['near the north pole', [-120, 89.5] as LonLat],
    // On the equator a north-south path is shortest against the sphere: the screen's worst case.
    ['the equator', [0, 0] as LonLat],
  ])('matches exact distances from %s', (_, center) => {
    const places = randomPlaces(3_000, 7);
    for (const rangeM of RANGES_M) {
      const all = [...places, ...boundaryPlaces(center, rangeM, 100_000)];
      const found = placesWithin(center, rangeM, all);
      expect(found.map((hit) => hit.place.id)).toEqual(bruteForce(center, rangeM, all));
      for (const hit of found) expect(hit.distanceM).toBeCloseTo(distanceM(center, hit.place.lonLat), 6);
    }
  });

  it('keeps 0.1 % inside and drops 0.1 % outside, across the antimeridian too', () => {
    for (const center of [KHARKIV, SUVA]) {
      for (const rangeM of RANGES_M) {
        const edge = boundaryPlaces(center, rangeM, 0);
        const ids = new Set(placesWithin(center, rangeM, edge).map((hit) => hit.place.id));
        for (const place of edge) expect(ids.has(place.id)).toBe(place.id % 2 === 0);
      }
    }
    // From Suva, places across ±180° are found by their true distance.
    const across = [
      { id: 1, lonLat: [-179.5, -18] as LonLat },
      { id: 2, lonLat: [-175.2, -21.1] as LonLat },
    ];
    const found = placesWithin(SUVA, 1_000_000, across);
    expect(found.map((hit) => hit.place.id)).toEqual([1, 2]);
    expect(found[0]?.distanceM).toBeCloseTo(distanceM(SUVA, [-179.5, -18]), 6);
  });

  it('stops at the limit and skips places without a usable position', () => {
    const places = [
      { id: 1, lonLat: [36.3, 50] as LonLat },
      { id: 2, lonLat: [Number.NaN, 50] as LonLat },
      { id: 3, lonLat: [36.2, 95] as LonLat },
      { id: 4, lonLat: [37, 50] as LonLat },
      { id: 5, lonLat: [36.25, 50] as LonLat },
    ];
    expect(placesWithin(KHARKIV, 300_000, places).map((hit) => hit.place.id)).toEqual([5, 1, 4]);
    expect(placesWithin(KHARKIV, 300_000, places, 2).map((hit) => hit.place.id)).toEqual([5, 1]);
    expect(placesWithin(KHARKIV, 0, [{ id: 9, lonLat: KHARKIV }])).toEqual([
      { place: { id: 9, lonLat: KHARKIV }, distanceM: 0 },
    ]);
  });

  it('rejects a bad site or range', () => {
    expect(() => placesWithin([0, 91], 1000, [])).toThrow(/latitude/);
    expect(() => placesWithin([0, 0], -1, [])).toThrow(/range/);
    expect(() => placesWithinRanges([0, 0], [1000, Number.NaN], [])).toThrow(/range/);
  });
});

describe('placesWithinRanges', () => {
  it('gives one list per range, each equal to placesWithin for that range', () => {
    const places = randomPlaces(2_000, 11);
    const lists = placesWithinRanges(KHARKIV, RANGES_M, places, 50);
    expect(lists).toHaveLength(RANGES_M.length);
    RANGES_M.forEach((rangeM, i) => {
      expect(lists[i]).toEqual(placesWithin(KHARKIV, rangeM, places, 50));
    });
    expect(placesWithinRanges(KHARKIV, [], places)).toEqual([]);
  });

  it('is fast enough for the UI: 9,000 places, 4 ranges, 5 sites', () => {
    const places = randomPlaces(9_000, 3);
    const sites: LonLat[] = [KHARKIV, SUVA, [-77.04, 38.9], [116.4, 39.9], [0, -89]];
    placesWithinRanges(KHARKIV, RANGES_M, places);
    const start = performance.now();
    for (const site of sites) placesWithinRanges(site, RANGES_M, places);
    const perSiteMs = (performance.now() - start) / sites.length;
    console.log(
      `placesWithinRanges: ${perSiteMs.toFixed(1)} ms per site (9,000 places, 4 ranges up to 15,000 km)`,
    );
    expect(perSiteMs).toBeLessThan(500);
  });
});
