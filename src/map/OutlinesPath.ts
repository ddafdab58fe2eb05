// The basemap's country outlines as one Leaflet path on the pane's canvas, drawn straight from packed unit Web
// Mercator coordinates (packedOutlines): no LatLng or Point per vertex, no projection per zoom, rings outside
// the canvas skipped and points closer than a pixel merged while drawing. Copies of the world at ±360° are the
// same rings offset by a world's width. On an SVG renderer (the first map's) it sets its path's `d` from the
// same arrays. Relies on Leaflet 1.9's Canvas and SVG renderer internals (Canvas.js, SVG.js), as RingPath does.
import { Bounds, Path, type PathOptions, Point } from 'leaflet';
import { canvasPixelRatio } from './canvasPixelRatio';
import type { UnitOutlines } from './packedOutlines';
import { layerRings, type PathInternals, updatePackedPath, VECTOR_GRID } from './packedRingsOnCanvas';
import { ringsPathData } from './ringsPathData';
import { traceRings } from './traceRings';

export class OutlinesPath extends Path {
  private outlines: UnitOutlines;
  /** World copies drawn, in world widths: 0 is the map's own world, -1 and 1 the copies at ∓360°. */
  private shifts: number[] = [0];
  private scale = 1;
  private origin = new Point(0, 0);

  constructor(outlines: UnitOutlines, options: PathOptions & { pane?: string; attribution?: string }) {
    super();
    this.outlines = outlines;
    // Polygon's defaults (Polygon.js): filled, even-odd, so holes and neighbours need no special case
    this.setStyle({ fill: true, ...options });
  }

  /** Draws these world copies (0 = the map's own world); repaints when they change. */
  setShifts(shifts: number[]): this {
    const next = [...shifts].sort((a, b) => a - b);
    if (next.join() === this.shifts.join()) return this;
    this.shifts = next;
    if (this.internals._map) this.internals._renderer._updatePath(this);
    return this;
  }

  getShifts(): readonly number[] {
    return this.shifts;
  }

  private get internals(): PathInternals {
    return this as unknown as PathInternals;
  }

  /** Leaflet: at a new zoom or origin, where the outlines are in layer pixels. */
  _project(): void {
    const map = this.internals._map;
    if (!map) return;
    this.scale = map.options.crs?.scale(map.getZoom()) ?? 256;
    this.origin = map.getPixelOrigin();
    const { boxes } = this.outlines;
    let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
    for (let b = 0; b < boxes.length; b += 4) {
      minX = Math.min(minX, boxes[b] as number);
      minY = Math.min(minY, boxes[b + 1] as number);
      maxX = Math.max(maxX, boxes[b + 2] as number);
      maxY = Math.max(maxY, boxes[b + 3] as number);
    }
    const first = this.shifts[0] ?? 0;
    const last = this.shifts.at(-1) ?? 0;
    this.internals._pxBounds = new Bounds(this.toPixel(minX + first, minY), this.toPixel(maxX + last, maxY));
  }

  /** Leaflet, after a style with a new weight: the bounds are the outlines', whatever the stroke. */
  _updateBounds(): void {
    if (this.internals._map) this._project();
  }

  _update(): void {
    // a copy of the world is the same rings a world's width of pixels further (the zoom snaps to whole
    // levels, so that width is whole pixels)
    updatePackedPath(this, (bounds) =>
      this.shifts
        .map((shift) => {
          const origin = { x: this.origin.x - shift * this.scale, y: this.origin.y };
          return ringsPathData(this.outlines, { scale: this.scale, origin }, bounds, true);
        })
        .join(''),
    );
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
    const grid = canvasPixelRatio(renderer);
    ctx.beginPath();
    for (const shift of this.shifts)
      traceRings(
        ctx,
        this.outlines,
        { scale: this.scale, origin: this.origin, shift, grid },
        renderer._bounds,
        true,
      );
    renderer._fillStroke(ctx, this);
  }

  /** Never under the pointer: the basemap is not interactive. */
  _containsPoint(): boolean {
    return false;
  }

  _empty(): boolean {
    return false;
  }

  /** For reading the drawing back (frameVectors): every ring of every copy, in layer pixels at this zoom. */
  get _rings(): { x: number; y: number }[][] {
    return this.shifts.flatMap((shift) =>
      layerRings(this.outlines, { scale: this.scale, origin: this.origin, shift, grid: VECTOR_GRID }),
    );
  }

  /** The outlines carry no LatLngs; frameVectors reads `_rings` when this says it is a path of points. */
  getLatLngs(): never[] {
    return [];
  }

  private toPixel(x: number, y: number): Point {
    return new Point(Math.round(this.scale * x) - this.origin.x, Math.round(this.scale * y) - this.origin.y);
  }
}
