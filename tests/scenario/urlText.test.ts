import { describe, expect, it } from 'vitest';
import { rangeUrlText } from '../../src/scenario/rangeUrlText';
import { decodeUrlText, encodeUrlText, formatUrlNumber, parseUrlNumber } from '../../src/scenario/urlText';

describe('link texts', () => {
  it('escapes every separator of the link format', () => {
    expect(encodeUrlText('a,b;c:d&e=f+g#h%i j')).toBe('a%2Cb%3Bc%3Ad%26e%3Df%2Bg%23h%25i%20j');
  });

  it('reads + as a space and keeps broken escapes as typed', () => {
    expect(decodeUrlText('Kyiv+%2B+Kharkiv')).toBe('Kyiv + Kharkiv');
    expect(decodeUrlText('%E2%82%AC 5%')).toBe('€ 5%');
    expect(decodeUrlText('%E2%82 and %41')).toBe('%E2%82 and A');
  });

  it('writes numbers with at most the given decimals and reads only plain decimals', () => {
    expect(formatUrlNumber(49.993549, 5)).toBe('49.99355');
    expect(formatUrlNumber(-0.000001, 5)).toBe('0');
    expect(formatUrlNumber(6.255, 2)).toBe('6.26');
    expect(formatUrlNumber(0.00001, 5)).toBe('0.00001');
    expect(parseUrlNumber('+50.')).toBe(50);
    expect(parseUrlNumber('.5')).toBe(0.5);
    expect(parseUrlNumber('\u22125')).toBe(-5);
    for (const text of ['', ' ', '1e3', '0x1', 'Infinity', '5N', '1,5'])
      expect(parseUrlNumber(text)).toBeNaN();
  });
});

describe('rangeUrlText', () => {
  it.each([
    [300, '300km'],
    [300 * 1.609344, '300mi'],
    [1 * 1.852, '1nmi'],
    [2778, '2778km'],
    [0.5, '0.5km'],
    [1601.2973, '1601.2973km'],
    [Math.PI, `${Math.PI}km`],
    [1e-7, '1e-7km'],
  ])('%d km → %s', (km, text) => {
    expect(rangeUrlText(km)).toBe(text);
  });
});
