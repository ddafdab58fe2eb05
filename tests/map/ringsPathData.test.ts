// A dragged launch point's rings as SVG path data: the pixels Leaflet's Polygon and Polyline would draw for
// the same rings (rounded alike, repeated pixels merged), rings outside the view left out, and a ring reaching
// far past the view clipped to it.
import { describe, expect, it } from 'vitest';
import { ringsPathData } from '../../src/map/ringsPathData';
import { unitRings } from '../../src/map/unitRings';

interface Point {
  x: number;
  y: number;
}
const point = (x: number, y: number): Point => ({ x, y });
const SCALE = 256 * 2 ** 6;
const VIEW = { min: point(-100, -100), max: point(1380, 900) };

/** Leaflet's own projection of the same ring at the same scale and origin, rounded as it rounds. */
function leafletPixels(lat: number[], lng: number[], origin: Point, scale = SCALE): Point[] {
  return lat.map((la, i) => {
    const x = scale * (0.5 + (lng[i] as number) / 360);
    const s = Math.sin((la * Math.PI) / 180);
    const y = scale * (0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI));
    return point(Math.round(x) - origin.x, Math.round(y) - origin.y);
  });
}

const numbers = (d: string) => d.match(/-?\d+/g)?.map(Number) ?? [];

describe('ringsPathData', () => {
  const lat = [50, 50, 48, 48, 48];
  const lng = [30, 34, 34, 30, 30.000001];
  const ring = unitRings([lat.map((la, i): [number, number] => [lng[i] as number, la])]);
  const origin = point(Math.round(SCALE * (0.5 + 28 / 360)), Math.round(SCALE * 0.33));

  it("draws a polygon's ring at Leaflet's pixels, a repeated pixel once, closed", () => {
    const d = ringsPathData(ring, { scale: SCALE, origin }, VIEW, true);
    const expected = leafletPixels(lat, lng, origin).slice(0, 4);
    expect(d.startsWith('M')).toBe(true);
    expect(d.endsWith('z')).toBe(true);
    expect(numbers(d)).toEqual(expected.flatMap((p) => [p.x, p.y]));
  });

  it('leaves out a ring wholly outside the view, and an open line is not closed', () => {
    const away = point(origin.x + 5000, origin.y);
    expect(ringsPathData(ring, { scale: SCALE, origin: away }, VIEW, true)).toBe('');
    const line = ringsPathData(ring, { scale: SCALE, origin }, VIEW, false);
    expect(line.endsWith('z')).toBe(false);
    expect(line.match(/M/g)).toHaveLength(1);
  });

  it('leaves out the points of a run beyond one edge of the view, keeping its ends and every point inside', () => {
    // a ring of 400 points round a circle of 2,000 px whose centre is left of the view
    const n = 400;
    const cx = -1500;
    const cy = 400;
    const origin0 = point(0, 0);
    const lats: number[] = [];
    const lngs: number[] = [];
    for (let i = 0; i < n; i++) {
      const x = cx + 2000 * Math.cos((2 * Math.PI * i) / n);
      const y = cy + 2000 * Math.sin((2 * Math.PI * i) / n);
      lngs.push((x / SCALE - 0.5) * 360);
      lats.push((Math.atan(Math.sinh(Math.PI * (1 - (2 * y) / SCALE))) * 180) / Math.PI);
    }
    const circle = unitRings([lats.map((la, i): [number, number] => [lngs[i] as number, la])]);
    // every point, as drawn where the view holds the whole ring
    const wide = { min: point(-1e5, -1e5), max: point(1e5, 1e5) };
    const whole = numbers(ringsPathData(circle, { scale: SCALE, origin: origin0 }, wide, true));
    const all = whole.flatMap((v, i) => (i % 2 === 0 ? [point(v, whole[i + 1] as number)] : []));
    expect(all.length).toBeGreaterThan(n - 10);
    const d = ringsPathData(circle, { scale: SCALE, origin: origin0 }, VIEW, true);
    const values = numbers(d);
    const kept = new Set<string>();
    for (let i = 0; i < values.length; i += 2) kept.add(`${values[i]} ${values[i + 1]}`);
    const inside = all.filter(
      (p) => p.x >= VIEW.min.x && p.x <= VIEW.max.x && p.y >= VIEW.min.y && p.y <= VIEW.max.y,
    );
    expect(inside.length).toBeGreaterThan(20);
    expect(inside.filter((p) => !kept.has(`${p.x} ${p.y}`))).toEqual([]);
    expect(values.length / 2).toBeLessThan(inside.length + 10);
  });

  it('clips a ring reaching far past the view to it, the same area inside the view', () => {
    const scale = 256 * 2 ** 18; // a 200 km ring at zoom 18 spans millions of pixels
    const big = leafletPixels(lat, lng, point(0, 0), scale);
    // the ring's top edge crosses the view 200 px from its top
    const origin18 = point((big[0]?.x as number) + 372_000, (big[0]?.y as number) - 200);
    const d = ringsPathData(ring, { scale, origin: origin18 }, VIEW, true);
    const values = numbers(d);
    for (let i = 0; i < values.length; i += 2) {
      expect(values[i]).toBeGreaterThanOrEqual(VIEW.min.x);
      expect(values[i]).toBeLessThanOrEqual(VIEW.max.x);
      expect(values[i + 1]).toBeGreaterThanOrEqual(VIEW.min.y);
      expect(values[i + 1]).toBeLessThanOrEqual(VIEW.max.y);
    }
    // the clipped ring is the view below the ring's top edge: 200 px down to the bottom, side to side
    const ys = values.filter((_, i) => i % 2 === 1);
    expect(Math.min(...ys)).toBe(200);
    expect(Math.max(...ys)).toBe(VIEW.max.y);
    const line = ringsPathData(ring, { scale, origin: origin18 }, VIEW, false);
    expect(line).toBe(`M${VIEW.min.x} 200L${VIEW.max.x} 200`);
  });
});
