// looksLikeCoordinates: broken numbers are refused as coordinates, never searched as a place name ("NaN, NaN"
// once added Nanyang); a single word, or a word with a country, stays a name.
import { describe, expect, it } from 'vitest';
import { looksLikeCoordinates, parseCoordinates } from '../../src/data';

describe('looksLikeCoordinates', () => {
  it.each([
    'NaN, NaN',
    'nan nan',
    'NaN; NaN',
    '50.45, NaN',
    'Infinity, 30',
    'undefined, undefined',
    'null,null',
    'NaN N, NaN E',
    '95 200',
    '49.99, 36.23, 12',
  ])('%j looks like coordinates', (text) => {
    expect(looksLikeCoordinates(text)).toBe(true);
  });

  it.each(['Nan', 'NaN', 'Nan, Thailand', 'Nanyang', 'N, E', '', '   ', 'Kharkiv 2', 'Corman Park No. 344'])(
    '%j does not',
    (text) => {
      expect(looksLikeCoordinates(text)).toBe(false);
    },
  );

  it('and parseCoordinates says which word is not a number', () => {
    expect(parseCoordinates('NaN, NaN')).toEqual({
      error: '"NaN" is not a number: type coordinates such as 49.99, 36.23 or 49°59′N 36°14′E',
    });
    expect(parseCoordinates('50.45, Infinity')).toEqual({
      error: '"Infinity" is not a number: type coordinates such as 49.99, 36.23 or 49°59′N 36°14′E',
    });
  });
});
