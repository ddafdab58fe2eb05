import { distance as turfDistance } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { destination, distanceM, HALF_MERIDIAN_M, initialBearingDeg } from '../../src/geo';

describe('distanceM, initialBearingDeg, destination', () => {
  it('gives published WGS84 figures', () => {
    // One degree of longitude on the equator is a/57.29578 = 111,319.49 m; half a meridian is 20,003,931.46 m.
    expect(distanceM([0, 0], [1, 0])).toBeCloseTo(111_319.491, 2);
    expect(HALF_MERIDIAN_M).toBeCloseTo(20_003_931.4586, 3);
    expect(distanceM([0, 90], [0, -90])).toBeCloseTo(HALF_MERIDIAN_M, 3);
  });

  it('agrees with the spherical turf distance within 0.6 %', () => {
    const kyiv: [number, number] = [30.5234, 50.4501];
    const moscow: [number, number] = [37.6173, 55.7558];
    const d = distanceM(kyiv, moscow);
    expect(Math.abs(d - turfDistance(kyiv, moscow, { units: 'meters' })) / d).toBeLessThan(0.006);
  });

  it('round-trips destination and bearing', () => {
    const start: [number, number] = [36.2304, 49.9935];
    const end = destination(start, 37, 1_600_000);
    expect(distanceM(start, end)).toBeCloseTo(1_600_000, 3);
    expect(initialBearingDeg(start, end)).toBeCloseTo(37, 9);
    expect(initialBearingDeg([0, 0], [0, 10])).toBe(0);
  });

  it('rejects bad coordinates', () => {
    expect(() => distanceM([0, 100], [0, 0])).toThrow(/a latitude must be within/);
    expect(() => destination([0, 0], Number.NaN, 10)).toThrow(/bearing/);
  });
});
