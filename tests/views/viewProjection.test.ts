// The views' framing: the zoom is the map's, the globe starts on the launch points, a fitted view shows every ring.
import geodesic from 'geographiclib-geodesic';
import { describe, expect, it } from 'vitest';
import type { LonLat } from '../../src/geo';
import { dragState } from '../../src/views/dragState';
import {
  distanceViewProjection,
  fittedView,
  globeProjection,
  meanLonLat,
  scaleForZoom,
  zoomForScale,
} from '../../src/views/viewProjection';

const SIZE = { width: 800, height: 600 };

describe('view projections', () => {
  it('matches the map’s scale at the equator and inverts it', () => {
    // Web Mercator at zoom 3: 2,048 px around the equator
    expect(scaleForZoom(3) * 2 * Math.PI).toBeCloseTo(2048, 6);
    expect(zoomForScale(scaleForZoom(5.25))).toBeCloseTo(5.25, 9);
  });

  it('finds the middle of launch points across ±180°', () => {
    const [lon, lat] = meanLonLat([
      [170, 10],
      [-170, 10],
    ]) as LonLat;
    expect(Math.abs(lon)).toBeCloseTo(180, 6);
    expect(lat).toBeGreaterThan(10);
    expect(meanLonLat([])).toBeNull();
  });

  it('fits the globe so the farthest ring is inside the view, centred on the launch points', () => {
    const sites: LonLat[] = [
      [36.23, 49.99],
      [30.52, 50.45],
    ];
    const state = fittedView('globe', sites, 1600, SIZE);
    const projection = globeProjection(state, SIZE);
    const [x, y] = projection(state.center) as [number, number];
    expect(x).toBeCloseTo(400, 6);
    expect(y).toBeCloseTo(300, 6);
    // 1,600 km north of the northern site is inside the view, near its top edge
    const north = projection([30.52, 50.45 + 1600 / 111.2]) as [number, number];
    expect(north[1]).toBeGreaterThan(0);
    expect(north[1]).toBeLessThan(60);
  });

  it('shows the whole globe for rings past a hemisphere', () => {
    const state = fittedView('globe', [[36.23, 49.99]], 12_000, SIZE);
    expect(scaleForZoom(state.zoom)).toBeCloseTo(300 - 24, 6);
  });

  it('centres the distance map on its site, true in distance from it on the ellipsoid', () => {
    const state = fittedView('distance', [[36.23, 49.99]], 1600, SIZE, [36.23, 49.99]);
    const projection = distanceViewProjection(state, SIZE);
    const east = projection([50, 49.99]) as [number, number];
    // GeographicLib's geodesic distance, in units of the equatorial radius (the projection's unit length)
    const wgs84 = geodesic.Geodesic.WGS84;
    const metres = wgs84.Inverse(49.99, 36.23, 49.99, 50).s12 as number;
    const px = Math.hypot(east[0] - 400, east[1] - 300);
    expect(px / scaleForZoom(state.zoom)).toBeCloseTo(metres / wgs84.a, 9);
  });

  it('turns the globe against a drag and pans a flat map with it', () => {
    const start = { center: [36.23, 49.99] as LonLat, zoom: 3, offset: [0, 0] as [number, number] };
    const turned = dragState(start, 100, 0, 'rotate');
    expect(turned.center[0]).toBeLessThan(36.23);
    expect(turned.center[1]).toBeCloseTo(49.99, 9);
    expect(dragState(start, 0, 100_000, 'rotate').center[1]).toBeLessThanOrEqual(89.9);
    expect(dragState(start, 10, -5, 'pan').offset).toEqual([10, -5]);
  });
});
