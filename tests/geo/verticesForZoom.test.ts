// The vertex count is checked by measuring: project the ring to Web Mercator pixels at the zoom and find
// how far the true circle (points at mid-azimuths, GeographicLib) strays from each chord.
import geodesic from 'geographiclib-geodesic';
import { describe, expect, it } from 'vitest';
import { type LonLat, verticesForZoom } from '../../src/geo';

const geod = geodesic.Geodesic.WGS84;

function mercatorPx([lon, lat]: LonLat, zoom: number): [number, number] {
  const scale = (256 * 2 ** zoom) / 360;
  const y = (Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) * 180) / Math.PI;
  return [lon * scale, -y * scale];
}

function maxChordErrorPx(center: LonLat, rangeM: number, zoom: number, n: number): number {
  const at = (az: number): LonLat => {
    const p = geod.Direct(
      center[1],
      center[0],
      az,
      rangeM,
      geodesic.Geodesic.LONG_UNROLL | geodesic.Geodesic.STANDARD,
    );
    return [p.lon2 as number, p.lat2 as number];
  };
  let worst = 0;
  for (let i = 0; i < n; i++) {
    const a = mercatorPx(at((i * 360) / n), zoom);
    const b = mercatorPx(at(((i + 1) * 360) / n), zoom);
    for (const t of [0.25, 0.5, 0.75]) {
      const m = mercatorPx(at(((i + t) * 360) / n), zoom);
      const dx = b[0] - a[0];
      const dy = b[1] - a[1];
      const len = Math.hypot(dx, dy) || 1;
      worst = Math.max(worst, Math.abs((m[0] - a[0]) * dy - (m[1] - a[1]) * dx) / len);
    }
  }
  return worst;
}

const KHARKIV: LonLat = [36.2304, 49.9935];

describe('verticesForZoom', () => {
  it('matches the published figures for 1 px (1,600 km from Kharkiv: 38, 105, 420 at zooms 3, 6, 10)', () => {
    expect(verticesForZoom(KHARKIV, 1_600_000, 3, 1)).toBe(40); // 38 rounded up to a multiple of 4
    expect(verticesForZoom(KHARKIV, 1_600_000, 6, 1)).toBe(108);
    expect(verticesForZoom(KHARKIV, 1_600_000, 10, 1)).toBe(420);
  });

  const cases: [string, LonLat, number][] = [
    ['Kharkiv 300 km', KHARKIV, 300_000],
    ['Kharkiv 1,600 km', KHARKIV, 1_600_000],
    ['equator 1,000 km', [0, 0], 1_000_000],
    ['Ukraine 460 km', [30.5, 50.45], 460_000],
  ];
  for (const [name, center, rangeM] of cases) {
    for (const zoom of [3, 5, 7]) {
      it(`${name} at zoom ${zoom}: chord error under ½ px, and not oversampled`, () => {
        const n = verticesForZoom(center, rangeM, zoom);
        if (n === 32) return expect(maxChordErrorPx(center, rangeM, zoom, n)).toBeLessThan(0.5);
        expect(maxChordErrorPx(center, rangeM, zoom, n)).toBeLessThan(0.5);
        // "and no more": with a third fewer vertices the error would be over a quarter pixel
        expect(maxChordErrorPx(center, rangeM, zoom, Math.floor((n * 2) / 3))).toBeGreaterThan(0.25);
      });
    }
  }

  it('stays within its bounds and rejects nonsense', () => {
    expect(verticesForZoom(KHARKIV, 100, 0)).toBe(32);
    expect(verticesForZoom([15.6, 78.2], 5_000_000, 18)).toBe(8192);
    expect(() => verticesForZoom(KHARKIV, 1000, Number.NaN)).toThrow(/zoom must be a finite number/);
  });
});
