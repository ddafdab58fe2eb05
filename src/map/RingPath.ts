// A ring's fill or outline as one Leaflet path on the rings pane's canvas, drawn straight from unit Web
// Mercator coordinates kept per geometry (unitRings): no LatLng or Point per vertex and no projection of every
// vertex at each zoom, only a scale and an offset while drawing; a world copy outside the canvas is skipped.
// Pixels are rounded as Leaflet rounds them (Map.latLngToLayerPoint), so the drawing is Polygon's/Polyline's.
// On an SVG renderer (a dragged launch point's rings) it sets its path's `d` from the same arrays.
// Relies on Leaflet 1.9's Canvas and SVG renderer internals (Canvas.js, SVG.js), as OutlinesPath does.
import { Bounds, Path, type PathOptions, Point } from 'leaflet';
import { canvasPixelRatio } from './canvasPixelRatio';
import { layerRings, type PathInternals, updatePackedPath, VECTOR_GRID } from './packedRingsOnCanvas';
import { ringLayerBox } from './ringLayerBox';
import { ringsPathData } from './ringsPathData';
import { strokeDashedInView } from './strokeDashedInView';
import { traceRings } from './traceRings';
import type { UnitRings } from './unitRings';

export type RingPathOptions = PathOptions & { pane?: string };

export class RingPath extends Path {
  // no class fields: Leaflet's constructor (initialize) runs before they would be set
  declare private rings: UnitRings;
  declare private closed: boolean;
  declare private scale: number;
  declare private origin: Point;
  /** Its place among the canvas's ring paths, bottom first (keepRingsStacked). */
  declare stack: number | undefined;

  /** `closed`: a polygon to fill (Polygon's defaults), else a polyline to stroke. */
  constructor(rings: UnitRings, closed: boolean, options: RingPathOptions) {
    super();
    this.closed = closed;
    this.rings = rings;
    this.scale = 1;
    this.origin = new Point(0, 0);
    this.setStyle(closed ? { fill: true, ...options } : { fill: false, ...options });
  }

  /** New geometry (react-leaflet's update of `rings`): redrawn at once by the renderer. */
  setRings(rings: UnitRings): this {
    this.rings = rings;
    if (this.internals._map) this.internals._renderer._updatePath(this);
    return this;
  }

  private get internals(): PathInternals {
    return this as unknown as PathInternals;
  }

  /** Leaflet: at a new zoom or origin, where the rings are in layer pixels (only their bounds are made). */
  _project(): void {
    const map = this.internals._map;
    if (!map) return;
    this.scale = map.options.crs?.scale(map.getZoom()) ?? 256;
    this.origin = map.getPixelOrigin();
    const { box } = this.rings;
    if (!(box[0] <= box[2])) {
      this.internals._rawPxBounds = undefined;
      this.internals._pxBounds = undefined;
      return;
    }
    this.internals._rawPxBounds = new Bounds(this.toPixel(box[0], box[1]), this.toPixel(box[2], box[3]));
    this._updateBounds();
  }

  /** Leaflet (Polyline.js), also after a style with a new weight: the bounds widened by the hit tolerance. */
  _updateBounds(): void {
    const raw = this.internals._rawPxBounds;
    if (!raw?.min || !raw.max) return;
    const w = this.internals._clickTolerance();
    const p = new Point(w, w);
    this.internals._pxBounds = new Bounds(raw.min.subtract(p), raw.max.add(p));
  }

  _update(): void {
    const unit = { scale: this.scale, origin: this.origin };
    updatePackedPath(this, (bounds) => ringsPathData(this.rings, unit, bounds, this.closed));
  }

  _reset(): void {
    this._project();
    this._update();
  }

  /** Leaflet's Canvas renderer calls this while it draws its layers in order. */
  _updatePath(): void {
    const renderer = this.internals._renderer;
    if (!renderer._drawing) return;
    const ctx = renderer._ctx;
    const unit = { scale: this.scale, origin: this.origin, grid: canvasPixelRatio(renderer) };
    if (!this.closed && this.options.dashArray) {
      // past the view a join or cap of the widest outline leaves no pixel in it (a miter's reach is 10 widths)
      const margin = 10 * (this.options.weight ?? 1) + 2;
      strokeDashedInView(ctx, this.rings, unit, renderer._bounds, margin, () =>
        renderer._fillStroke(ctx, this),
      );
      return;
    }
    ctx.beginPath();
    if (traceRings(ctx, this.rings, unit, renderer._bounds, this.closed)) renderer._fillStroke(ctx, this);
  }

  /** Under the pointer (hover): inside the fill (even-odd, as drawn), or on the line within its half width. */
  _containsPoint(p: Point): boolean {
    const bounds = this.internals._pxBounds;
    if (!bounds?.contains(p)) return false;
    const { coordinates, lengths, boxes } = this.rings;
    const { scale, closed } = this;
    const tolerance = this.internals._clickTolerance();
    const ox = this.origin.x;
    const oy = this.origin.y;
    let inside = false;
    const box = { left: 0, top: 0, right: 0, bottom: 0 };
    for (let r = 0, q = 0; r < lengths.length; r++) {
      const length = lengths[r] as number;
      const start = q;
      q += 2 * length;
      const { left, top, right, bottom } = ringLayerBox(boxes, r, scale, this.origin, 0, box);
      if (
        p.x < left - tolerance ||
        p.x > right + tolerance ||
        p.y < top - tolerance ||
        p.y > bottom + tolerance
      )
        continue;
      const px = (i: number) => Math.round(scale * (coordinates[start + 2 * i] as number)) - ox;
      const py = (i: number) => Math.round(scale * (coordinates[start + 2 * i + 1] as number)) - oy;
      for (let j = closed ? 0 : 1, k = closed ? length - 1 : 0; j < length; k = j++) {
        const x1 = px(j);
        const y1 = py(j);
        const x2 = px(k);
        const y2 = py(k);
        if (closed && y1 > p.y !== y2 > p.y && p.x < ((x2 - x1) * (p.y - y1)) / (y2 - y1) + x1)
          inside = !inside;
        if (tolerance > 0 && segmentDistance(p.x, p.y, x1, y1, x2, y2) <= tolerance) return true;
      }
    }
    return inside;
  }

  _empty(): boolean {
    return this.rings.lengths.length === 0;
  }

  /** For reading the drawing back (frameVectors): every ring in full, in layer pixels at this zoom. */
  get _rings(): { x: number; y: number }[][] {
    return layerRings(this.rings, { scale: this.scale, origin: this.origin, grid: VECTOR_GRID });
  }

  /** No LatLngs are kept; frameVectors reads `_rings` when this says it is a path of points. */
  getLatLngs(): never[] {
    return [];
  }

  private toPixel(x: number, y: number): Point {
    return new Point(Math.round(this.scale * x) - this.origin.x, Math.round(this.scale * y) - this.origin.y);
  }
}

function segmentDistance(x: number, y: number, x1: number, y1: number, x2: number, y2: number): number {
  const dx = x2 - x1;
  const dy = y2 - y1;
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((x - x1) * dx + (y - y1) * dy) / length2));
  return Math.hypot(x - (x1 + t * dx), y - (y1 + t * dy));
}
