// ringLookFor: a system's rings emphasised when it is highlighted, dimmed when another is, plain when none is;
// ringLookStyle: the numbers each look is drawn with, on the map and in the views.
import { describe, expect, it } from 'vitest';
import { ringLookFor, ringLookStyle } from '../../src/scenario/ringLookFor';

describe('ringLookFor', () => {
  it('is plain when no system is highlighted', () => {
    expect(ringLookFor('atacms', null)).toEqual({ emphasised: false, dimmed: false });
  });

  it("emphasises the highlighted system's rings", () => {
    expect(ringLookFor('atacms', 'atacms')).toEqual({ emphasised: true, dimmed: false });
  });

  it("dims the other systems' rings", () => {
    expect(ringLookFor('atacms', 'hawk')).toEqual({ emphasised: false, dimmed: true });
  });
});

describe('ringLookStyle', () => {
  it('fills an emphasised ring darker and outlines it wider, and fades a dimmed one, its band too', () => {
    const plain = ringLookStyle({ emphasised: false, dimmed: false });
    const emphasised = ringLookStyle({ emphasised: true, dimmed: false });
    const dimmed = ringLookStyle({ emphasised: false, dimmed: true });
    expect(plain).toEqual({
      fillOpacity: 0.07,
      outlineWidth: 2,
      outlineOpacity: 1,
      bandFillOpacity: 0.06,
      bandEdgeOpacity: 0.7,
    });
    expect(emphasised.fillOpacity).toBeGreaterThan(plain.fillOpacity);
    expect(emphasised.outlineWidth).toBeGreaterThan(plain.outlineWidth);
    expect(emphasised.outlineOpacity).toBe(1);
    for (const key of ['fillOpacity', 'outlineOpacity', 'bandFillOpacity', 'bandEdgeOpacity'] as const)
      expect(dimmed[key], key).toBeLessThan(plain[key]);
    expect(dimmed.outlineWidth).toBe(plain.outlineWidth);
  });
});
