import { describe, expect, it } from 'vitest';
import { MAX_RANGE_KM, MIN_RANGE_KM, parseRangeKm } from '../../src/data';

const MI = 1.609344;
const NMI = 1.852;

describe('parseRangeKm', () => {
  it.each([
    [1600, 1600],
    ['1600', 1600],
    ['1,600', 1600],
    ['1600 km', 1600],
    ['1600km', 1600],
    ['1 600 km', 1600],
    ['1\u00a0600 km', 1600],
    ['1\u2009600 km', 1600],
    ['1\u202f600 km', 1600],
    ['12,345.5', 12345.5],
    ['1.6e3', 1600],
    ['1.6E3 km', 1600],
    ['.5 km', 0.5],
    ['  460 KM  ', 460],
    ['460 kilometres', 460],
    ['460 Kilometers', 460],
    ['460 kms', 460],
    ['995 mi', 995 * MI],
    ['995 miles', 995 * MI],
    ['1 mile', MI],
    ['186 Miles.', 186 * MI],
    ['860 nmi', 860 * NMI],
    ['860 NM', 860 * NMI],
    ['860 nautical miles', 860 * NMI],
    ['1 Nautical  Mile', NMI],
    ['300000 m', 300],
    ['300,000 metres', 300],
    ['300000 meters', 300],
    ['about 1,600 km', 1600],
    ['~995 mi', 995 * MI],
    ['+300', 300],
    [20_004, 20_004],
  ])('%j is %f km', (value, km) => {
    const read = parseRangeKm(value);
    expect(read).toHaveProperty('km');
    expect((read as { km: number }).km).toBeCloseTo(km, 9);
  });

  it.each([
    ['-5', 'range must be a positive number, got "-5"'],
    [-5, 'range must be a positive number, got -5'],
    ['\u22125 km', 'range must be a positive number, got "−5 km"'],
    [0, 'range must be a positive number, got 0'],
    ['0 mi', 'range must be a positive number, got "0 mi"'],
    [Number.NaN, 'range must be a finite number, got NaN'],
    [Number.POSITIVE_INFINITY, 'range must be a finite number, got Infinity'],
    ['1e400', 'range must be a finite number, got "1e400"'],
    ['NaN', 'range must be a number, optionally with a unit like "995 mi", got "NaN"'],
    ['Infinity', 'range must be a number, optionally with a unit like "995 mi", got "Infinity"'],
    ['far', 'range must be a number, optionally with a unit like "995 mi", got "far"'],
    ['1,60', 'range must be a number, optionally with a unit like "995 mi", got "1,60"'],
    ['', 'range is empty'],
    ['5000 ft', 'unknown unit "ft" in "5000 ft": use km, mi, nmi or m'],
    ['1600 leagues', 'unknown unit "leagues" in "1600 leagues": use km, mi, nmi or m'],
    [true, 'range must be a number or a text like "1,600 km", got true'],
    [null, 'range must be a number or a text like "1,600 km", got null'],
    [undefined, 'range must be a number or a text like "1,600 km", got nothing'],
    [{ km: 5 }, 'range must be a number or a text like "1,600 km", got an object'],
    [[5], 'range must be a number or a text like "1,600 km", got a list'],
  ])('%j is refused', (value, error) => {
    expect(parseRangeKm(value)).toEqual({ error });
  });

  it('refuses a range no weapon can have, beyond half a meridian, and says so', () => {
    expect(parseRangeKm(25_000)).toEqual({
      error:
        'range of 25,000 km is beyond 20,004 km, half a meridian: no point on Earth is that far from another, got 25000',
    });
    expect(parseRangeKm('12,500 mi')).toHaveProperty('error');
    expect(parseRangeKm(MAX_RANGE_KM + 0.001)).toHaveProperty('error');
    expect(parseRangeKm(1e300)).toEqual({
      error:
        'range of 1.00e+300 km is beyond 20,004 km, half a meridian: no point on Earth is that far from another, got 1e+300',
    });
  });

  it('requires a unit when asked to', () => {
    expect(parseRangeKm('460', { requireUnit: true })).toEqual({
      error: 'range needs a unit, like "1600 km" or "995 mi", got "460"',
    });
    expect(parseRangeKm(460, { requireUnit: true })).toHaveProperty('error');
    expect(parseRangeKm('460 km', { requireUnit: true })).toEqual({ km: 460 });
  });

  it('quotes long values shortly, on one line', () => {
    const read = parseRangeKm(`${'x'.repeat(500)}\n`);
    expect('error' in read && read.error.length).toBeLessThan(140);
    expect('error' in read && read.error).not.toContain('\n');
  });
});

describe('the shortest range', () => {
  it.each([
    ['1e-300 km', 'range must be at least 10 m (0.01 km), got "1e-300 km"'],
    ['9 m', 'range must be at least 10 m (0.01 km), got "9 m"'],
    [0.0099, 'range must be at least 10 m (0.01 km), got 0.0099'],
  ])('%j is refused', (value, error) => {
    expect(parseRangeKm(value)).toEqual({ error });
  });

  it('10 m is drawn', () => {
    expect(parseRangeKm('10 m')).toEqual({ km: MIN_RANGE_KM });
  });
});
