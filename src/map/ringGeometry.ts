// Ring geometry for the map, computed from the geodesy core and cached per launch point, so that dragging
// one launch point recomputes only its own rings (the others keep their arrays and are not redrawn).
// Each ring comes as a fill (closed along poles and seams, never stroked) and an outline (the true ring only),
// each kept as unit Web Mercator coordinates in typed arrays (unitRings), which is what the map draws from.
// Each ring's paths are also kept by what they depend on (centre, vertex count, ranges), so ticking a system
// computes only its own ring, a zoom back finds its rings again, and an unchanged ring keeps its very arrays.
import { drawnReachKm, drawsBand } from '../data';
import {
  type GeodesicFan,
  geodesicFan,
  type LonLat,
  type MapRingShape,
  mapRingShape,
  sparserFan,
  verticesForZoom,
} from '../geo';
import { mercatorRuns } from './mercatorRuns';
import { type UnitRings, unitRings } from './unitRings';

export interface RingSpec {
  systemId: string;
  rangeKm: number;
  rangeMinKm?: number;
  rangeMaxKm?: number;
}

/** What the map draws of one ring or band, with world copies, in unit Web Mercator coordinates. */
export interface RingPaths {
  /**
   * The rings of the polygons to fill, with the stroke off: their closing edges along a pole or a seam are not
   * the ring.
   */
  fill: UnitRings;
  /** Lines to stroke: the true ring, cut where it leaves the map's latitudes. */
  outline: UnitRings;
}

export interface SiteRings {
  systemId: string;
  rangeKm: number;
  ring: RingPaths;
  /** The published band: its fill has the max and min rings as rings of one polygon (even-odd fill). */
  band: RingPaths | null;
}

/**
 * How finely, and where, a launch point's rings are made when not at the default (chords within half a pixel
 * of the true ring, every world copy): a dragged point's are made coarser, and only its copies in view.
 */
export interface RingDetail {
  /** The most a chord may stray from the true ring, in pixels at the zoom (verticesForZoom). */
  maxErrorPx: number;
  /** Only the world copies that reach into these longitudes (west, east, continuous as the map's view). */
  within?: readonly [number, number];
}

/** Where siteRings keeps rings by point, zoom, vertex count and system (a Map will do). */
export interface RingCache {
  get(key: string): SiteRings | undefined;
  set(key: string, rings: SiteRings): unknown;
}

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
  const ringOf = siteRingMaker(center, specs, zoom, cache);
  return specs.map((_, i) => ringOf(i));
}

/**
 * siteRings one ring at a time: the ring of `specs[i]` (the same as siteRings' `i`th), so that a caller may
 * stop between rings and go on later (see RingJob). The launch point's geodesics are shared by its rings.
 */
export function siteRingMaker(
  center: LonLat,
  specs: readonly RingSpec[],
  zoom: number,
  cache?: RingCache,
  detail?: RingDetail,
): (i: number) => SiteRings {
  const farthestKm = drawnReachKm;
  const maxKm = Math.max(0, ...specs.map(farthestKm));
  const needed = verticesForZoom(center, maxKm * 1000, zoom, detail?.maxErrorPx);
  // the largest ring takes a few more, a multiple of 16, so that the smaller rings can take a half or a quarter
  // of its geodesics
  const largest = Math.ceil(needed / 16) * 16;
  const within = detail?.within;
  let fan: GeodesicFan | undefined;
  const shapeAt = (km: number, count: number) => {
    fan ??= geodesicFan(center, largest);
    const ringFan = sparserFan(fan, fan.count / count);
    return mapRingShape(center, km * 1000, ringFan.count, ringFan);
  };
  return (i) => {
    const spec = specs[i] as RingSpec;
    // each ring takes no more vertices than its own size needs, in a share of the largest's (a half, a third,
    // …), so it keeps the largest's geodesics
    const count = sparserCount(
      largest,
      verticesForZoom(center, farthestKm(spec) * 1000, zoom, detail?.maxErrorPx),
    );
    const key = `${center[0]},${center[1]},${zoom},${count},${within ?? ''},${spec.systemId}:${spec.rangeKm}:${spec.rangeMinKm}:${spec.rangeMaxKm}`;
    const cached = cache?.get(key);
    if (cached) return cached;
    const banded = drawsBand(spec);
    const make = (): Drawn => ({
      ring: paths(shapeAt(spec.rangeKm, count), within),
      band: banded
        ? bandPaths(shapeAt(spec.rangeMaxKm, count), shapeAt(spec.rangeMinKm, count), within)
        : null,
    });
    // kept across calls too, by what the paths depend on (not the zoom): a zoom back finds them again; not
    // a view's part of them (a dragged point's, made once per place), which would only push the others out
    const kept = `${center[0]},${center[1]}|${count}|${spec.rangeKm}|${banded ? `${spec.rangeMinKm}-${spec.rangeMaxKm}` : ''}`;
    const drawn = within ? make() : (recall(kept) ?? keep(kept, make()));
    const rings = { systemId: spec.systemId, rangeKm: spec.rangeKm, ...drawn };
    cache?.set(key, rings);
    return rings;
  };
}

/**
 * The fewest vertices, at least `needed`, of a fan of `largest` geodesics taken every so many (largest / count a
 * whole number, count a multiple of 4).
 */
function sparserCount(largest: number, needed: number): number {
  const quarter = largest / 4;
  for (let step = Math.floor(largest / needed); step > 1; step--)
    if (quarter % step === 0) return largest / step;
  return largest;
}

type Drawn = Pick<SiteRings, 'ring' | 'band'>;

/** Rings kept, least recently used first, up to about this many points in all (16 bytes a point: about 4 MB). */
const KEPT_POINTS = 250_000;
const KEPT = new Map<string, Drawn>();
let keptPoints = 0;

function recall(key: string): Drawn | undefined {
  const drawn = KEPT.get(key);
  if (drawn) {
    KEPT.delete(key); // now the most recently used
    KEPT.set(key, drawn);
  }
  return drawn;
}

function keep(key: string, drawn: Drawn): Drawn {
  keptPoints += pointsOf(drawn);
  KEPT.set(key, drawn);
  for (const [oldKey, old] of KEPT) {
    if (keptPoints <= KEPT_POINTS || oldKey === key) break;
    KEPT.delete(oldKey);
    keptPoints -= pointsOf(old);
  }
  return drawn;
}

function pointsOf({ ring, band }: Drawn): number {
  let n = 0;
  for (const p of [ring, band]) if (p) n += (p.fill.coordinates.length + p.outline.coordinates.length) / 2;
  return n;
}

/** The shape's paths in Leaflet order; with `within`, only the polygons and lines that reach into it. */
function paths(shape: MapRingShape, within?: readonly [number, number]): RingPaths {
  const fill = within ? shape.fill.filter((poly) => reaches(poly[0] ?? [], within)) : shape.fill;
  const outline = within ? shape.outline.filter((line) => reaches(line, within)) : shape.outline;
  return { fill: unitRings(fill.flat()), outline: unitRings(mercatorRuns(outline)) };
}

function bandPaths(outer: MapRingShape, inner: MapRingShape, within?: readonly [number, number]): RingPaths {
  return paths(
    {
      fill: [...outer.fill.flat(), ...inner.fill.flat()].map((ring) => [ring]),
      outline: [...outer.outline, ...inner.outline],
    },
    within,
  );
}

/** Whether a ring's longitudes meet [west, east]. */
function reaches(ring: readonly LonLat[], [west, east]: readonly [number, number]): boolean {
  let min = Infinity;
  let max = -Infinity;
  for (const [lon] of ring) {
    if (lon < min) min = lon;
    if (lon > max) max = lon;
  }
  return max >= west && min <= east;
}
