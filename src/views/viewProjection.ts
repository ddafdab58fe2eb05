// The projections of the true-shape views and their framing: a view's state is a centre and a zoom (and, for a
// map that pans, an offset), with the zoom on the map's scale, so switching views keeps the place and scale.
import { type GeoProjection, geoDistance, geoOrthographic } from 'd3';
import type { LonLat } from '../geo';
import { distanceProjection } from './distanceProjection';

export interface ViewState {
  /** The globe: the point facing the reader. The distance map: the centre it is true from. */
  center: LonLat;
  /** On the map's zoom scale: at zoom z the scale at the centre is that of Web Mercator at the equator. */
  zoom: number;
  /** A panned map's shift, CSS pixels. */
  offset: [number, number];
}

export interface ViewSize {
  width: number;
  height: number;
}

export const MIN_VIEW_ZOOM = 0;
export const MAX_VIEW_ZOOM = 18;
const TILE_PX = 256;
const EARTH_RADIUS_KM = 6371.0088;
const FIT_MARGIN_PX = 24;

/**
 * Pixels per radian at the centre for a zoom: the map's 256 × 2^z pixels around the equator.
 *
 * @example
 * scaleForZoom(0); // 40.74…
 */
export function scaleForZoom(zoom: number): number {
  return (TILE_PX * 2 ** zoom) / (2 * Math.PI);
}

/** The zoom of a scale, the inverse of scaleForZoom. */
export function zoomForScale(scale: number): number {
  return Math.log2((scale * 2 * Math.PI) / TILE_PX);
}

export function clampZoom(zoom: number): number {
  return Math.max(MIN_VIEW_ZOOM, Math.min(MAX_VIEW_ZOOM, zoom));
}

/**
 * An orthographic globe turned to the state's centre.
 *
 * @example
 * globeProjection({ center: [36.23, 49.99], zoom: 2, offset: [0, 0] }, { width: 800, height: 600 })([36.23, 49.99]);
 * // [400, 300]
 */
export function globeProjection(state: ViewState, size: ViewSize): GeoProjection {
  return geoOrthographic()
    .rotate([-state.center[0], -state.center[1]])
    .scale(scaleForZoom(state.zoom))
    .translate([size.width / 2 + state.offset[0], size.height / 2 + state.offset[1]])
    .clipAngle(90)
    .precision(0.5);
}

/** The distance map about the state's centre, shifted by its offset. */
export function distanceViewProjection(state: ViewState, size: ViewSize): GeoProjection {
  return distanceProjection(state.center, {})
    .scale(scaleForZoom(state.zoom))
    .translate([size.width / 2 + state.offset[0], size.height / 2 + state.offset[1]]);
}

/**
 * The centre of several points on the sphere (their mean direction), or null for none.
 *
 * @example
 * meanLonLat([[170, 0], [-170, 0]]); // [180, 0]
 */
export function meanLonLat(points: readonly LonLat[]): LonLat | null {
  if (points.length === 0) return null;
  let x = 0;
  let y = 0;
  let z = 0;
  for (const [lon, lat] of points) {
    const l = (lon * Math.PI) / 180;
    const p = (lat * Math.PI) / 180;
    x += Math.cos(p) * Math.cos(l);
    y += Math.cos(p) * Math.sin(l);
    z += Math.sin(p);
  }
  const r = Math.hypot(x, y);
  if (r < 1e-9 && Math.abs(z) < 1e-9) return points[0] ?? null;
  return [(Math.atan2(y, x) * 180) / Math.PI, (Math.atan2(z, r) * 180) / Math.PI];
}

/**
 * The state that shows every ring around `sites` whole, with a margin: the globe centred on their mean and as
 * close as the farthest ring allows; the distance map about `center`, out to the farthest ring.
 *
 * @example
 * fittedView('globe', [[36.23, 49.99]], 1600, { width: 800, height: 600 }); // centred on Kharkiv, zoom ≈ 3.3
 */
export function fittedView(
  kind: 'globe' | 'distance',
  sites: readonly LonLat[],
  maxRangeKm: number,
  size: ViewSize,
  center?: LonLat | null,
): ViewState {
  const middle = center ?? meanLonLat(sites) ?? [0, 20];
  const reach = Math.max(
    0.02,
    ...sites.map((s) => geoDistance([s[0], s[1]], [middle[0], middle[1]]) + maxRangeKm / EARTH_RADIUS_KM),
  );
  const radiusPx = Math.max(40, Math.min(size.width, size.height) / 2 - FIT_MARGIN_PX);
  const scale =
    kind === 'globe'
      ? reach >= Math.PI / 2
        ? radiusPx
        : radiusPx / Math.sin(reach)
      : radiusPx / Math.min(Math.PI, reach);
  return { center: [middle[0], middle[1]], zoom: clampZoom(zoomForScale(scale)), offset: [0, 0] };
}
