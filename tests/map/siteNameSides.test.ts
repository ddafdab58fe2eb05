import { describe, expect, it } from 'vitest';
import { labelWidthPx } from '../../src/map/labelWidthPx';
import { siteMarkerBox, siteNameBox, siteNameSides, siteNameSidesAt } from '../../src/map/siteNameSides';

describe('siteNameSides', () => {
  it('puts a name to the right of its marker when nothing is there', () => {
    expect(siteNameSides([{ x: 100, y: 100, name: 'Kharkiv' }])).toEqual(['right']);
    expect(
      siteNameSides([
        { x: 0, y: 0, name: 'Kyiv' },
        { x: 400, y: 0, name: 'Kharkiv' },
        { x: 0, y: 60, name: 'Odesa' },
      ]),
    ).toEqual(['right', 'right', 'right']);
  });

  it('moves a name to the left when to the right it would cover another launch point', () => {
    // Kyiv and Kharkiv in a social card at zoom 4: 36 px apart, nearly on one row
    expect(
      siteNameSides([
        { x: 0, y: 0, name: 'Kyiv' },
        { x: 36, y: 6, name: 'Kharkiv' },
      ]),
    ).toEqual(['left', 'right']);
    // in the other order the result is the same: Kharkiv's right is clear, Kyiv's would cover Kharkiv's marker
    expect(
      siteNameSides([
        { x: 36, y: 6, name: 'Kharkiv' },
        { x: 0, y: 0, name: 'Kyiv' },
      ]),
    ).toEqual(['right', 'left']);
  });

  it('puts a name above or below its marker where both its sides are taken, and an empty name covers nothing', () => {
    // three in a row, 40 px apart: the first to the left, the last to the right, the middle one above
    const row = [0, 40, 80].map((x, i) => ({ x, y: 0, name: `Point ${i + 1}` }));
    expect(siteNameSides(row)).toEqual(['left', 'top', 'right']);
    // a point 40 px above the middle one: the middle one's name goes below, clear of its marker; 40 px below,
    // above as before
    expect(siteNameSides([...row, { x: 40, y: -40, name: 'Point 4' }])).toEqual([
      'left',
      'bottom',
      'right',
      'right',
    ]);
    expect(siteNameSides([{ x: 40, y: 40, name: 'Point 0' }, ...row])).toEqual([
      'right',
      'left',
      'top',
      'right',
    ]);
    // a column of three: the middle one's name is beside it, clear of both
    const column = [0, 40, 80].map((y, i) => ({ x: 0, y, name: `Point ${i + 1}` }));
    expect(siteNameSides(column)).toEqual(['right', 'right', 'right']);
    // boxed in on every side: the side covering least, the right first where all cover as much
    const ring = [
      { x: 0, y: 0, name: 'Middle' },
      { x: 40, y: 0, name: 'East' },
      { x: -40, y: 0, name: 'West' },
      { x: 0, y: -30, name: 'North' },
      { x: 0, y: 30, name: 'South' },
    ];
    expect(siteNameSides(ring)[0]).toBe('right');
    expect(
      siteNameSides([
        { x: 0, y: 0, name: '' },
        { x: 36, y: 0, name: '' },
      ]),
    ).toEqual(['right', 'right']);
  });

  it('measures the boxes ring labels keep clear of', () => {
    expect(siteMarkerBox(100, 50)).toEqual({ minX: 86, minY: 36, maxX: 114, maxY: 64 });
    const width = 16 + labelWidthPx('Kyiv') + 14;
    expect(siteNameBox(100, 50, 'Kyiv', 'right')).toEqual({
      minX: 104,
      minY: 34,
      maxX: 100 + width,
      maxY: 66,
    });
    expect(siteNameBox(100, 50, 'Kyiv', 'left')).toEqual({ minX: 100 - width, minY: 34, maxX: 96, maxY: 66 });
    // above and below: centred on the point, a 32 px box 10 px off it and its arrow's 6 px beyond
    const across = (width - 16) / 2;
    expect(siteNameBox(100, 50, 'Kyiv', 'top')).toEqual({
      minX: 100 - across,
      minY: 2,
      maxX: 100 + across,
      maxY: 34,
    });
    expect(siteNameBox(100, 50, 'Kyiv', 'bottom')).toEqual({
      minX: 100 - across,
      minY: 66,
      maxX: 100 + across,
      maxY: 98,
    });
  });

  it('moves a name to the left when to the right it would cover a marked place or its name', () => {
    // Odesa and Kherson marked 13 px east of it (a social card at zoom 3): Odesa's name over the diamond and
    // Kherson's name, which is always to the right of its mark
    const odesa = { x: 100, y: 100, name: 'Odesa' };
    expect(siteNameSides([odesa])).toEqual(['right']);
    expect(siteNameSides([odesa], [{ x: 113, y: 99, name: 'Kherson' }])).toEqual(['left']);
    // a mark far off is no matter
    expect(siteNameSides([odesa], [{ x: 400, y: 99, name: 'Kherson' }])).toEqual(['right']);
    expect(
      siteNameSidesAt([{ center: [30.73, 46.48], name: 'Odesa' }], 3, [
        { center: [32.63, 46.64], name: 'Kherson' },
      ]),
    ).toEqual(['left']);
  });
});
