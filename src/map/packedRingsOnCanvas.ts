// Packed rings in unit Web Mercator (x, y interleaved, a length and a box per ring), read back in layer pixels
// and drawn by Leaflet's renderers: shared by the basemap's outlines (OutlinesPath) and the rings (RingPath), which
// trace them on a canvas with traceRings. Pixels are rounded as Leaflet rounds them (Map.latLngToLayerPoint), so
// the drawing is Polygon's or Polyline's; on a canvas drawn at a higher density (an export's), to its pixels.
import { type Bounds, type Map as LeafletMap, type Path, type Point, SVG } from 'leaflet';

/** Rings packed in unit Web Mercator. */
export interface PackedRings {
  /** x, y interleaved. */
  coordinates: ArrayLike<number>;
  /** Points in each ring, in order. */
  lengths: ArrayLike<number>;
  /** Each ring's box: minX, minY, maxX, maxY. */
  boxes: ArrayLike<number>;
}

/** What the Canvas renderer keeps that a path drawing itself uses (Leaflet 1.9 Canvas.js). */
export interface CanvasInternals {
  _ctx: CanvasRenderingContext2D;
  _drawing: boolean;
  _bounds: { min: Point; max: Point };
  _fillStroke(ctx: CanvasRenderingContext2D, layer: Path): void;
  _updatePath(layer: Path): void;
}

/** What Leaflet 1.9's SVG renderer (SVG.js) keeps and does that a path setting its own `d` uses. */
export interface SvgInternals {
  _bounds: { min: Point; max: Point };
  _setPath(layer: Path, d: string): void;
}

/** What a Leaflet path keeps (Path.js, Polyline.js) that a path drawing itself reads and sets. */
export interface PathInternals {
  _map: LeafletMap | null;
  _renderer: CanvasInternals;
  _rawPxBounds?: Bounds;
  _pxBounds?: Bounds;
  _clickTolerance(): number;
}

/** Where unit Web Mercator lands in layer pixels: `scale` (the CRS's at the zoom) and the pixel origin. */
export interface UnitToLayer {
  scale: number;
  origin: Point;
  /** In world widths: the copy of the world at +360° is 1. */
  shift?: number;
  /**
   * Points are rounded to 1/`grid` of a layer pixel: the canvas's pixels per CSS pixel (canvasPixelRatio), so a
   * map drawn at 2× or 6× for an export keeps its points where they fall on its own pixels; 1 by default.
   */
  grid?: number;
}

/**
 * Points read back for a vector export (frameVectors) keep a tenth of a layer pixel, the precision the SVG is
 * written to (svgPath), not whole pixels: a file scaled up for print shows no steps between them.
 */
export const VECTOR_GRID = 10;

/**
 * Every ring in full, in layer pixels, for reading the drawing back (frameVectors).
 *
 * @example
 * layerRings(rings, { scale: 256 * 2 ** zoom, origin: map.getPixelOrigin() })[0]?.[0]; // { x, y }
 */
export function layerRings(
  { coordinates, lengths }: PackedRings,
  { scale, origin, shift = 0, grid = 1 }: UnitToLayer,
): { x: number; y: number }[][] {
  const fine = scale * grid;
  const rings: { x: number; y: number }[][] = [];
  for (let r = 0, p = 0; r < lengths.length; r++) {
    const length = lengths[r] as number;
    const ring: { x: number; y: number }[] = new Array(length);
    for (let i = 0; i < length; i++, p += 2) {
      ring[i] = {
        x: Math.round(fine * ((coordinates[p] as number) + shift)) / grid - origin.x,
        y: Math.round(fine * (coordinates[p + 1] as number)) / grid - origin.y,
      };
    }
    rings.push(ring);
  }
  return rings;
}

/**
 * Leaflet's `_update` for a path drawn from packed rings: on a canvas, the renderer's pass over its layers
 * (`_updatePath`); on an SVG renderer, which draws a path when told its `d`, the `d` made for its bounds.
 *
 * @example
 * _update() { updatePackedPath(this, (bounds) => ringsPathData(this.rings, unit, bounds, true)); }
 */
export function updatePackedPath(
  layer: Path & { _updatePath(): void },
  pathData: (bounds: SvgInternals['_bounds']) => string,
): void {
  const { _map, _renderer } = layer as unknown as PathInternals;
  if (!_map) return;
  if (!((_renderer as unknown) instanceof SVG)) {
    layer._updatePath();
    return;
  }
  const svg = _renderer as unknown as SvgInternals;
  svg._setPath(layer, pathData(svg._bounds));
}
