// fileNameFor: readable, safe file names from any title.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fileNameFor } from '../../src/export';

describe('fileNameFor', () => {
  it('makes a lowercase hyphenated name from the title', () => {
    expect(fileNameFor('How far they reach', 'geojson')).toBe('how-far-they-reach.geojson');
    expect(fileNameFor('  ATACMS vs. ERAM: 300/460 km  ', '.kml')).toBe('atacms-vs-eram-300-460-km.kml');
    expect(fileNameFor('Zürich & Genève', 'json')).toBe('zurich-and-geneve.json');
  });

  it('falls back to "range-rings" when nothing readable is left', () => {
    expect(fileNameFor('', 'json')).toBe('range-rings.json');
    expect(fileNameFor('Київ', 'json')).toBe('range-rings.json');
    expect(fileNameFor('<script>', 'png')).toBe('script.png');
    expect(fileNameFor('../../', 'json')).toBe('range-rings.json');
  });

  it('stops at the last whole word within 60 characters, and cuts one over-long word', () => {
    const title = 'The reach of every missile system in the data set from every launch point';
    const name = fileNameFor(title, 'geojson');
    expect(name).toBe('the-reach-of-every-missile-system-in-the-data-set-from-every.geojson');
    expect(name.length - '.geojson'.length).toBeLessThanOrEqual(60);
    expect(fileNameFor('a'.repeat(100), 'kml')).toBe(`${'a'.repeat(60)}.kml`);
  });

  it('avoids names Windows keeps for devices', () => {
    expect(fileNameFor('CON', 'json')).toBe('con-range-rings.json');
    expect(fileNameFor('nul', 'kml')).toBe('nul-range-rings.kml');
  });

  it('gives a safe name for any title', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (title) => {
        const name = fileNameFor(title, 'geojson');
        expect(name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*\.geojson$/);
        expect(name.length).toBeLessThanOrEqual(60 + '.geojson'.length);
      }),
      { seed: 3 },
    );
  });
});
