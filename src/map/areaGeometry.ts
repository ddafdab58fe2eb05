// Leaflet paths of launch areas and their reach: the core's GeoJSON rings turned into [lat, lng] once here,
// with a label anchor (the area's northernmost point, where the label reads clear of the area itself).
import type { Geometry, Position } from 'geojson';
import type { LatLngTuple } from 'leaflet';
import type { LonLat } from '../geo';
import { type LaunchArea, launchAreaSource } from '../scenario';
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
 * Corner points of the areas' bounding boxes (a country's outline, a drawn line, a file's lines): ringsBounds
 * draws a range around each, which covers every reach area, for fitting the view.
 */
export function areaCorners(areas: readonly LaunchArea[]): LonLat[] {
  return areas.flatMap((area) => {
    const source = launchAreaSource(area);
    const points = source ? positionsOf(source.geometry) : [];
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

/** Every position of a geometry (a polygon's exterior rings are enough for a box, holes are inside them). */
export function positionsOf(geometry: Geometry): Position[] {
  switch (geometry.type) {
    case 'Point':
      return [geometry.coordinates];
    case 'MultiPoint':
    case 'LineString':
      return geometry.coordinates;
    case 'MultiLineString':
      return geometry.coordinates.flat();
    case 'Polygon':
      return geometry.coordinates[0] ?? [];
    case 'MultiPolygon':
      return geometry.coordinates.flatMap((poly) => poly[0] ?? []);
    case 'GeometryCollection':
      return geometry.geometries.flatMap(positionsOf);
  }
}

export interface SourcePaths {
  /** Polygons of the area (a country, a drawn polygon, a file's polygons), holes kept. */
  fills: LatLngTuple[][][];
  /** Lines of the area (a drawn line, a file's lines); a lone vertex is a line of one point. */
  lines: LatLngTuple[][];
}

/** A launch area's own geometry as Leaflet paths: what it is measured from, drawn under its reach. */
export function sourcePaths(geometry: Geometry): SourcePaths {
  const fills: LatLngTuple[][][] = [];
  const lines: LatLngTuple[][] = [];
  const latLng = (p: Position): LatLngTuple => toLatLng([p[0] ?? 0, p[1] ?? 0]);
  const add = (g: Geometry) => {
    switch (g.type) {
      case 'Point':
        lines.push([latLng(g.coordinates)]);
        break;
      case 'MultiPoint':
        for (const p of g.coordinates) lines.push([latLng(p)]);
        break;
      case 'LineString':
        lines.push(g.coordinates.map(latLng));
        break;
      case 'MultiLineString':
        for (const line of g.coordinates) lines.push(line.map(latLng));
        break;
      case 'Polygon':
        fills.push(g.coordinates.map((ring) => ring.map(latLng)));
        break;
      case 'MultiPolygon':
        for (const poly of g.coordinates) fills.push(poly.map((ring) => ring.map(latLng)));
        break;
      case 'GeometryCollection':
        for (const part of g.geometries) add(part);
        break;
    }
  };
  add(geometry);
  return { fills, lines };
}
