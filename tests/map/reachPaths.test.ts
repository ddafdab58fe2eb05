// reachPaths: a reach area across 180° or around a pole is filled on every world copy and stroked along its
// true boundary only, never along the seam or the pole the core closes it with.
import type { LatLngTuple } from 'leaflet';
import { describe, expect, it } from 'vitest';
import { countryOutline } from '../../src/data';
import { distanceM, reachArea } from '../../src/geo';
import { reachPaths, trueRuns } from '../../src/map/reachPaths';

const BERING = {
  type: 'LineString' as const,
  coordinates: [
    [176, 62],
    [-176, 63],
  ],
};

/** Segments of the outline that run along a meridian at ±180° (or a copy of it). */
function seamSegments(outline: LatLngTuple[][]): number {
  let count = 0;
  for (const line of outline) {
    for (let i = 0; i + 1 < line.length; i++) {
      const [lat1, lng1] = line[i] as LatLngTuple;
      const [lat2, lng2] = line[i + 1] as LatLngTuple;
      if (lng1 === lng2 && Math.abs(((lng1 % 360) + 360) % 360) === 180 && lat1 !== lat2) count++;
    }
  }
  return count;
}

describe('reachPaths', () => {
  it('strokes a reach across 180° along the true boundary only, on three world copies', () => {
    const reach = reachArea(BERING, 300_000, { vertices: 180 }).geometry;
    expect(reach.type).toBe('MultiPolygon');
    const paths = reachPaths(reach);
    expect(seamSegments(paths.outline)).toBe(0);
    // each polygon's fill on three copies, and the outline's runs meet across the seam: 2 runs per copy
    expect(paths.fill).toHaveLength(3 * (reach.type === 'MultiPolygon' ? reach.coordinates.length : 1));
    expect(paths.outline).toHaveLength(3 * 2);
    // every outline vertex is on the boundary: 300 km from the line, within the core's 1 m
    const ends = BERING.coordinates as [number, number][];
    for (const [lat, lng] of paths.outline[2] ?? []) {
      const lon = ((((lng + 180) % 360) + 360) % 360) - 180;
      const near = Math.min(...ends.map((e) => distanceM([lon, lat], e)));
      expect(near).toBeGreaterThanOrEqual(300_000 - 1);
    }
    // the label starts above the reach's northernmost point, on one of its own runs
    expect(paths.anchor[1]).toBe(Math.max(...paths.runs.flat().map(([, lat]) => lat)));
    expect(paths.runs.some((run) => run.includes(paths.anchor))).toBe(true);
    expect(paths.labelBelow).toBe(false);
  });

  it('leaves out the pole and seam edges of a cap around the North Pole, and hangs its label below', () => {
    const reach = reachArea({ type: 'Point', coordinates: [15.64, 78.22] }, 1_500_000, {
      vertices: 180,
    }).geometry;
    const paths = reachPaths(reach);
    expect(seamSegments(paths.outline)).toBe(0);
    for (const line of paths.outline) for (const [lat] of line) expect(lat).toBeLessThan(85.06);
    expect(paths.labelBelow).toBe(true);
    expect(paths.anchor[1]).toBeLessThan(70);
    expect(paths.anchor[1]).toBe(Math.min(...paths.runs.flat().map(([, lat]) => lat)));
  });

  it('draws an outline that crosses 180° within one ring (Fiji at 1:110m) on, not across the whole map', () => {
    const fiji = countryOutline('FJ', '110m')?.geometry;
    if (!fiji) throw new Error('no outline of Fiji');
    const paths = reachPaths(fiji);
    for (const line of [...paths.outline, ...paths.fill.flat()]) {
      for (let i = 0; i + 1 < line.length; i++) {
        expect(Math.abs((line[i + 1]?.[1] ?? 0) - (line[i]?.[1] ?? 0))).toBeLessThan(5);
      }
    }
  });

  it('keeps a ring with no closing edge whole and closed', () => {
    const ring: [number, number][] = [
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 0],
    ];
    expect(trueRuns(ring)).toEqual([ring]);
    const cut: [number, number][] = [
      [170, 10],
      [180, 10],
      [180, 20],
      [170, 20],
      [170, 10],
    ];
    expect(trueRuns(cut)).toEqual([
      [
        [180, 20],
        [170, 20],
        [170, 10],
        [180, 10],
      ],
    ]);
  });
});
