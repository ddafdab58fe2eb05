import { describe, expect, it } from 'vitest';
import { isSlug, MAX_ID_LENGTH, slugId } from '../../src/data/slugId';

describe('slugId', () => {
  it.each([
    ['Tomahawk', 'tomahawk'],
    ['Storm Shadow / SCALP-EG', 'storm-shadow-scalp-eg'],
    ['  ATACMS (M57)  ', 'atacms-m57'],
    ['Kalibr "3M-14"', 'kalibr-3m-14'],
    ['Éclair à Zürich', 'eclair-a-zurich'],
    ['Ve\u20d7ctor', 'vector'],
    ['Искандер-М', 'system-9'],
    ['---', 'system-9'],
  ])('%j → %j', (name, id) => {
    expect(slugId(name, 9)).toBe(id);
    expect(isSlug(id)).toBe(true);
  });

  it('keeps ids short', () => {
    const id = slugId('a b '.repeat(100), 1);
    expect(id.length).toBeLessThanOrEqual(MAX_ID_LENGTH);
    expect(isSlug(id)).toBe(true);
  });

  it('knows a slug', () => {
    expect(['eram', 'gmlrs-er', 'a1'].every(isSlug)).toBe(true);
    expect(['ERAM', 'gmlrs--er', '-a', 'a-', 'a_b', 'a b', '', 'x'.repeat(65)].some(isSlug)).toBe(false);
  });
});
