import { describe, expect, it } from 'vitest';
import { coveredEdges } from '../../src/map/coveredEdges';

const MAP = { top: 100, bottom: 400, left: 0, right: 360 };

describe('coveredEdges', () => {
  it('takes a legend at the foot of the map as a band from its top edge to the map’s bottom', () => {
    // the legend ends 22 px above the map's foot, where the attribution line is
    expect(coveredEdges(MAP, [{ top: 300, bottom: 378, left: 8, right: 350 }])).toEqual({
      top: 0,
      bottom: 100,
    });
  });

  it('takes a box at the top as a band from the map’s top edge', () => {
    expect(coveredEdges(MAP, [{ top: 108, bottom: 150, left: 100, right: 260 }])).toEqual({
      top: 50,
      bottom: 0,
    });
  });

  it('caps a band at 40 % of the map’s height', () => {
    expect(coveredEdges(MAP, [{ top: 150, bottom: 390, left: 0, right: 360 }])).toEqual({
      top: 0,
      bottom: 120,
    });
  });

  it('leaves out boxes beside the map, boxes in its middle, and the tallest of two at one edge counts', () => {
    const beside = { top: 300, bottom: 390, left: 400, right: 500 };
    const middle = { top: 200, bottom: 260, left: 0, right: 360 };
    const low = { top: 340, bottom: 380, left: 0, right: 100 };
    const high = { top: 320, bottom: 380, left: 200, right: 300 };
    expect(coveredEdges(MAP, [beside, middle])).toEqual({ top: 0, bottom: 0 });
    expect(coveredEdges(MAP, [low, high])).toEqual({ top: 0, bottom: 80 });
  });
});
