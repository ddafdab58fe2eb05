import { describe, expect, it } from 'vitest';
import { scaledRings } from '../../src/map/scaledRings';

// Leaflet 1.9's EPSG:3857 from a longitude and latitude to layer pixels, written out as Map.latLngToLayerPoint
// computes it: spherical Mercator, the transformation at the zoom's scale, rounded, less the pixel origin.
const R = 6378137;
const MAX_LAT = 85.0511287798;
const A = 0.5 / (Math.PI * R);
function mercator(lon: number, lat: number): [number, number] {
  const sin = Math.sin((Math.max(Math.min(MAX_LAT, lat), -MAX_LAT) * Math.PI) / 180);
  return [(R * lon * Math.PI) / 180, (R * Math.log((1 + sin) / (1 - sin))) / 2];
}
function leafletLayerPoint(lon: number, lat: number, zoom: number, origin: { x: number; y: number }) {
  const [x, y] = mercator(lon, lat);
  const scale = 256 * 2 ** zoom;
  return {
    x: Math.round(scale * (A * x + 0.5)) - origin.x,
    y: Math.round(scale * (-A * y + 0.5)) - origin.y,
  };
}
function unit(rings: [number, number][][]) {
  const values: number[] = [];
  for (const ring of rings)
    for (const [lon, lat] of ring) {
      const [x, y] = mercator(lon, lat);
      values.push(1 * (A * x + 0.5), 1 * (-A * y + 0.5));
    }
  return { coordinates: Float64Array.from(values), lengths: rings.map((r) => r.length) };
}
const point = (x: number, y: number) => ({ x, y });

describe('scaledRings', () => {
  const rings: [number, number][][] = [
    [
      [36.2304, 49.9935],
      [30.5234, 50.4501],
      [37.6173, 55.7558],
      [36.2304, 49.9935],
    ],
    [[-179.99, -85.2]],
    [],
    [
      [179.5, 71.3],
      [12.3456789, -33.3333333],
    ],
  ];

  it('gives the pixels Leaflet would at fractional and whole zooms, ring by ring', () => {
    for (const zoom of [1, 3.37, 5, 7.8125, 12]) {
      const origin = { x: Math.round(256 * 2 ** zoom * 0.41), y: Math.round(256 * 2 ** zoom * 0.29) };
      const got = scaledRings(unit(rings), 256 * 2 ** zoom, origin, point);
      expect(got.rings).toEqual(
        rings.map((ring) => ring.map(([lon, lat]) => leafletLayerPoint(lon, lat, zoom, origin))),
      );
    }
  });

  it('bounds every point, and has no bounds without points', () => {
    const origin = { x: 100, y: 200 };
    const got = scaledRings(unit(rings), 256 * 2 ** 4, origin, point);
    const all = got.rings.flat();
    expect(got.min).toEqual({ x: Math.min(...all.map((p) => p.x)), y: Math.min(...all.map((p) => p.y)) });
    expect(got.max).toEqual({ x: Math.max(...all.map((p) => p.x)), y: Math.max(...all.map((p) => p.y)) });
    const none = scaledRings(unit([[]]), 512, origin, point);
    expect(none.rings).toEqual([[]]);
    expect(none.min.x).toBeGreaterThan(none.max.x);
  });
});
