// formatDistance: ranges read as people write them, and a short ring never reads "0 km".
import { describe, expect, it } from 'vitest';
import { formatDistance } from '../../src/scenario';

describe('formatDistance', () => {
  it.each([
    [1600, 'km', '1,600 km'],
    [1600, 'mi', '994 mi'],
    [15.742, 'nmi', '8.5 nmi'],
    [9.94, 'km', '9.9 km'],
    [0.01, 'km', '0.01 km'],
    [0.001, 'km', '0.001 km'],
    [0.2549, 'km', '0.25 km'],
    [0.01, 'mi', '0.0062 mi'],
  ] as const)('%f km in %s is %j', (km, unit, text) => {
    expect(formatDistance(km, unit, 'en')).toBe(text);
  });
});
