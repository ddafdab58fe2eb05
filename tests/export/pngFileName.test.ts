// Exported file names from scenario titles.
import { describe, expect, it } from 'vitest';
import { pngFileName } from '../../src/export/pngFileName';

describe('pngFileName', () => {
  it('slugs the title in lowercase', () => {
    expect(pngFileName('How far they reach')).toBe('how-far-they-reach.png');
    expect(pngFileName('Ringe über Kyiv, 2025')).toBe('ringe-uber-kyiv-2025.png');
    expect(pngFileName('  ATACMS / ERAM: 300–460 km!  ')).toBe('atacms-eram-300-460-km.png');
    expect(pngFileName('Як далеко')).toBe('як-далеко.png');
  });

  it('falls back to range-rings.png when nothing is left', () => {
    expect(pngFileName('')).toBe('range-rings.png');
    expect(pngFileName(' *** ')).toBe('range-rings.png');
  });

  it('keeps names short, stopping at the last whole word', () => {
    expect(pngFileName(`${'a'.repeat(59)} b`)).toBe(`${'a'.repeat(59)}.png`);
    expect(
      pngFileName('Which cities lie within reach of the Tomahawk missiles the United States may supply'),
    ).toBe('which-cities-lie-within-reach-of-the-tomahawk-missiles-the.png');
    expect(pngFileName('x'.repeat(80))).toBe(`${'x'.repeat(60)}.png`);
  });

  it('carries the size and the density after the title', () => {
    expect(pngFileName('How far they reach', { id: 'social', width: 1200, height: 675, pixelRatio: 2 })).toBe(
      'how-far-they-reach-social-1200x675@2x.png',
    );
    expect(pngFileName('', { id: 'view', width: 920, height: 861, pixelRatio: 1 })).toBe(
      'range-rings-view-920x861@1x.png',
    );
  });
});
