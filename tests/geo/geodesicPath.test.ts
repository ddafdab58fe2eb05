import geodesic from 'geographiclib-geodesic';
import { describe, expect, it } from 'vitest';
import { geodesicPath } from '../../src/geo';

const geod = geodesic.Geodesic.WGS84;
const dist = (a: number[], b: number[]) => geod.Inverse(a[1]!, a[0]!, b[1]!, b[0]!).s12 as number;

describe('geodesicPath', () => {
  it('runs from a to b along the shortest geodesic, evenly spaced', () => {
    const kyiv = [30.5234, 50.4501] as [number, number];
    const washington = [-77.0369, 38.9072] as [number, number];
    const total = dist(kyiv, washington);
    const path = geodesicPath(kyiv, washington, 10);
    expect(path).toHaveLength(11);
    path.forEach((p, i) => {
      expect(dist(kyiv, p)).toBeCloseTo((total * i) / 10, 3);
      expect(dist(p, washington)).toBeCloseTo((total * (10 - i)) / 10, 3);
    });
    expect(path[10]![0]).toBeCloseTo(washington[0], 9);
  });

  it('keeps longitudes continuous across 180°', () => {
    const path = geodesicPath([170, -18], [-170, -15], 20);
    for (let i = 1; i < path.length; i++) expect(Math.abs(path[i]![0] - path[i - 1]![0])).toBeLessThan(5);
    expect(path[20]![0]).toBeCloseTo(190, 9);
  });
});
