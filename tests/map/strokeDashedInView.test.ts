// strokeDashedInView: a dashed outline is stroked in runs that take in every segment near the view and, past
// the anchor each starts from, none far from it, each run's dashes started at its length along the whole ring.
import type { LatLngTuple, Point } from 'leaflet';
import { describe, expect, it } from 'vitest';
import { mapRing } from '../../src/geo';
import { ANCHOR_EVERY, strokeDashedInView } from '../../src/map/strokeDashedInView';
import { unitRings } from '../../src/map/unitRings';

/** Leaflet's [lat, lng] lines as the map keeps them (unitRings takes the core's [lon, lat]). */
const unitOf = (lines: LatLngTuple[][]) =>
  unitRings(lines.map((line) => line.map(([lat, lng]) => [lng, lat] as const)));

interface Run {
  offset: number;
  points: [number, number][];
}

/** A canvas context that keeps the runs stroked: each path's points and the dash offset it was stroked at. */
function recordingContext() {
  const runs: Run[] = [];
  let path: [number, number][] = [];
  const ctx = {
    lineDashOffset: 0,
    beginPath: () => {
      path = [];
    },
    moveTo: (x: number, y: number) => {
      path = [[x, y]];
    },
    lineTo: (x: number, y: number) => {
      path.push([x, y]);
    },
  };
  const stroke = () => runs.push({ offset: ctx.lineDashOffset, points: path });
  return { ctx: ctx as unknown as CanvasRenderingContext2D, runs, stroke };
}

/**
 * The ring's outline in layer pixels, rounded (to 1/`grid` pixel) and merged as traceRings draws it, with its
 * length so far.
 */
function wholeOutline(positions: LatLngTuple[], scale: number, origin: { x: number; y: number }, grid = 1) {
  const points: [number, number][] = [];
  const along: number[] = [];
  for (const [lat, lng] of positions) {
    const ux = 0.5 + lng / 360;
    const uy = 0.5 - Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / (2 * Math.PI);
    const point: [number, number] = [
      Math.round(grid * scale * ux) / grid - origin.x,
      Math.round(grid * scale * uy) / grid - origin.y,
    ];
    const last = points.at(-1);
    if (last && last[0] === point[0] && last[1] === point[1]) continue;
    along.push(last ? (along.at(-1) as number) + Math.hypot(point[0] - last[0], point[1] - last[1]) : 0);
    points.push(point);
  }
  return { points, along };
}

const key = (a: [number, number], b: [number, number]) => `${a}→${b}`;

describe('strokeDashedInView', () => {
  // a ring of 19,500 km from the heaviest map's first launch point: its outline, the hole round the antipode
  // and, from 18,000 km, lines stretched over the poles, runs far outside a zoomed-in view
  // and on a canvas drawn at 3 pixels per CSS pixel (an export's), at a third of a pixel
  for (const [rangeM, zoom, grid] of [
    [19_500_000, 9, 1],
    [18_000_000, 7, 1],
    [8_000_000, 6, 1],
    [12_000_000, 5, 1],
    [8_000_000, 6, 3],
  ] as const) {
    it(`strokes the segments near the view and no others, dashes in phase (${rangeM / 1000} km, zoom ${zoom}, ${grid}×)`, () => {
      // its longest ring: the outline itself, not the world's box round a hole
      const longest = mapRing([-5, 35], rangeM, 512)
        .flat()
        .reduce((a, b) => (b.length > a.length ? b : a));
      const outline = longest.map(([lon, lat]): LatLngTuple => [Math.max(-85, Math.min(85, lat)), lon]);
      const scale = 256 * 2 ** zoom;
      // a 1280 × 800 view somewhere the outline passes
      const first = wholeOutline(outline, scale, { x: 0, y: 0 });
      const through = first.points[Math.floor(first.points.length / 3)] as [number, number];
      const origin = { x: through[0] - 640, y: through[1] - 400 } as Point;
      const view = { min: { x: 0, y: 0 } as Point, max: { x: 1280, y: 800 } as Point };
      const margin = 22;
      const whole = wholeOutline(outline, scale, origin, grid);

      const { ctx, runs, stroke } = recordingContext();
      ctx.lineDashOffset = 3;
      expect(strokeDashedInView(ctx, unitOf([outline]), { scale, origin, grid }, view, margin, stroke)).toBe(
        true,
      );
      expect(ctx.lineDashOffset).toBe(3);

      const near = (a: [number, number], b: [number, number]) =>
        Math.max(a[0], b[0]) >= -margin &&
        Math.min(a[0], b[0]) <= 1280 + margin &&
        Math.max(a[1], b[1]) >= -margin &&
        Math.min(a[1], b[1]) <= 800 + margin;
      const wanted = new Set<string>();
      let total = 0;
      for (let i = 1; i < whole.points.length; i++) {
        const a = whole.points[i - 1] as [number, number];
        const b = whole.points[i] as [number, number];
        if (near(a, b)) wanted.add(key(a, b));
        total++;
      }
      const drawn: string[] = [];
      for (const run of runs) {
        // a run is a stretch of the whole outline from one of its anchors, its dashes offset by its length
        // along the ring there
        const start = whole.points.findIndex(
          ([x, y], i) => i % ANCHOR_EVERY === 0 && x === run.points[0]?.[0] && y === run.points[0]?.[1],
        );
        expect(start).toBeGreaterThanOrEqual(0);
        expect(run.points).toEqual(whole.points.slice(start, start + run.points.length));
        expect(run.offset).toBeCloseTo(3 + (whole.along[start] as number), 6);
        // what it strokes before its first segment near the view is within one anchor's stretch
        const pairs = run.points.slice(1).map((b, i) => [run.points[i] as [number, number], b] as const);
        const firstNear = pairs.findIndex(([a, b]) => near(a, b));
        expect(firstNear).toBeGreaterThanOrEqual(0);
        expect(firstNear).toBeLessThan(ANCHOR_EVERY);
        for (const [a, b] of pairs.slice(firstNear)) drawn.push(key(a, b));
      }
      expect(new Set(drawn)).toEqual(wanted);
      expect(drawn.length).toBe(wanted.size);
      // far less than the whole outline is stroked
      expect(wanted.size).toBeGreaterThan(0);
      expect(wanted.size).toBeLessThan(total / 4);
    });
  }

  it('strokes nothing of a ring wholly outside the view', () => {
    const outline: LatLngTuple[] = [
      [10, 10],
      [10, 20],
      [20, 20],
    ];
    const { ctx, runs, stroke } = recordingContext();
    const view = { min: { x: 0, y: 0 } as Point, max: { x: 100, y: 100 } as Point };
    const stroked = strokeDashedInView(
      ctx,
      unitOf([outline]),
      { scale: 256, origin: { x: 0, y: 0 } as Point },
      view,
      4,
      stroke,
    );
    expect(stroked).toBe(false);
    expect(runs).toEqual([]);
  });
});
