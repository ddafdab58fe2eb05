// pym.js's string format, written and read as pym.js's parent and child do.
import { describe, expect, it } from 'vitest';
import { parsePymMessage, pymHeightMessage, pymMessage } from '../../src/embed';

describe('pym messages', () => {
  it('writes pymxPYMxidxPYMxtypexPYMxmessage', () => {
    expect(pymMessage('map-1', 'height', '512')).toBe('pymxPYMxmap-1xPYMxheightxPYMx512');
    expect(pymMessage('', 'height', '300')).toBe('pymxPYMxxPYMxheightxPYMx300');
  });

  it('writes the height in whole pixels, rounded up', () => {
    expect(pymHeightMessage('map-1', 511.2)).toBe('pymxPYMxmap-1xPYMxheightxPYMx512');
    expect(pymHeightMessage('map-1', 480)).toBe('pymxPYMxmap-1xPYMxheightxPYMx480');
  });

  it("reads the parent's width message and what it writes itself", () => {
    expect(parsePymMessage('pymxPYMxmap-1xPYMxwidthxPYMx640')).toEqual({
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
    'pymxPYMxmap-1xPYMxwidth',
    'pymxPYMxaxPYMxbxPYMxcxPYMxd',
    'PYMxPYMxaxPYMxwidthxPYMx1',
    'xpymxPYMxaxPYMxwidthxPYMx1',
    // the angle-bracketed separator no pym.js ever used
    'pym<xPYMx>a<xPYMx>width<xPYMx>1',
  ])('is null for %j', (data) => {
    expect(parsePymMessage(data)).toBeNull();
  });
});
