// Where the globe and the distance map write the names of launch points and marks: beside each point, clear of
// every other point and of the names written before, when a side is.
import { describe, expect, it } from 'vitest';
import { type NamedPoint, type NamePlace, pointNamePlaces } from '../../src/views/pointNamePlaces';

/** The box a name's ink covers, as the placement counts it (11 px above its baseline, 4 below). */
const box = (place: NamePlace, width: number) => ({
  minX: place.left,
  maxX: place.left + width,
  minY: place.baseline - 11,
  maxY: place.baseline + 4,
});
const overlap = (a: ReturnType<typeof box>, b: ReturnType<typeof box>) =>
  a.minX < b.maxX && b.minX < a.maxX && a.minY < b.maxY && b.minY < a.maxY;
const symbol = (p: NamedPoint) => ({
  minX: p.x - p.half,
  maxX: p.x + p.half,
  minY: p.y - p.half,
  maxY: p.y + p.half,
});

describe('pointNamePlaces', () => {
  it('writes a lone name to the right of its point, 3 px clear of its symbol, its middle on the point', () => {
    const [place] = pointNamePlaces([{ x: 100, y: 50, half: 6, width: 40 }]);
    expect(place).toEqual({ left: 109, baseline: 54 });
  });

  it('keeps two names that would meet apart (a launch point and a marked place 20 px away)', () => {
    // Odesa and Kherson on the globe at its first zoom, as a reader saw them: one name over the other
    const points: NamedPoint[] = [
      { x: 460, y: 438, half: 6, width: 46 },
      { x: 480, y: 433, half: 5, width: 60 },
    ];
    const places = pointNamePlaces(points);
    const boxes = places.map((p, i) => box(p, (points[i] as NamedPoint).width));
    expect(overlap(boxes[0] as ReturnType<typeof box>, boxes[1] as ReturnType<typeof box>)).toBe(false);
    for (const [i, b] of boxes.entries())
      for (const [k, p] of points.entries()) if (k !== i) expect(overlap(b, symbol(p))).toBe(false);
    // the second, named after the first, keeps the right of its point: nothing is there
    expect(places[1]).toEqual({ left: 488, baseline: 437 });
  });

  it('names a row of points close together without a name over another point', () => {
    const points: NamedPoint[] = Array.from({ length: 4 }, (_, i) => ({
      x: 100 + i * 30,
      y: 100,
      half: 5,
      width: 50,
    }));
    const places = pointNamePlaces(points);
    const boxes = places.map((p, i) => box(p, (points[i] as NamedPoint).width));
    for (const [i, b] of boxes.entries())
      for (const [k, p] of points.entries()) if (k !== i) expect(overlap(b, symbol(p))).toBe(false);
  });

  it('gives a name with no clear side a place still, to the right', () => {
    // a point boxed in by four others on every side: its name still has a place
    const centre = { x: 100, y: 100, half: 6, width: 30 };
    const around: NamedPoint[] = [
      { x: 125, y: 100, half: 6, width: 0 },
      { x: 75, y: 100, half: 6, width: 0 },
      { x: 100, y: 80, half: 6, width: 0 },
      { x: 100, y: 122, half: 6, width: 0 },
    ];
    const places = pointNamePlaces([centre, ...around]);
    expect(places).toHaveLength(5);
    expect(places[0]).toEqual({ left: 109, baseline: 104 });
  });
});
