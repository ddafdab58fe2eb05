// Where a map stands for a canvas renderer: what decides the renderer's bounds on its map (the zoom, the pixel
// origin, the size and the pan), as numbers compared one by one, so no text is made at every canvas update.
import type { Map as LeafletMap } from 'leaflet';

/** Zoom, pixel origin x and y, size x and y, the container's corner in layer pixels x and y. */
export type MapStanding = readonly [number, number, number, number, number, number, number];

export function mapStanding(map: LeafletMap): MapStanding {
  const size = map.getSize();
  const corner = map.containerPointToLayerPoint([0, 0]);
  const origin = map.getPixelOrigin();
  return [map.getZoom(), origin.x, origin.y, size.x, size.y, corner.x, corner.y];
}

export function sameStanding(a: MapStanding, b: MapStanding): boolean {
  return a.every((n, i) => n === b[i]);
}
