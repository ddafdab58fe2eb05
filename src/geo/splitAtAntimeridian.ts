// Cuts polygons drawn in continuous longitude (possibly outside [-180, 180]) into RFC 7946 pieces: one
// piece per world copy they touch, each moved into [-180, 180], cut exactly on the meridian.
import { featureCollection, intersect, polygon } from '@turf/turf';
import { cutAtMeridians } from './cutAtMeridians';
import type { LonLatPolygon } from './types';

/**
 * Cuts polygons in continuous longitude into pieces within [-180, 180], one per world copy they touch;
 * with `primaryOnly`, only the copy over [-180, 180] is kept.
 *
 * @example
 * splitAtAntimeridian([[[[170, 0], [190, 0], [190, 5], [170, 5], [170, 0]]]], false).length; // 2
 */
export function splitAtAntimeridian(polys: LonLatPolygon[], primaryOnly: boolean): LonLatPolygon[] {
  const out: LonLatPolygon[] = [];
  for (const poly of polys) {
    let lo = Number.POSITIVE_INFINITY;
    let hi = Number.NEGATIVE_INFINITY;
    for (const [lon] of poly[0] ?? []) {
      lo = Math.min(lo, lon);
      hi = Math.max(hi, lon);
    }
    if (lo >= -180 && hi <= 180) {
      out.push(poly);
      continue;
    }
    const cut = cutAtMeridians(poly, primaryOnly);
    if (cut) {
      out.push(...cut);
      continue;
    }
    const kLo = primaryOnly ? 0 : Math.ceil((lo - 180) / 360);
    const kHi = primaryOnly ? 0 : Math.floor((hi + 180) / 360);
    for (let k = kLo; k <= kHi; k++) {
      const west = -180 + 360 * k;
      const east = 180 + 360 * k;
      const strip = polygon([
        [
          [west, -90],
          [east, -90],
          [east, 90],
          [west, 90],
          [west, -90],
        ],
      ]);
      const clipped = intersect(featureCollection([polygon(poly), strip]));
      if (!clipped) continue;
      const g = clipped.geometry;
      const parts = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
      for (const part of parts) {
        out.push(part.map((ring) => ring.map((p) => [clampLon((p[0] as number) - 360 * k), p[1] as number])));
      }
    }
  }
  return out;
}

// Removing 360·k can leave -180.00000000000003; the cut line itself is exact.
function clampLon(lon: number): number {
  return Math.max(-180, Math.min(180, lon));
}
