// The first map's centre and zoom as Leaflet sets them for firstView (setView to a link's view, else fitBounds
// to every ring and marked place with FIT_OPTIONS, else a default over Europe) on a map of a given size, with 3D
// transforms off (zoom snapped to whole levels, as leafletFlags makes it), computed without Leaflet
// (Map.setView, getBoundsZoom and _getBoundsCenterZoom of Leaflet 1.9): the first picture is drawn at it, and the
// Leaflet map that takes the picture over is set to it.
import type { LonLat } from '../geo';
import type { MapView, Mark } from '../scenario';
import { FIT_OPTIONS } from './fitOptions';
import { MAP_OPTIONS } from './mapOptions';
import { ringsBox } from './ringsBox';
import { fromWorldPixel, type Pixel, scaleZoom, toWorldPixel, worldScale } from './webMercatorPixels';

export interface CenterZoom {
  /** [lat, lng] */
  center: [number, number];
  zoom: number;
}

/** Map._limitZoom with a snap of one level. */
function limitZoom(zoom: number): number {
  return Math.max(MAP_OPTIONS.minZoom, Math.min(MAP_OPTIONS.maxZoom, Math.round(zoom)));
}

/**
 * The view firstView asks for, as Leaflet makes it on a map of `size` pixels.
 *
 * @example
 * // Kharkiv's 1,600 km ring on a map of 920 × 724 pixels: { center: [52.23…, 36.23…], zoom: 4 }
 * firstCenterZoom(null, [[36.23, 49.99]], 1_600_000, [], { x: 920, y: 724 });
 */
export function firstCenterZoom(
  view: MapView | null,
  centers: LonLat[],
  maxRangeM: number,
  marks: readonly Mark[],
  size: Pixel,
): CenterZoom {
  if (view) return { center: [view.center[1], view.center[0]], zoom: limitZoom(view.zoom) };
  const box = ringsBox(centers, maxRangeM, marks);
  if (!box) return { center: [50, 30], zoom: 3 };
  const [padX, padY] = FIT_OPTIONS.padding;
  // getBoundsZoom from a map not yet at a zoom (0), inside = false, the padding of both sides
  const nw = toWorldPixel(box.north, box.west, 0);
  const se = toWorldPixel(box.south, box.east, 0);
  const scale = Math.min(
    (size.x - 2 * padX) / Math.abs(se.x - nw.x),
    (size.y - 2 * padY) / Math.abs(se.y - nw.y),
  );
  let zoom = scaleZoom(scale * worldScale(0));
  if (Number.isNaN(zoom)) zoom = Number.POSITIVE_INFINITY;
  // snapped to whole levels, not jumping a level within 1 % of it
  zoom = Math.floor(Math.round(zoom / 0.01) * 0.01);
  zoom = Math.max(MAP_OPTIONS.minZoom, Math.min(MAP_OPTIONS.maxZoom, zoom));
  zoom = Math.min(FIT_OPTIONS.maxZoom, zoom);
  // the middle of the box's corners in pixels at that zoom (the padding is the same on every side)
  const sw = toWorldPixel(box.south, box.west, zoom);
  const ne = toWorldPixel(box.north, box.east, zoom);
  const center = fromWorldPixel({ x: (sw.x + ne.x) / 2, y: (sw.y + ne.y) / 2 }, zoom);
  return { center, zoom: limitZoom(zoom) };
}
