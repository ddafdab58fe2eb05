// Makes a Leaflet path that never changes its points (the basemap's countries) keep them in unit Web Mercator
// after its first projection, so each new zoom only scales them (see scaledRings): the same pixels as Leaflet's
// own projection, in a fraction of the time and garbage.
import { type Bounds, type CRS, LatLng, type Map as LeafletMap, Point, type Polyline } from 'leaflet';
import { scaledRings, type UnitRings } from './scaledRings';

/** Leaflet 1.9 internals of Polyline (Polyline.js `_projectLatlngs`, `_latlngs`) and its CRS. */
interface ProjectingPath {
  _latlngs: unknown;
  _map: LeafletMap;
  _projectLatlngs(latlngs: unknown, result: Point[][], bounds: Bounds): void;
}

interface ProjectedCrs extends CRS {
  projection?: { project(latlng: LatLng): Point };
  transformation?: { transform(point: Point, scale?: number): Point };
}

/** Each ring of nested `latlngs` (in Leaflet's order: depth first) at scale 1, as Leaflet's CRS makes it. */
function unitRings(latlngs: unknown, crs: Required<ProjectedCrs>): UnitRings {
  const values: number[] = [];
  const lengths: number[] = [];
  const walk = (nested: unknown[]) => {
    if (nested[0] instanceof LatLng) {
      for (const latlng of nested as LatLng[]) {
        const p = crs.transformation.transform(crs.projection.project(latlng), 1);
        values.push(p.x, p.y);
      }
      lengths.push(nested.length);
    } else for (const inner of nested) walk(inner as unknown[]);
  };
  walk(latlngs as unknown[]);
  return { coordinates: Float64Array.from(values), lengths };
}

/**
 * Caches `path`'s points in unit Web Mercator, so that each later projection (every zoom) is a scale and a
 * round. The path must not change its points (a new setLatLngs is seen, and projected afresh).
 *
 * @example
 * geoJSON(countries).eachLayer((layer) => cacheProjection(layer as Polyline));
 */
export function cacheProjection(path: Polyline): void {
  const internals = path as unknown as ProjectingPath;
  const own = internals._projectLatlngs;
  let cache: { latlngs: unknown; crs: CRS; unit: UnitRings } | null = null;
  internals._projectLatlngs = function projectLatlngs(this: ProjectingPath, latlngs, result, bounds) {
    const crs = this._map.options.crs as ProjectedCrs | undefined;
    if (latlngs !== this._latlngs || !crs?.projection || !crs.transformation) {
      own.call(this, latlngs, result, bounds);
      return;
    }
    const kept =
      cache && cache.latlngs === latlngs && cache.crs === crs
        ? cache
        : { latlngs, crs, unit: unitRings(latlngs, crs as Required<ProjectedCrs>) };
    cache = kept;
    const scaled = scaledRings(
      kept.unit,
      crs.scale(this._map.getZoom()),
      this._map.getPixelOrigin(),
      (x, y) => new Point(x, y),
    );
    for (const ring of scaled.rings) result.push(ring);
    if (scaled.min.x <= scaled.max.x) {
      bounds.extend(new Point(scaled.min.x, scaled.min.y));
      bounds.extend(new Point(scaled.max.x, scaled.max.y));
    }
  };
}
