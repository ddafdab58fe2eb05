// Packed rings in unit Web Mercator (x, y interleaved, a length and a box per ring), traced on a canvas or read
// back in layer pixels: shared by the basemap's outlines (OutlinesPath) and the rings (RingPath). Pixels are
// rounded as Leaflet rounds them (Map.latLngToLayerPoint), so the drawing is Polygon's or Polyline's.
import { type Bounds, type Map as LeafletMap, type Path, type Point, SVG } from 'leaflet';
import { boxReaches, ringLayerBox } from './ringLayerBox';

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
}

/**
 * Adds the rings that reach into `view` to the canvas's current path (a ring wholly outside changes none of
 * its pixels, even-odd or non-zero fill alike), merging points that round to the same pixel. Says whether
 * any was added.
 *
 * @example
 * ctx.beginPath();
 * if (traceRings(ctx, rings, { scale, origin }, renderer._bounds, true)) renderer._fillStroke(ctx, layer);
 */
export function traceRings(
  ctx: CanvasRenderingContext2D,
  { coordinates, lengths, boxes }: PackedRings,
  { scale, origin, shift = 0 }: UnitToLayer,
  view: { min: Point; max: Point },
  closed: boolean,
): boolean {
  const ox = origin.x;
  const oy = origin.y;
  let traced = false;
  const box = { left: 0, top: 0, right: 0, bottom: 0 };
  for (let r = 0, p = 0; r < lengths.length; r++) {
    const length = lengths[r] as number;
    if (!boxReaches(ringLayerBox(boxes, r, scale, origin, shift, box), view)) {
      p += 2 * length;
      continue;
    }
    traced = true;
    let lastX = Number.NaN;
    let lastY = Number.NaN;
    for (let i = 0; i < length; i++, p += 2) {
      const x = Math.round(scale * ((coordinates[p] as number) + shift)) - ox;
      const y = Math.round(scale * (coordinates[p + 1] as number)) - oy;
      if (i === 0) ctx.moveTo(x, y);
      else if (x !== lastX || y !== lastY) ctx.lineTo(x, y);
      lastX = x;
      lastY = y;
    }
    if (closed) ctx.closePath();
  }
  return traced;
}

/**
 * Every ring in full, in layer pixels, for reading the drawing back (frameVectors).
 *
 * @example
 * layerRings(rings, { scale: 256 * 2 ** zoom, origin: map.getPixelOrigin() })[0]?.[0]; // { x, y }
 */
export function layerRings(
  { coordinates, lengths }: PackedRings,
  { scale, origin, shift = 0 }: UnitToLayer,
): { x: number; y: number }[][] {
  const rings: { x: number; y: number }[][] = [];
  for (let r = 0, p = 0; r < lengths.length; r++) {
    const length = lengths[r] as number;
    const ring: { x: number; y: number }[] = new Array(length);
    for (let i = 0; i < length; i++, p += 2) {
      ring[i] = {
        x: Math.round(scale * ((coordinates[p] as number) + shift)) - origin.x,
        y: Math.round(scale * (coordinates[p + 1] as number)) - origin.y,
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
