// Turns polygons given by positions on the globe (rings with any longitudes, edges short) into RFC 7946
// geometry: longitudes in [-180, 180], split at the antimeridian, a ring round a pole closed along ±180°
// and the pole. Where the model stops: a polygon round both poles, and a hole that crosses ±180° in a
// polygon round a pole, are not split.
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { splitAtAntimeridian } from './splitAtAntimeridian';
import type { LonLat, LonLatPolygon, LonLatRing } from './types';

/** A polygon on the globe: closed rings, exterior first; `pole` names the pole its exterior winds round. */
export interface GlobePolygon {
  rings: LonLatRing[];
  pole: 'north' | 'south' | null;
}

/**
 * The polygons as one RFC 7946 Polygon or MultiPolygon (empty Polygon for none); windings are left to
 * the caller (turf `rewind`).
 *
 * @example
 * areaToGeoJson([{ rings: [[[179, 0], [-179, 0], [-179, 1], [179, 1], [179, 0]]], pole: null }]).type; // 'MultiPolygon'
 */
export function areaToGeoJson(polygons: GlobePolygon[]): Polygon | MultiPolygon {
  const pieces: LonLatPolygon[] = [];
  for (const poly of polygons) {
    const [outer, ...holes] = poly.rings.map(unrolled);
    if (!outer) continue;
    if (poly.pole) {
      const cap = closeAlongPole(outer, poly.pole === 'north' ? 90 : -90);
      pieces.push([cap, ...holes.map((h) => shiftInto(h, -180))]);
      continue;
    }
    const mid = (Math.min(...outer.map((p) => p[0])) + Math.max(...outer.map((p) => p[0]))) / 2;
    const base = -360 * Math.round(mid / 360);
    const shifted = [outer, ...holes].map((r) => shift(r, base));
    // holes follow the exterior's copy of the world
    const lo = Math.min(...(shifted[0] as LonLatRing).map((p) => p[0]));
    const placed = shifted.map((r, i) => (i === 0 ? r : shiftInto(r, lo)));
    pieces.push(...splitAtAntimeridian([placed], false));
  }
  if (pieces.length === 0) return { type: 'Polygon', coordinates: [] };
  if (pieces.length === 1) return { type: 'Polygon', coordinates: pieces[0] as Position[][] };
  return { type: 'MultiPolygon', coordinates: pieces as Position[][][] };
}

/** The ring with longitudes unrolled so that no step between neighbours exceeds 180°. */
function unrolled(ring: LonLatRing): LonLatRing {
  const out: LonLatRing = [];
  let offset = 0;
  for (let i = 0; i < ring.length; i++) {
    const p = ring[i] as LonLat;
    const prev = out[i - 1];
    if (prev) {
      const step = p[0] + offset - prev[0];
      offset -= 360 * Math.round(step / 360);
    }
    out.push([p[0] + offset, p[1]]);
  }
  return out;
}

/**
 * A ring that winds once round a pole, restarted where it crosses 180° + k·360° (the crossing taken on
 * the edge there), moved to start on -180° or 180°, and closed along that meridian and the pole.
 */
function closeAlongPole(ring: LonLatRing, poleLat: number): LonLatRing {
  const open = ring.slice(0, -1);
  const n = open.length;
  const first = open[0] as LonLat;
  const turn = (ring[ring.length - 1] as LonLat)[0] - first[0]; // ±360
  const at = (i: number): LonLat => {
    const p = open[i % n] as LonLat;
    return i >= n ? [p[0] + turn, p[1]] : p;
  };
  let start = 0;
  let crossing: LonLat | null = null;
  for (let i = 0; i < n && !crossing; i++) {
    const a = at(i);
    const b = at(i + 1);
    const k = Math.ceil((Math.min(a[0], b[0]) - 180) / 360);
    const meridian = 180 + 360 * k;
    if (meridian >= Math.min(a[0], b[0]) && meridian < Math.max(a[0], b[0])) {
      const t = (meridian - a[0]) / (b[0] - a[0]);
      crossing = [meridian, a[1] + t * (b[1] - a[1])];
      start = i + 1;
    }
  }
  const c = crossing ?? first;
  const chain: LonLatRing = [c];
  for (let i = start; i < start + n; i++) chain.push(at(i));
  chain.push([c[0] + turn, c[1]]);
  const shiftBy = -360 * Math.round((c[0] + turn / 2) / 360);
  const moved = shift(chain, shiftBy);
  const head = moved[0] as LonLat;
  const tail = moved[moved.length - 1] as LonLat;
  return [...moved, [tail[0], poleLat], [head[0], poleLat], [head[0], head[1]]];
}

function shift(ring: LonLatRing, deltaDeg: number): LonLatRing {
  return deltaDeg === 0 ? ring : ring.map((p) => [p[0] + deltaDeg, p[1]]);
}

/** The ring moved by whole turns so that its westmost longitude is at or east of `westDeg`. */
function shiftInto(ring: LonLatRing, westDeg: number): LonLatRing {
  const lo = Math.min(...ring.map((p) => p[0]));
  return shift(ring, 360 * Math.ceil((westDeg - lo) / 360 - 1e-12));
}
