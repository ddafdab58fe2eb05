import geodesic from 'geographiclib-geodesic';
import type { LatLngTuple } from 'leaflet';
import { describe, expect, it } from 'vitest';
import { distanceM, type LonLat } from '../../src/geo';
import { MERCATOR_MAX_LAT } from '../../src/map/mercatorRuns';
import { siteRingMaker, siteRings } from '../../src/map/ringGeometry';
import { unitLines } from '../support/unitLines';

const LONGYEARBYEN: LonLat = [15.65, 78.22];
const KYIV: LonLat = [30.52, 50.45];

/** Segments of the outlines that run along a meridian opposite the centre or along the map's edge. */
function seamSegments(center: LonLat, lines: LatLngTuple[][]): string[] {
  const found: string[] = [];
  const onSeam = (lon: number) => Math.abs(((((lon - center[0]) % 360) + 360) % 360) - 180) < 1e-9;
  for (const line of lines)
    for (let i = 1; i < line.length; i++) {
      const [latA, lonA] = line[i - 1] as LatLngTuple;
      const [latB, lonB] = line[i] as LatLngTuple;
      if (lonA === lonB && onSeam(lonA) && Math.abs(latA - latB) > 0.5)
        found.push(`meridian ${lonA}: ${latA}→${latB}`);
      if (Math.abs(latA) >= MERCATOR_MAX_LAT - 1e-9 && Math.abs(latB) >= MERCATOR_MAX_LAT - 1e-9)
        found.push(`edge ${latA}: ${lonA}→${lonB}`);
    }
  return found;
}

describe('siteRings', () => {
  it('strokes a cap around the North Pole only along the ring, cut at the top of the map', () => {
    const [ring] = siteRings(LONGYEARBYEN, [{ systemId: 'tomahawk', rangeKm: 1600 }], 5);
    if (!ring) throw new Error('no ring');
    // drawn as the map draws them: latitudes past the map's edge on it
    const fill = unitLines(ring.ring.fill);
    const outline = unitLines(ring.ring.outline);
    expect(outline.length).toBeGreaterThanOrEqual(3);
    expect(seamSegments(LONGYEARBYEN, outline)).toEqual([]);
    // the same check finds the fill's closing edges, along the pole: on the map's top edge
    expect(seamSegments(LONGYEARBYEN, fill).some((s) => s.startsWith('edge 85.05'))).toBe(true);
    for (const line of outline)
      for (const [lat, lon] of line) {
        expect(Math.abs(lat)).toBeLessThanOrEqual(MERCATOR_MAX_LAT + 1e-9);
        // vertices inside the map are on the ring; the two cut ends lie on a chord a fraction of a km inside
        expect(Math.abs(distanceM(LONGYEARBYEN, [lon, lat]) - 1_600_000)).toBeLessThan(
          lat >= MERCATOR_MAX_LAT - 1e-9 ? 2_000 : 1e-3,
        );
      }
  });

  it('strokes a 12,000 km ring from Kyiv and its dashed band without the seam on the far side of the world', () => {
    const [ring] = siteRings(
      KYIV,
      [{ systemId: 'big', rangeKm: 12_000, rangeMinKm: 11_000, rangeMaxKm: 13_000 }],
      3,
    );
    expect(ring?.band).not.toBeNull();
    for (const paths of [ring?.ring, ring?.band]) {
      if (!paths) throw new Error('no paths');
      const outline = unitLines(paths.outline);
      expect(outline.length).toBeGreaterThanOrEqual(3);
      expect(seamSegments(KYIV, outline)).toEqual([]);
      // the fill does close along that meridian (lon0 + 180) and the pole
      const fill = unitLines(paths.fill);
      expect(fill.flat().some(([, lon]) => Math.abs(lon - (KYIV[0] + 180)) < 1e-9)).toBe(true);
      expect(seamSegments(KYIV, fill).length).toBeGreaterThan(0);
    }
    // the band's outline is both its rings: every vertex inside the map is 11,000 or 13,000 km away
    for (const line of ring?.band ? unitLines(ring.band.outline) : [])
      for (const [lat, lon] of line) {
        if (Math.abs(lat) >= MERCATOR_MAX_LAT - 1e-9) continue;
        const km = distanceM(KYIV, [lon, lat]) / 1000;
        expect(Math.min(Math.abs(km - 11_000), Math.abs(km - 13_000))).toBeLessThan(1e-6);
      }
  });

  it('keeps a disk across 180° whole: one closed outline per world copy', () => {
    const fiji: LonLat = [178.44, -18.14];
    const [ring] = siteRings(fiji, [{ systemId: 'x', rangeKm: 1600 }], 4);
    const outline = ring ? unitLines(ring.ring.outline) : [];
    expect(outline).toHaveLength(3);
    for (const line of outline) expect(line[0]).toEqual(line[line.length - 1]);
  });

  it('computes only the ring that changed: a ticked system adds its ring, the others keep their very arrays', () => {
    const odesa: LonLat = [30.72, 46.48];
    const before = siteRings(
      odesa,
      [
        { systemId: 'tomahawk', rangeKm: 1600 },
        { systemId: 'atacms', rangeKm: 300 },
      ],
      5,
    );
    const after = siteRings(
      odesa,
      [
        { systemId: 'tomahawk', rangeKm: 1600 },
        { systemId: 'eram', rangeKm: 460 },
        { systemId: 'atacms', rangeKm: 300 },
      ],
      5,
    );
    expect(after.map((r) => r.systemId)).toEqual(['tomahawk', 'eram', 'atacms']);
    expect(after[0]?.ring).toBe(before[0]?.ring);
    expect(after[2]?.ring).toBe(before[1]?.ring);
    // the new ring is computed, on its circle like every other
    for (const line of after[1] ? unitLines(after[1].ring.outline) : [])
      for (const [lat, lon] of line)
        expect(Math.abs(distanceM(odesa, [lon, lat]) - 460_000)).toBeLessThan(1e-3);
    // a longer range needs more vertices from this point: every ring is traced again, as before
    const longer = siteRings(
      odesa,
      [
        { systemId: 'tomahawk', rangeKm: 1600 },
        { systemId: 'x', rangeKm: 9000 },
      ],
      5,
    );
    expect(longer[0]?.ring).not.toBe(before[0]?.ring);
    expect(longer[0]?.ring.outline.lengths[1]).toBeGreaterThan(before[0]?.ring.outline.lengths[1] ?? 0);
  });
});

describe('siteRings with a cache', () => {
  const TOMAHAWK = { systemId: 'tomahawk', rangeKm: 1600 };
  const ERAM = { systemId: 'eram', rangeKm: 460, rangeMinKm: 240, rangeMaxKm: 460 };
  const ATACMS = { systemId: 'atacms', rangeKm: 300 };

  it('computes a ticked shorter-ranged system only, and draws every ring as without a cache', () => {
    const cache = new Map();
    const [tomahawk, atacms] = siteRings(KYIV, [TOMAHAWK, ATACMS], 6, cache);
    const ticked = siteRings(KYIV, [TOMAHAWK, ERAM, ATACMS], 6, cache);
    // the rings already drawn are the same objects: their layers are left alone
    expect(ticked[0]).toBe(tomahawk);
    expect(ticked[2]).toBe(atacms);
    expect(ticked).toEqual(siteRings(KYIV, [TOMAHAWK, ERAM, ATACMS], 6));
  });

  it('computes every ring again when a longer range needs more vertices, or at another zoom or place', () => {
    const cache = new Map();
    const [atacms] = siteRings(KYIV, [ATACMS], 6, cache);
    const longer = siteRings(KYIV, [TOMAHAWK, ATACMS], 6, cache);
    expect(longer[1]).not.toBe(atacms); // the vertex count follows the largest ring
    expect(longer).toEqual(siteRings(KYIV, [TOMAHAWK, ATACMS], 6));
    expect(siteRings(KYIV, [ATACMS], 7, cache)).toEqual(siteRings(KYIV, [ATACMS], 7));
    expect(siteRings([30.6, 50.45], [ATACMS], 6, cache)).toEqual(siteRings([30.6, 50.45], [ATACMS], 6));
  });
});

describe("fewer vertices where they suffice: a dragged point's rings (RingDetail), a smaller ring's share", () => {
  const ZOOM = 6;
  const TOMAHAWK = { systemId: 'tomahawk', rangeKm: 1600 };
  const ERAM = { systemId: 'eram', rangeKm: 460, rangeMinKm: 240, rangeMaxKm: 460 };
  /** Web Mercator pixels at ZOOM, as Leaflet's EPSG:3857 places them. */
  const px = ([lat, lon]: LatLngTuple): [number, number] => {
    const size = 256 * 2 ** ZOOM;
    const sin = Math.sin((lat * Math.PI) / 180);
    return [size * (0.5 + lon / 360), size * (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI))];
  };
  const toSegment = ([x, y]: number[], [x1, y1]: number[], [x2, y2]: number[]) => {
    const dx = (x2 as number) - (x1 as number);
    const dy = (y2 as number) - (y1 as number);
    const t = Math.max(
      0,
      Math.min(
        1,
        (((x as number) - (x1 as number)) * dx + ((y as number) - (y1 as number)) * dy) / (dx * dx + dy * dy),
      ),
    );
    return Math.hypot((x as number) - ((x1 as number) + t * dx), (y as number) - ((y1 as number) + t * dy));
  };
  /** How far, in pixels, the exact ring's vertices lie from the coarse line at most. */
  const worstGapPx = (exact: LatLngTuple[], coarse: LatLngTuple[]) => {
    const line = coarse.map(px);
    let worst = 0;
    for (const p of exact.map(px)) {
      let nearest = Infinity;
      for (let i = 1; i < line.length; i++)
        nearest = Math.min(nearest, toSegment(p, line[i - 1] as number[], line[i] as number[]));
      worst = Math.max(worst, nearest);
    }
    return worst;
  };

  it('draws fewer vertices, each on the true ring, and strays from the exact ring by under a pixel', () => {
    const [exact] = siteRings(KYIV, [TOMAHAWK, ERAM], ZOOM);
    const coarse = siteRingMaker(KYIV, [TOMAHAWK, ERAM], ZOOM, undefined, { maxErrorPx: 1 })(0);
    const exactLine = (exact && unitLines(exact.ring.outline)[1]) ?? [];
    const coarseLine = unitLines(coarse.ring.outline)[1] ?? [];
    expect(coarseLine.length).toBeLessThan(0.75 * exactLine.length);
    for (const [lat, lon] of coarseLine)
      expect(Math.abs(distanceM(KYIV, [lon, lat]) - 1_600_000)).toBeLessThan(1e-3);
    expect(worstGapPx(exactLine, coarseLine)).toBeLessThan(1);
  });

  it("draws a smaller ring with a share of the largest's vertices, on the true ring and within a pixel of it", () => {
    const ATACMS = { systemId: 'atacms', rangeKm: 300 };
    const [, exact] = siteRings(KYIV, [TOMAHAWK, ATACMS], ZOOM);
    const moving = siteRingMaker(KYIV, [TOMAHAWK, ATACMS], ZOOM, undefined, { maxErrorPx: 1 });
    const largest = unitLines(moving(0).ring.outline)[1] ?? [];
    const smaller = unitLines(moving(1).ring.outline)[1] ?? [];
    const exactLine = (exact && unitLines(exact.ring.outline)[1]) ?? [];
    // a half, a third, … of the largest's vertices (a closed ring repeats its first vertex)
    expect(smaller.length).toBeLessThan(0.6 * largest.length);
    expect((largest.length - 1) % (smaller.length - 1)).toBe(0);
    for (const [lat, lon] of smaller)
      expect(Math.abs(distanceM(KYIV, [lon, lat]) - 300_000)).toBeLessThan(1e-3);
    expect(worstGapPx(exactLine, smaller)).toBeLessThan(1);
  });

  it("draws a smaller ring at rest with a share of the largest's vertices, within half a pixel of GeographicLib's ring", () => {
    const ATACMS = { systemId: 'atacms', rangeKm: 300 };
    const [largest, smaller] = siteRings(KYIV, [TOMAHAWK, ATACMS], ZOOM).map(
      (rings) => (rings && unitLines(rings.ring.outline)[1]) ?? [],
    );
    if (!largest || !smaller) throw new Error('no rings');
    expect(smaller.length).toBeLessThan(0.6 * largest.length);
    expect((largest.length - 1) % (smaller.length - 1)).toBe(0);
    for (const [lat, lon] of smaller)
      expect(Math.abs(distanceM(KYIV, [lon, lat]) - 300_000)).toBeLessThan(1e-3);
    // the true ring, 4,096 points of it, from GeographicLib's direct problem
    const wgs84 = geodesic.Geodesic.WGS84;
    const truth: LatLngTuple[] = Array.from({ length: 4096 }, (_, i) => {
      const { lat2, lon2 } = wgs84.Direct(KYIV[1], KYIV[0], (i * 360) / 4096 - 180, 300_000);
      return [lat2 as number, lon2 as number];
    });
    expect(worstGapPx(truth, smaller)).toBeLessThan(0.5);
  });

  it('keeps only the world copies that reach the longitudes asked for, bands included', () => {
    const rings = siteRingMaker(KYIV, [TOMAHAWK, ERAM], ZOOM, undefined, { maxErrorPx: 1, within: [0, 60] });
    const all = siteRingMaker(KYIV, [TOMAHAWK, ERAM], ZOOM, undefined, { maxErrorPx: 1 });
    const lons = (lines: LatLngTuple[][]) => lines.flat().map(([, lon]) => lon);
    for (const i of [0, 1]) {
      const { ring, band } = rings(i);
      const outline = unitLines(ring.outline);
      expect(outline).toHaveLength(1);
      expect(ring.fill.lengths).toHaveLength(1);
      for (const lon of [...lons(outline), ...lons(unitLines(ring.fill))])
        expect(Math.abs(lon - KYIV[0])).toBeLessThan(30);
      // the copy in view is the very ring drawn with every copy
      expect(outline[0]).toEqual(unitLines(all(i).ring.outline)[1]);
      if (band) expect(band.outline.lengths.length).toBe((all(i).band?.outline.lengths.length ?? 0) / 3);
    }
    // a view one world east finds the copy east
    const east = siteRingMaker(KYIV, [TOMAHAWK], ZOOM, undefined, { maxErrorPx: 1, within: [360, 420] })(0);
    expect(lons(unitLines(east.ring.outline)).every((lon) => lon > 180)).toBe(true);
  });
});
