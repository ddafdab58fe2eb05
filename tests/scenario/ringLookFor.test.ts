// ringLookFor: a system's rings emphasised when it is highlighted, dimmed when another is, plain when none is.
import { describe, expect, it } from 'vitest';
import { ringLookFor } from '../../src/scenario/ringLookFor';

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
