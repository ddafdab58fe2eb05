import { describe, expect, it } from 'vitest';
import { parseBoxShadow } from '../../src/map/parseBoxShadow';

describe('parseBoxShadow', () => {
  it('reads a computed box-shadow as Chromium writes it: colour first, then x, y, blur, spread', () => {
    expect(parseBoxShadow('rgba(0, 0, 0, 0.4) 0px 1px 3px 0px')).toEqual([
      { color: 'rgba(0, 0, 0, 0.4)', x: 0, y: 1, blur: 3, spread: 0 },
    ]);
    expect(parseBoxShadow('rgb(255, 255, 255) 0px 0px 0px 2px')).toEqual([
      { color: 'rgb(255, 255, 255)', x: 0, y: 0, blur: 0, spread: 2 },
    ]);
  });

  it('parts shadows at commas outside a colour, and leaves out inset ones and none', () => {
    expect(parseBoxShadow('rgb(1, 2, 3) 1px 2px 0px 0px, rgba(4, 5, 6, 0.5) -1px 0px 4px 1px')).toEqual([
      { color: 'rgb(1, 2, 3)', x: 1, y: 2, blur: 0, spread: 0 },
      { color: 'rgba(4, 5, 6, 0.5)', x: -1, y: 0, blur: 4, spread: 1 },
    ]);
    expect(parseBoxShadow('rgb(0, 0, 0) 0px 0px 2px 0px inset')).toEqual([]);
    expect(parseBoxShadow('none')).toEqual([]);
  });
});
