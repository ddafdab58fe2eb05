import { describe, expect, it } from 'vitest';
import { isIsoDate } from '../../src/data/isIsoDate';

describe('isIsoDate', () => {
  it.each(['2025-10-16', '2025-08', '2016', '2024-02-29', '2000-02-29'])('accepts %s', (text) => {
    expect(isIsoDate(text)).toBe(true);
  });

  it.each([
    '2025-02-29',
    '1900-02-29',
    '2025-13',
    '2025-00',
    '2025-04-31',
    '16/10/2025',
    '2025-1-5',
    ' 2025',
    '',
  ])('refuses %j', (text) => {
    expect(isIsoDate(text)).toBe(false);
  });
});
