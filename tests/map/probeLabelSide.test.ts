// probeLabelSide: a probed place's name goes right unless a launch point's name is there, then left, above,
// below, or where it covers the least.
import { describe, expect, it } from 'vitest';
import { type Box, probeLabelBox, probeLabelSide } from '../../src/map/probeLabelSide';

const AT = { x: 200, y: 150 };
const SIZE = { width: 70, height: 24 };
const boxOn = (side: Parameters<typeof probeLabelBox>[2]): Box => probeLabelBox(AT, SIZE, side);

describe('probeLabelSide', () => {
  it('puts the name to the right where nothing is there', () => {
    expect(probeLabelSide(AT, SIZE, [])).toBe('right');
    expect(probeLabelSide(AT, SIZE, [{ left: 0, top: 0, right: 50, bottom: 20 }])).toBe('right');
  });

  it("moves it left of a launch point's name on its right, then above, then below", () => {
    const right = { left: 215, top: 140, right: 290, bottom: 160 };
    expect(probeLabelSide(AT, SIZE, [right])).toBe('left');
    const left = { left: 120, top: 140, right: 195, bottom: 160 };
    expect(probeLabelSide(AT, SIZE, [right, left])).toBe('top');
    expect(probeLabelSide(AT, SIZE, [right, left, boxOn('top')])).toBe('bottom');
  });

  it('takes the side it covers least when every side is covered', () => {
    const sides = (['right', 'left', 'top', 'bottom'] as const).map(boxOn);
    const small = { left: AT.x - 5, top: AT.y + 14, right: AT.x + 5, bottom: AT.y + 18 }; // a corner of 'bottom'
    expect(probeLabelSide(AT, SIZE, [...sides.slice(0, 3), small])).toBe('bottom');
  });

  it("lays the boxes out around the point as Leaflet does: 8 px of offset and the arrow's 6 px", () => {
    expect(boxOn('right')).toEqual({ left: 214, top: 138, right: 284, bottom: 162 });
    expect(boxOn('left')).toEqual({ left: 116, top: 138, right: 186, bottom: 162 });
    expect(boxOn('top')).toEqual({ left: 165, top: 112, right: 235, bottom: 136 });
    expect(boxOn('bottom')).toEqual({ left: 165, top: 164, right: 235, bottom: 188 });
  });
});
