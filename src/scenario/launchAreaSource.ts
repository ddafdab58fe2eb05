// The geometry a launch area's reach is measured from, in RFC 7946 form: a country's outline at the scale
// asked for (1:110m when the finer one is not loaded), a drawn line or polygon (closed here), a file's lines
// and polygons as read. The core's reachArea takes it as it is.
import type { Geometry } from 'geojson';
import { countryOutline, type OutlineScale } from '../data';
import type { LaunchArea } from './types';

export interface AreaSource {
  geometry: Geometry;
  /** For a country: the scale of the outline found. */
  scale?: OutlineScale;
}

/**
 * The area's geometry, or undefined when there is nothing to measure from (a country the basemap has no
 * outline of, a drawn area with no vertex yet). A drawn polygon of fewer than three vertices is measured as
 * the line or point it is so far.
 *
 * @example
 * launchAreaSource({ kind: 'polygon', id: 'a1', lonLats: [[36, 48], [38, 48], [37, 50]] })?.geometry;
 * // { type: 'Polygon', coordinates: [[[36, 48], [38, 48], [37, 50], [36, 48]]] }
 */
export function launchAreaSource(area: LaunchArea, scale: OutlineScale = '110m'): AreaSource | undefined {
  switch (area.kind) {
    case 'country': {
      const outline = countryOutline(area.code, scale) ?? countryOutline(area.code, '110m');
      return outline ? { geometry: outline.geometry, scale: outline.scale } : undefined;
    }
    case 'line':
    case 'polygon': {
      const points = area.lonLats;
      const first = points[0];
      if (!first) return undefined;
      if (points.length === 1) return { geometry: { type: 'Point', coordinates: first } };
      if (area.kind === 'line' || points.length === 2) {
        return { geometry: { type: 'LineString', coordinates: points } };
      }
      return { geometry: { type: 'Polygon', coordinates: [[...points, first]] } };
    }
    case 'file':
      return { geometry: area.geometry };
  }
}
