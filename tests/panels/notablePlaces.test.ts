// notablePlaces against the plain way of saying it (filter, stable sort, take two), on lists full of ties.
import { describe, expect, it } from 'vitest';
import type { Place } from '../../src/data';
import { notablePlaces } from '../../src/panels/notablePlaces';
import { seededRandom } from '../support/seededRandom';

const place = (name: string, population: number, capital: boolean): Place =>
  ({ name, asciiName: name, country: 'X', iso2: 'XX', lonLat: [0, 0], population, capital }) as Place;

function byReference<T extends { place: Place; distanceM: number }>(found: T[]): T[] {
  const farther = found.filter((f) => f.distanceM > 10_000);
  return [...(farther.length ? farther : found)]
    .sort(
      (a, b) => Number(b.place.capital) - Number(a.place.capital) || b.place.population - a.place.population,
    )
    .slice(0, 2);
}

describe('notablePlaces', () => {
  it('names capitals first, then the most populous, leaving out the launch point’s own town', () => {
    const found = [
      { place: place('Kharkiv', 1_400_000, false), distanceM: 0 },
      { place: place('Poltava', 280_000, false), distanceM: 130_000 },
      { place: place('Kyiv', 2_900_000, true), distanceM: 409_000 },
      { place: place('Dnipro', 980_000, false), distanceM: 190_000 },
    ];
    expect(notablePlaces(found).map((f) => f.place.name)).toEqual(['Kyiv', 'Dnipro']);
    expect(notablePlaces(found.slice(0, 1)).map((f) => f.place.name)).toEqual(['Kharkiv']);
    expect(notablePlaces([])).toEqual([]);
  });

  it('picks what a stable sort picks, ties in list order, on 500 random lists', () => {
    const random = seededRandom(2);
    for (let n = 0; n < 500; n++) {
      const found = Array.from({ length: Math.floor(random() * 40) }, (_, i) => ({
        place: place(`p${i}`, Math.floor(random() * 4) * 100_000, random() < 0.2),
        distanceM: random() < 0.1 ? random() * 10_000 : 10_000 + random() * 1e7,
      })).sort((a, b) => a.distanceM - b.distanceM);
      expect(notablePlaces(found)).toEqual(byReference(found));
    }
  });
});
