// Ring geometry for the map, computed from the geodesy core and cached per launch point, so that dragging
// one launch point recomputes only its own rings (the others keep their arrays and are not redrawn).
// Each ring comes as a fill (closed along poles and seams, never stroked) and an outline (the true ring only).
import type { LatLngTuple } from 'leaflet';
import { geodesicFan, type LonLat, type MapRingShape, mapRingShape, verticesForZoom } from '../geo';
import { mercatorRuns } from './mercatorRuns';
import { polygonsToLatLngs, toLatLng } from './toLatLng';

export interface RingSpec {
  systemId: string;
  rangeKm: number;
  rangeMinKm?: number;
  rangeMaxKm?: number;
}

/** What the map draws of one ring or band, in Leaflet order, with world copies. */
export interface RingPaths {
  /** Polygons to fill, with the stroke off: their closing edges along a pole or a seam are not the ring. */
  fill: LatLngTuple[][][];
  /** Polylines to stroke: the true ring, cut where it leaves the map's latitudes. */
  outline: LatLngTuple[][];
}

export interface SiteRings {
  systemId: string;
  rangeKm: number;
  ring: RingPaths;
  /** The published band: its fill has the max and min rings as rings of one polygon (even-odd fill). */
  band: RingPaths | null;
}

/** Where siteRings keeps rings by point, zoom, vertex count and system (a Map will do). */
export interface RingCache {
  get(key: string): SiteRings | undefined;
  set(key: string, rings: SiteRings): unknown;
}

const EQUATOR_KM = 40_075;

/**
 * The rings of one launch point for the given systems at a zoom, with bands (labels: see placeRingLabels).
 * Given a cache, a ring already in it (same point, zoom, vertex count and system) is reused, and a new one is
 * put in it: ticking another system computes its ring only, while the others keep their arrays.
 */
export function siteRings(
  center: LonLat,
  specs: readonly RingSpec[],
  zoom: number,
  cache?: RingCache,
): SiteRings[] {
  const maxKm = Math.max(0, ...specs.map((s) => Math.max(s.rangeKm, s.rangeMaxKm ?? 0)));
  const count = verticesForZoom(center, maxKm * 1000, zoom);
  let fan: ReturnType<typeof geodesicFan> | undefined;
  const shapeAt = (km: number) => {
    fan ??= geodesicFan(center, count);
    return mapRingShape(center, km * 1000, fan.count, fan);
  };
  return specs.map((spec) => {
    const key = `${center[0]},${center[1]},${zoom},${count},${spec.systemId}:${spec.rangeKm}:${spec.rangeMinKm}:${spec.rangeMaxKm}`;
    const cached = cache?.get(key);
    if (cached) return cached;
    const hasBand =
      spec.rangeMinKm !== undefined &&
      spec.rangeMaxKm !== undefined &&
      spec.rangeMaxKm > spec.rangeMinKm &&
      spec.rangeMaxKm < EQUATOR_KM / 2;
    const band = hasBand
      ? bandPaths(shapeAt(spec.rangeMaxKm as number), shapeAt(spec.rangeMinKm as number))
      : null;
    const rings = {
      systemId: spec.systemId,
      rangeKm: spec.rangeKm,
      ring: paths(shapeAt(spec.rangeKm)),
      band,
    };
    cache?.set(key, rings);
    return rings;
  });
}

function paths(shape: MapRingShape): RingPaths {
  return {
    fill: polygonsToLatLngs(shape.fill),
    outline: mercatorRuns(shape.outline).map((line) => line.map(toLatLng)),
  };
}

function bandPaths(outer: MapRingShape, inner: MapRingShape): RingPaths {
  return paths({
    fill: [...outer.fill.flat(), ...inner.fill.flat()].map((ring) => [ring]),
    outline: [...outer.outline, ...inner.outline],
  });
}
