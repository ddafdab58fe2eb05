// traceRings: packed rings traced in layer pixels rounded as Leaflet rounds them (whole CSS pixels) on the map's
// canvas, and to the canvas's own pixels on a canvas drawn at a higher density (an export's).
import type { Point } from 'leaflet';
import { describe, expect, it } from 'vitest';
import { traceRings } from '../../src/map/traceRings';
import { unitRings } from '../../src/map/unitRings';

/** A canvas context that keeps the points traced, one list per moveTo. */
function tracingContext() {
  const lines: [number, number][][] = [];
  const ctx = {
    moveTo: (x: number, y: number) => lines.push([[x, y]]),
    lineTo: (x: number, y: number) => lines.at(-1)?.push([x, y]),
    closePath: () => undefined,
  };
  return { ctx: ctx as unknown as CanvasRenderingContext2D, lines };
}

/** Spherical Web Mercator in unit coordinates, as Leaflet's CRS projects (EPSG:3857). */
function unitPoint([lon, lat]: readonly [number, number]): [number, number] {
  const y = Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
  return [0.5 + lon / 360, 0.5 - y / (2 * Math.PI)];
}

// a small ring of points a few pixels apart at zoom 6, where rounding shows
const ring: [number, number][] = Array.from({ length: 64 }, (_, i) => {
  const a = (2 * Math.PI * i) / 64;
  return [30 + 1.5 * Math.cos(a), 50 + Math.sin(a)];
});
const scale = 256 * 2 ** 6;
const origin = { x: 9000, y: 5000 } as Point;
const view = { min: { x: -1e6, y: -1e6 } as Point, max: { x: 1e6, y: 1e6 } as Point };

describe('traceRings', () => {
  it('traces whole CSS pixels by default, as Leaflet rounds a polygon’s points', () => {
    const { ctx, lines } = tracingContext();
    expect(traceRings(ctx, unitRings([ring]), { scale, origin }, view, true)).toBe(true);
    const expected = ring
      .map(unitPoint)
      .map(([x, y]): [number, number] => [Math.round(scale * x) - origin.x, Math.round(scale * y) - origin.y])
      .filter((p, i, all) => i === 0 || p[0] !== all[i - 1]?.[0] || p[1] !== all[i - 1]?.[1]);
    expect(lines).toEqual([expected]);
  });

  for (const grid of [2, 3, 4.5]) {
    it(`traces the canvas’s own pixels at ${grid} per CSS pixel: each point within half of one of them`, () => {
      const { ctx, lines } = tracingContext();
      traceRings(ctx, unitRings([ring]), { scale, origin, grid }, view, true);
      const traced = lines[0] ?? [];
      // no two points round to one canvas pixel here, so every point is traced, in order
      expect(traced).toHaveLength(ring.length);
      ring.map(unitPoint).forEach(([x, y], i) => {
        const [tx, ty] = traced[i] as [number, number];
        expect(Math.abs(tx - (scale * x - origin.x))).toBeLessThanOrEqual(0.5 / grid + 1e-9);
        expect(Math.abs(ty - (scale * y - origin.y))).toBeLessThanOrEqual(0.5 / grid + 1e-9);
        // on the canvas's pixel grid
        expect(Math.abs((tx + origin.x) * grid - Math.round((tx + origin.x) * grid))).toBeLessThan(1e-6);
      });
      // finer than whole CSS pixels: most points fall between them
      expect(traced.flat().filter((v) => !Number.isInteger(v)).length).toBeGreaterThan(ring.length);
    });
  }
});
