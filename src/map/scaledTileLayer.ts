// A tile layer whose tiles follow a fractional zoom (an embed's quarter levels, an export's exact fit) when 3D
// transforms are off, as in this app: Leaflet then only moves each zoom level's tiles, unscaled, so at zoom 2.75
// the zoom-3 tiles would lie at their own size under rings drawn at 2.75. Here each level is moved and scaled by
// one 2D transform, as Leaflet does with 3D transforms on.
import {
  DomUtil,
  type LatLng,
  type Map as LeafletMap,
  type Point,
  TileLayer,
  type TileLayerOptions,
} from 'leaflet';

interface Level {
  el: HTMLElement;
  origin: Point;
  zoom: number;
}

const ScaledTileLayer = TileLayer.extend({
  _setZoomTransform(this: { _map: LeafletMap }, level: Level, center: LatLng, zoom: number) {
    const map = this._map as LeafletMap & { _getNewPixelOrigin(center: LatLng, zoom: number): Point };
    const scale = map.getZoomScale(zoom, level.zoom);
    const translate = level.origin.multiplyBy(scale).subtract(map._getNewPixelOrigin(center, zoom)).round();
    DomUtil.setTransform(level.el, translate, scale);
  },
});

/**
 * A TileLayer (same URL template and options) that scales its tiles at fractional zooms.
 *
 * @example
 * scaledTileLayer('https://tile.openstreetmap.org/{z}/{x}/{y}.png', { maxZoom: 19 }).addTo(map);
 */
export function scaledTileLayer(url: string, options: TileLayerOptions): TileLayer {
  return new (ScaledTileLayer as unknown as new (url: string, options: TileLayerOptions) => TileLayer)(
    url,
    options,
  );
}
