// ringLayerBox and boxReaches: a packed ring's box in layer pixels, for a scale, an origin and a world copy, and
// whether it reaches a view.
import { describe, expect, it } from 'vitest';
import { boxReaches, ringLayerBox } from '../../src/map/ringLayerBox';

// two rings in unit Web Mercator: minX, minY, maxX, maxY each
const boxes = [0.25, 0.25, 0.5, 0.5, 0.9, 0.1, 1.0, 0.2];
const view = { min: { x: 0, y: 0 }, max: { x: 255, y: 255 } };

describe('ringLayerBox', () => {
  it('scales the r-th box and takes the pixel origin off', () => {
    const out = { left: 0, top: 0, right: 0, bottom: 0 };
    expect(ringLayerBox(boxes, 0, 512, { x: 100, y: 50 }, 0, out)).toEqual({
      left: 28,
      top: 78,
      right: 156,
      bottom: 206,
    });
    expect(ringLayerBox(boxes, 1, 512, { x: 0, y: 0 }, 0, out)).toEqual({
      left: 460.8,
      top: 51.2,
      right: 512,
      bottom: 102.4,
    });
  });

  it('moves a world copy across by whole worlds, not up or down', () => {
    const box = ringLayerBox(boxes, 1, 512, { x: 0, y: 0 }, -1, { left: 0, top: 0, right: 0, bottom: 0 });
    expect(box.left).toBeCloseTo(-51.2, 9);
    expect(box.right).toBe(0);
    expect(box.top).toBe(51.2);
  });

  it('reuses the box it is given', () => {
    const out = { left: 0, top: 0, right: 0, bottom: 0 };
    expect(ringLayerBox(boxes, 0, 512, { x: 0, y: 0 }, 0, out)).toBe(out);
  });
});

describe('boxReaches', () => {
  it('holds a box inside, across or touching the view, and not one wholly outside', () => {
    expect(boxReaches({ left: 10, top: 10, right: 20, bottom: 20 }, view)).toBe(true);
    expect(boxReaches({ left: -500, top: -500, right: 500, bottom: 500 }, view)).toBe(true);
    expect(boxReaches({ left: 255, top: 0, right: 300, bottom: 10 }, view)).toBe(true);
    expect(boxReaches({ left: 256, top: 0, right: 300, bottom: 10 }, view)).toBe(false);
    expect(boxReaches({ left: 10, top: -30, right: 20, bottom: -1 }, view)).toBe(false);
  });
});
