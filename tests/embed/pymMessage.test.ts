// pym.js's string format, written and read as pym.js's parent and child do.
import { describe, expect, it } from 'vitest';
import { parsePymMessage, pymHeightMessage, pymMessage } from '../../src/embed';

describe('pym messages', () => {
  it('writes pym<xPYMx>id<xPYMx>type<xPYMx>message', () => {
    expect(pymMessage('map-1', 'height', '512')).toBe('pym<xPYMx>map-1<xPYMx>height<xPYMx>512');
    expect(pymMessage('', 'height', '300')).toBe('pym<xPYMx><xPYMx>height<xPYMx>300');
  });

  it('writes the height in whole pixels, rounded up', () => {
    expect(pymHeightMessage('map-1', 511.2)).toBe('pym<xPYMx>map-1<xPYMx>height<xPYMx>512');
    expect(pymHeightMessage('map-1', 480)).toBe('pym<xPYMx>map-1<xPYMx>height<xPYMx>480');
  });

  it("reads the parent's width message and what it writes itself", () => {
    expect(parsePymMessage('pym<xPYMx>map-1<xPYMx>width<xPYMx>640')).toEqual({
      childId: 'map-1',
      type: 'width',
      message: '640',
    });
    expect(parsePymMessage(pymHeightMessage('', 300))).toEqual({
      childId: '',
      type: 'height',
      message: '300',
    });
  });

  it.each([
    null,
    42,
    { type: 'range-rings:get' },
    'pym',
    'pym<xPYMx>map-1<xPYMx>width',
    'pym<xPYMx>a<xPYMx>b<xPYMx>c<xPYMx>d',
    'PYM<xPYMx>a<xPYMx>width<xPYMx>1',
    'xpym<xPYMx>a<xPYMx>width<xPYMx>1',
  ])('is null for %j', (data) => {
    expect(parsePymMessage(data)).toBeNull();
  });
});
