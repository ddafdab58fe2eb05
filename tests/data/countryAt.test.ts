import { beforeAll, describe, expect, it } from 'vitest';
import { countryAt, loadDetailedOutlines, uncodedLandAt, uncodedOutlines } from '../../src/data';

const KYIV: [number, number] = [30.5234, 50.4501];
const CHISINAU: [number, number] = [28.8638, 47.0105];
const BLACK_SEA: [number, number] = [32.0, 43.0];
const SUVA: [number, number] = [178.4419, -18.1416];
// Chukotka east of 180°, where Natural Earth's ring of Russia steps from 180 to -180
const CHUKOTKA_EAST: [number, number] = [-175.0, 66.5];
const VITI_LEVU: [number, number] = [178.0, -17.8];

describe('countryAt', () => {
  it('finds the country under a point at 1:110m, across 180° too', () => {
    expect(countryAt(KYIV, '110m')).toBe('UA');
    expect(countryAt(CHISINAU, '110m')).toBe('MD');
    expect(countryAt(SUVA, '110m')).toBe('FJ');
    expect(countryAt(CHUKOTKA_EAST, '110m')).toBe('RU');
    expect(countryAt([-100, 40], '110m')).toBe('US');
    expect(countryAt([0, -85], '110m')).toBe('AQ');
  });

  it('says null at sea and for no number', () => {
    expect(countryAt(BLACK_SEA, '110m')).toBeNull();
    expect(countryAt([-30, 0], '110m')).toBeNull(); // mid-Atlantic
    expect(countryAt([-160, 0], '110m')).toBeNull(); // mid-Pacific, near 180° but in no ring
    expect(countryAt([Number.NaN, 10], '110m')).toBeNull();
  });

  it('tells a land without a code (Somaliland, N. Cyprus) from the sea', () => {
    const hargeisa: [number, number] = [44.06, 9.56];
    expect(countryAt(hargeisa, '110m')).toBeNull();
    expect(uncodedLandAt(hargeisa, '110m')).toBe('Somaliland');
    expect(uncodedLandAt([33.6, 35.25], '110m')).toBe('N. Cyprus');
    expect(uncodedLandAt(BLACK_SEA, '110m')).toBeNull();
    expect(uncodedLandAt(KYIV, '110m')).toBeNull(); // a land with a code is countryAt's
    expect(
      uncodedOutlines('110m')
        .map((land) => land.name)
        .sort(),
    ).toEqual(['N. Cyprus', 'Somaliland']);
  });

  it('reads a click on another world copy as on the first', () => {
    expect(countryAt([KYIV[0] + 360, KYIV[1]], '110m')).toBe('UA');
    expect(countryAt([CHUKOTKA_EAST[0] - 360, CHUKOTKA_EAST[1]], '110m')).toBe('RU');
  });

  describe('at 1:50m', () => {
    beforeAll(async () => {
      await loadDetailedOutlines();
    });

    it('finds the same countries in the detailed outlines, the default once loaded', () => {
      expect(countryAt(KYIV)).toBe('UA');
      expect(countryAt(CHISINAU, '50m')).toBe('MD');
      expect(countryAt(VITI_LEVU, '50m')).toBe('FJ');
      expect(countryAt(CHUKOTKA_EAST, '50m')).toBe('RU');
      expect(countryAt(BLACK_SEA, '50m')).toBeNull();
      expect(uncodedLandAt([44.06, 9.56])).toBe('Somaliland');
    });
  });
});
