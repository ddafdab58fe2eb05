import { describe, expect, it } from 'vitest';
import type { LonLat } from '../../src/geo';
import { unitRings } from '../../src/map/unitRings';

/** Web Mercator at scale 1 written the textbook way, to check the one that is drawn. */
const mercator = ([lng, lat]: LonLat): [number, number] => [
  0.5 + lng / 360,
  0.5 - Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / (2 * Math.PI),
];

describe('unitRings', () => {
  it("projects the core's [lon, lat] lines line by line, as Web Mercator puts them at scale 1", () => {
    const line: LonLat[] = [
      [36.23, 49.99],
      [36.23, 64.38],
      [151.2, -33.9],
      [540, 0],
    ];
    const { coordinates, lengths } = unitRings([line, line.slice(0, 2)]);
    expect([...lengths]).toEqual([4, 2]);
    const expected = [...line, ...line.slice(0, 2)].flatMap(mercator);
    expect(coordinates).toHaveLength(expected.length);
    for (const [i, v] of coordinates.entries()) expect(v).toBeCloseTo(expected[i] as number, 12);
  });

  it("boxes each of a multi-polygon's rings, and all of them", () => {
    const outer: LonLat[] = [
      [0, 0],
      [0, 10],
      [20, 10],
      [20, 0],
    ];
    const hole: LonLat[] = [
      [2, 2],
      [2, 4],
      [4, 4],
    ];
    const copy = outer.map(([lng, lat]): LonLat => [lng + 360, lat]);
    const { lengths, boxes, box } = unitRings([outer, hole, copy]);
    expect([...lengths]).toEqual([4, 3, 4]);
    const [x0, y1] = mercator([0, 0]);
    const [x1, y0] = mercator([20, 10]);
    expect([...boxes.slice(0, 4)].map((v, i) => v - ([x0, y0, x1, y1][i] as number))).toEqual([0, 0, 0, 0]);
    expect(box[0]).toBe(x0);
    expect(box[2]).toBeCloseTo(x1 + 1, 12);
  });

  it('puts latitudes past 85.05° on the map edge, as Leaflet does', () => {
    const { coordinates } = unitRings([
      [
        [10, 89.9],
        [10, -90],
      ],
    ]);
    expect(coordinates[1]).toBeCloseTo(0, 9);
    expect(coordinates[3]).toBeCloseTo(1, 9);
  });

  it('boxes nothing when there are no lines', () => {
    expect(unitRings([])).toMatchObject({ box: [Infinity, Infinity, -Infinity, -Infinity] });
  });
});
