import type { LatLngTuple } from 'leaflet';
import { describe, expect, it } from 'vitest';
import { unitRings } from '../../src/map/unitRings';

/** Web Mercator at scale 1 written the textbook way, to check the one that is drawn. */
const mercator = ([lat, lng]: LatLngTuple): [number, number] => [
  0.5 + lng / 360,
  0.5 - Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / (2 * Math.PI),
];

describe('unitRings', () => {
  it('projects a polyline line by line, as Web Mercator puts it at scale 1', () => {
    const line: LatLngTuple[] = [
      [49.99, 36.23],
      [64.38, 36.23],
      [-33.9, 151.2],
      [0, 540],
    ];
    const { coordinates, lengths } = unitRings([line, line.slice(0, 2)]);
    expect([...lengths]).toEqual([4, 2]);
    const expected = [...line, ...line.slice(0, 2)].flatMap(mercator);
    expect(coordinates).toHaveLength(expected.length);
    for (const [i, v] of coordinates.entries()) expect(v).toBeCloseTo(expected[i] as number, 12);
  });

  it('flattens a multi-polygon into its rings, each with its box, and boxes them all', () => {
    const outer: LatLngTuple[] = [
      [0, 0],
      [10, 0],
      [10, 20],
      [0, 20],
    ];
    const hole: LatLngTuple[] = [
      [2, 2],
      [4, 2],
      [4, 4],
    ];
    const copy = outer.map(([lat, lng]): LatLngTuple => [lat, lng + 360]);
    const { lengths, boxes, box } = unitRings([[outer, hole], [copy]]);
    expect([...lengths]).toEqual([4, 3, 4]);
    const [x0, y1] = mercator([0, 0]);
    const [x1, y0] = mercator([10, 20]);
    expect([...boxes.slice(0, 4)].map((v, i) => v - ([x0, y0, x1, y1][i] as number))).toEqual([0, 0, 0, 0]);
    expect(box[0]).toBe(x0);
    expect(box[2]).toBeCloseTo(x1 + 1, 12);
  });

  it('puts latitudes past 85.05° on the map edge, as Leaflet does', () => {
    const { coordinates } = unitRings([
      [
        [89.9, 10],
        [-90, 10],
      ],
    ]);
    expect(coordinates[1]).toBeCloseTo(0, 9);
    expect(coordinates[3]).toBeCloseTo(1, 9);
  });

  it('gives the same object for the same arrays, so a ring kept is projected once', () => {
    const paths: LatLngTuple[][] = [
      [
        [1, 2],
        [3, 4],
      ],
    ];
    expect(unitRings(paths)).toBe(unitRings(paths));
    expect(unitRings([])).toMatchObject({ box: [Infinity, Infinity, -Infinity, -Infinity] });
  });
});
