import { describe, expect, it } from 'vitest';
import { isSlug } from '../../src/data';
import { customSystemId, uniqueId } from '../../src/scenario/customSystemId';

describe('customSystemId', () => {
  it.each([
    ['Fateh-110', 'custom-fateh-110'],
    ['Storm Shadow / SCALP-EG', 'custom-storm-shadow-scalp-eg'],
    ['  Ĉiŝ — Ålesund!! ', 'custom-cis-alesund'],
    ['Искандер-М', 'custom-system'],
    ['Искандер', 'custom-system'],
    ['東京', 'custom-system'],
    ['x'.repeat(100), `custom-${'x'.repeat(48)}`],
  ])('%s → %s', (name, id) => {
    expect(customSystemId(name, new Set())).toBe(id);
    expect(isSlug(id)).toBe(true);
  });

  it('adds a suffix until the id is free, staying within 64 characters', () => {
    expect(customSystemId('A', new Set(['custom-a', 'custom-a-2']))).toBe('custom-a-3');
    const long = 'a'.repeat(64);
    const id = uniqueId(long, new Set([long]));
    expect(id).toBe(`${'a'.repeat(62)}-2`);
    expect(isSlug(id)).toBe(true);
    expect(
      uniqueId(`${'a'.repeat(61)}-b-c`.slice(0, 64), new Set([`${'a'.repeat(61)}-b-c`.slice(0, 64)])),
    ).toBe(`${'a'.repeat(61)}-2`);
  });
});
