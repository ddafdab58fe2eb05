import { describe, expect, it } from 'vitest';
import { checkLonLat, checkView, normaliseLon } from '../../src/scenario/checkLonLat';
import { formatLonLat } from '../../src/scenario/formatLonLat';

describe('normaliseLon', () => {
  it.each([
    [0, 0],
    [-0, 0],
    [180, 180],
    [-180, -180],
    [180.5, -179.5],
    [-180.5, 179.5],
    [360, 0],
    [540, -180],
    [-721, -1],
  ])('%d → %d', (lon, expected) => {
    expect(Object.is(normaliseLon(lon), expected)).toBe(true);
  });
});

describe('checkLonLat and checkView', () => {
  it('names what is wrong, latitude first', () => {
    expect(checkLonLat('x', 'y')).toEqual({ reason: 'latitude is not a number' });
    expect(checkLonLat(undefined, 95)).toEqual({ reason: 'longitude is not a number' });
    expect(checkLonLat(10, 90.000001)).toEqual({ reason: 'latitude 90.000001 is not between -90 and 90' });
    expect(checkLonLat(-190, -90)).toEqual({ lonLat: [170, -90] });
  });

  it('checks the zoom after the centre', () => {
    expect(checkView(0, 100, 99)).toEqual({ reason: 'latitude 100 is not between -90 and 90' });
    expect(checkView(0, 0, '5')).toEqual({ reason: 'zoom is not a number' });
    expect(checkView(0, 0, 18.01)).toEqual({ reason: 'zoom 18.01 is not between 0 and 18' });
    expect(checkView(0, 0, -0)).toEqual({ view: { center: [0, 0], zoom: 0 } });
  });
});

describe('formatLonLat', () => {
  it.each([
    [[36.2304, 49.9935], '49.99°N 36.23°E'],
    [[-74.006, 40.7128], '40.71°N 74.01°W'],
    [[151.2093, -33.8688], '33.87°S 151.21°E'],
    [[-0.001, -0.004], '0.00°N 0.00°E'],
    [[180, -90], '90.00°S 180.00°E'],
  ] as const)('%j → %s', (lonLat, text) => {
    expect(formatLonLat([lonLat[0], lonLat[1]])).toBe(text);
  });
});
