// loadPlaces through the Vite plugin in vite.config.ts: the virtual module Vitest builds is the one the app ships.
import { describe, expect, it } from 'vitest';
import { loadAllPlaces, loadPlaces, PLACES_ATTRIBUTION } from '../../src/data';

describe('loadPlaces', () => {
  it('loads the slim gazetteer once and shares it', async () => {
    const places = await loadPlaces();
    expect(places).toHaveLength(5_943);
    expect(await loadPlaces()).toBe(places);
    expect(places.find((place) => place.name === 'Kyiv')).toMatchObject({ iso2: 'UA', capital: true });
  });

  it('loads every town for search, the major places first, once', async () => {
    const all = await loadAllPlaces();
    expect(all).toHaveLength(44_692);
    expect(await loadAllPlaces()).toBe(all);
    expect(all.slice(0, 5_943)).toEqual(await loadPlaces());
    expect(all.find((place) => place.name === 'Kyiv')?.otherNames).toEqual(['Kiev', 'Kiew', 'Kyyiv']);
    expect(all.find((place) => place.name === 'Starokostiantyniv')).toMatchObject({
      iso2: 'UA',
      lonLat: [27.2203, 49.7539],
      population: 33_921,
    });
  });

  it('names its source and licence', () => {
    expect(PLACES_ATTRIBUTION).toBe('Places: SimpleMaps World Cities Database, CC BY 4.0');
  });
});
