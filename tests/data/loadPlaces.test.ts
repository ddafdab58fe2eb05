// loadPlaces through the Vite plugin in vite.config.ts: the virtual module Vitest builds is the one the app ships.
import { describe, expect, it } from 'vitest';
import { loadPlaces, PLACES_ATTRIBUTION } from '../../src/data';

describe('loadPlaces', () => {
  it('loads the slim gazetteer once and shares it', async () => {
    const places = await loadPlaces();
    expect(places).toHaveLength(5_943);
    expect(await loadPlaces()).toBe(places);
    expect(places.find((place) => place.name === 'Kyiv')).toMatchObject({ iso2: 'UA', capital: true });
  });

  it('names its source and licence', () => {
    expect(PLACES_ATTRIBUTION).toBe('Places: SimpleMaps World Cities Database, CC BY 4.0');
  });
});
