// Rings for d3-geo: the launch point's side is the inside (d3 reads winding the other way to RFC 7946), pole caps
// and rings across ±180° are one whole polygon, and every vertex is the map's own, on the geodesic circle.
import { geoArea, geoContains } from 'd3';
import { describe, expect, it } from 'vitest';
import { distanceM, type LonLat, ringTrace } from '../../src/geo';
import { sphereBand, sphereRing, sphereRingVertices } from '../../src/views/sphereRing';

const KHARKIV: LonLat = [36.2304, 49.9935];
const LONGYEARBYEN: LonLat = [15.6267, 78.2232];
const ANADYR: LonLat = [177.51, 64.73];
const EARTH_AREA_SR = 4 * Math.PI;

function antipode([lon, lat]: LonLat): LonLat {
  return [lon > 0 ? lon - 180 : lon + 180, -lat];
}

describe('sphereRing', () => {
  it.each([
    ['a disk (Kharkiv, 1,600 km)', KHARKIV, 1_600_000],
    ['a pole cap (Longyearbyen, 1,600 km)', LONGYEARBYEN, 1_600_000],
    ['a ring across ±180° (Anadyr, 1,600 km)', ANADYR, 1_600_000],
    ['past both poles (Kharkiv, 15,000 km)', KHARKIV, 15_000_000],
  ])(
    '%s holds its launch point, not the antipode, and the right share of the sphere',
    (_, center, rangeM) => {
      const area = sphereRing(center, rangeM, 256);
      if (area === null || area.type === 'Sphere') throw new Error('expected a polygon');
      expect(area.type).toBe('Polygon');
      expect(geoContains(area, center)).toBe(true);
      expect(geoContains(area, antipode(center))).toBe(false);
      // a spherical cap of angular radius θ covers (1 − cos θ) / 2 of the sphere; the ellipsoid moves it a little
      const theta = rangeM / 6_371_008.8;
      expect(geoArea(area) / EARTH_AREA_SR).toBeCloseTo((1 - Math.cos(theta)) / 2, 2);
    },
  );

  it('puts the North Pole inside the cap from Longyearbyen and keeps it one polygon', () => {
    const area = sphereRing(LONGYEARBYEN, 1_600_000, 256);
    if (area?.type !== 'Polygon') throw new Error('expected a polygon');
    expect(area.coordinates).toHaveLength(1);
    expect(geoContains(area, [0, 90])).toBe(true);
    expect(geoContains(area, [-150, 88])).toBe(true); // past the pole, about 1,500 km away
    expect(geoContains(area, [15.6, 60])).toBe(false);
  });

  it('holds both sides of ±180° around Anadyr', () => {
    const area = sphereRing(ANADYR, 1_600_000, 256);
    if (area?.type !== 'Polygon') throw new Error('expected a polygon');
    expect(geoContains(area, [-175, 64.7])).toBe(true); // Chukotka east of 180°
    expect(geoContains(area, [172, 64])).toBe(true);
    expect(geoContains(area, [-140, 64])).toBe(false); // Alaska's interior, about 2,000 km away
  });

  it('draws the map’s own vertices, each on the geodesic circle', () => {
    const ring = sphereRingVertices(KHARKIV, 1_600_000, 128);
    if (!Array.isArray(ring)) throw new Error('expected vertices');
    const trace = ringTrace(KHARKIV, 1_600_000, 128);
    expect(ring).toEqual(trace.vertices.map((v) => [v.lon, v.lat]));
    for (const [lon = 0, lat = 0] of ring) expect(distanceM(KHARKIV, [lon, lat])).toBeCloseTo(1_600_000, -1);
  });

  it('is the whole sphere past half a meridian and nothing at range 0', () => {
    expect(sphereRing(KHARKIV, 20_100_000, 64)).toEqual({ type: 'Sphere' });
    expect(sphereRing(KHARKIV, 0, 64)).toBeNull();
  });

  it('makes a band whose hole is the inner ring', () => {
    const band = sphereBand(KHARKIV, 460_000, 240_000, 128);
    if (band?.type !== 'Polygon') throw new Error('expected a polygon');
    expect(band.coordinates).toHaveLength(2);
    expect(geoContains(band, KHARKIV)).toBe(false);
    expect(geoContains(band, [36.23, 53.5])).toBe(true); // about 390 km north
    expect(geoContains(band, [36.23, 56])).toBe(false);
  });
});
