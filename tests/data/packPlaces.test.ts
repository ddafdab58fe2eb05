// packPlaces / unpackPlaces: exact round trip, each country written once, damaged input skipped.
import { describe, expect, it } from 'vitest';
import { type PackedPlaces, type Place, packPlaces, unpackPlaces } from '../../src/data';

const places: Place[] = [
  {
    name: 'Kraków',
    asciiName: 'Krakow',
    country: 'Poland',
    iso2: 'PL',
    lonLat: [19.9372, 50.0614],
    population: 791652,
    capital: false,
  },
  {
    name: 'Warsaw',
    asciiName: 'Warsaw',
    country: 'Poland',
    iso2: 'PL',
    lonLat: [21.0117, 52.23],
    population: 1860281,
    capital: true,
  },
  {
    name: 'Suva',
    asciiName: 'Suva',
    country: 'Fiji',
    iso2: 'FJ',
    lonLat: [178.4419, -18.1416],
    population: 93970,
    capital: true,
  },
];

describe('packPlaces and unpackPlaces', () => {
  it('round-trips exactly and writes each country once', () => {
    const packed = packPlaces(places);
    expect(packed.countries).toEqual([
      ['PL', 'Poland'],
      ['FJ', 'Fiji'],
    ]);
    expect(packed.places[1]).toEqual(['Warsaw', '', 0, 210117, 522300, 1860281, 1]);
    expect(unpackPlaces(JSON.parse(JSON.stringify(packed)))).toEqual(places);
  });

  it('gives the same doubles as the 4-decimal text for every position', () => {
    for (let e4 = -1_800_000; e4 <= 1_800_000; e4 += 7_919) {
      expect(e4 / 1e4).toBe(Number((e4 / 1e4).toFixed(4)));
    }
  });

  it('skips what does not fit the form', () => {
    const packed = packPlaces(places);
    expect(unpackPlaces({ ...packed, version: 2 } as unknown as PackedPlaces)).toEqual([]);
    expect(unpackPlaces(null as unknown as PackedPlaces)).toEqual([]);
    const damaged = {
      ...packed,
      places: [...packed.places, ['Nowhere', '', 9, 0, 0, 0, 0], 'junk', ['Half', '', 0, 1.5, 0, 0, 0]],
    } as unknown as PackedPlaces;
    expect(unpackPlaces(damaged)).toEqual(places);
  });
});

describe('other names', () => {
  it('travel with their place, and only when it has any', () => {
    const named: Place[] = [
      {
        name: 'Kyiv',
        asciiName: 'Kyiv',
        country: 'Ukraine',
        iso2: 'UA',
        lonLat: [30.5233, 50.45],
        population: 2963199,
        capital: true,
        otherNames: ['Kiev', 'Kyyiv'],
      },
      {
        name: 'Lutsk',
        asciiName: 'Lutsk',
        country: 'Ukraine',
        iso2: 'UA',
        lonLat: [25.3244, 50.7472],
        population: 213661,
        capital: false,
      },
    ];
    const packed = packPlaces(named);
    expect(packed.places.map((tuple) => tuple.length)).toEqual([8, 7]);
    expect(packed.places[0]?.[7]).toBe('Kiev|Kyyiv');
    expect(unpackPlaces(JSON.parse(JSON.stringify(packed)))).toEqual(named);
  });
});
