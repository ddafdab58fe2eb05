import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../src/data/detectFormat';

describe('detectFormat', () => {
  it('goes by the extension first, in any case', () => {
    expect(detectFormat('[]', 'ranges.CSV')).toBe('csv');
    expect(detectFormat('name,range_km', 'systems.json')).toBe('json');
  });

  it('else by the first non-space character, after a byte order mark', () => {
    expect(detectFormat('\ufeff \n [{}]')).toBe('json');
    expect(detectFormat('{"systems": []}', 'systems.txt')).toBe('json');
    expect(detectFormat('// note\n[]')).toBe('json');
    expect(detectFormat('/* note */ []')).toBe('json');
    expect(detectFormat('name,range_km')).toBe('csv');
    expect(detectFormat('/usr/share')).toBe('csv');
    expect(detectFormat('')).toBe('csv');
  });
});
