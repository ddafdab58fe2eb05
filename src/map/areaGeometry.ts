// Leaflet paths of launch areas and their reach: the core's GeoJSON rings turned into [lat, lng] once here,
// with a label anchor (the area's northernmost point, where the label reads clear of the area itself).
import type { LatLngTuple } from 'leaflet';
import type { LonLat } from '../geo';
import { polygonsToLatLngs, toLatLng } from './toLatLng';

export type AreaGeometry =
  | { type: 'Polygon'; coordinates: number[][][] }
  | { type: 'MultiPolygon'; coordinates: number[][][][] };

export interface AreaPaths {
  /** Polygons to fill (holes kept). */
  fill: LatLngTuple[][][];
  /** Every ring, to stroke. */
  outline: LatLngTuple[][];
  /** The northernmost vertex: where the label goes. */
  top: LatLngTuple;
}

export function areaPaths(geometry: AreaGeometry): AreaPaths {
  const polygons = (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates).map((poly) =>
    poly.map((ring) => ring.map(([lon = 0, lat = 0]): LonLat => [lon, lat])),
  );
  let top: LonLat = [0, -90];
  for (const ring of polygons.flatMap((poly) => poly.slice(0, 1))) {
    for (const point of ring) if (point[1] > top[1]) top = point;
  }
  const fill = polygonsToLatLngs(polygons);
  return { fill, outline: fill.flat(), top: toLatLng(top) };
}

/**
 * Corner points of the areas' bounding boxes: ringsBounds draws a range around each, which covers every
 * reach area, for fitting the view.
 */
export function areaCorners(geometries: readonly AreaGeometry[]): LonLat[] {
  return geometries.flatMap((geometry) => {
    const points = (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates).flatMap(
      (poly) => poly[0] ?? [],
    );
    if (points.length === 0) return [];
    const lons = points.map((p) => p[0] ?? 0);
    const lats = points.map((p) => p[1] ?? 0);
    const [west, east] = [Math.min(...lons), Math.max(...lons)];
    const [south, north] = [Math.min(...lats), Math.max(...lats)];
    return [
      [west, south],
      [west, north],
      [east, south],
      [east, north],
    ] satisfies LonLat[];
  });
}
