// Paints a scene on a 2D canvas through any d3-geo path (a globe, a distance map): sea and sphere outline,
// countries, graticule, ring fills and outlines, bands, labels, launch points, marks and a probed point. The
// context is in CSS pixels (the caller scales it to the canvas's density); nothing here reads the page.
import type { GeoPath, GeoPermissibleObjects } from 'd3';
import type { Position } from 'geojson';
import type { LonLat } from '../geo';
import { DIMMED_LABEL_OPACITY, ringLookStyle } from '../scenario';
import type { DistanceGraticule } from './distanceGraticule';
import { namedPoints } from './namedPoints';
import { type NamedPoint, type NamePlace, pointNamePlaces } from './pointNamePlaces';
import { projectVisible } from './projectVisible';
import { ringLabelPlaces } from './ringLabelPlaces';
import type { Scene, SceneRing } from './viewScene';

export interface PaintOptions {
  width: number;
  height: number;
  /** Draws the ring labels (off while the view moves, where they would only flicker). */
  labels?: boolean;
  /** The distance map's circles of round distance and their labels, drawn over the basemap, under the rings. */
  distanceScale?: DistanceGraticule | null;
}

const SPHERE: GeoPermissibleObjects = { type: 'Sphere' };
export const LABEL_FONT = '600 12px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
export const SCALE_FONT = '11px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
export const POINT_FONT = '600 13px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

/**
 * Draws `scene` with `path` (whose context is `context`) on a `width` × `height` CSS-pixel area.
 *
 * @example
 * const path = geoPath(geoOrthographic().rotate([-36, -50]), context);
 * paintScene(context, path, scene, { width: 800, height: 600 });
 */
export function paintScene(
  context: CanvasRenderingContext2D,
  path: GeoPath<unknown, GeoPermissibleObjects>,
  scene: Scene,
  options: PaintOptions,
): void {
  const { palette } = scene.basemap;
  context.save();
  context.clearRect(0, 0, options.width, options.height);
  context.lineJoin = 'round';
  context.lineCap = 'round';

  fillShape(context, path, SPHERE, palette.sea, 1);
  context.beginPath();
  path(scene.basemap.countries);
  context.fillStyle = palette.land;
  context.fill();
  context.beginPath();
  path(scene.basemap.borders);
  context.strokeStyle = palette.border;
  context.lineWidth = 0.7;
  context.stroke();

  context.beginPath();
  path(scene.basemap.graticule);
  context.strokeStyle = palette.border;
  context.globalAlpha = 0.45;
  context.lineWidth = 0.5;
  context.stroke();
  context.globalAlpha = 1;

  if (options.distanceScale) paintDistanceScale(context, path, options.distanceScale, palette);

  if (scene.areaOutlines && scene.areaOutlines.lines.length > 0) {
    context.beginPath();
    for (const run of scene.areaOutlines.lines) path(line(run));
    context.strokeStyle = scene.areaOutlines.color;
    context.lineWidth = 2.5;
    context.setLineDash([6, 3]);
    context.stroke();
    context.setLineDash([]);
  }
  for (const reach of scene.reaches ?? []) {
    // a highlight emphasises or dims a reach as it does its system's rings (the map's launch areas too)
    const style = ringLookStyle({ emphasised: reach.emphasised ?? false, dimmed: reach.dimmed ?? false });
    fillShape(context, path, reach.area, reach.color, style.fillOpacity);
    if (!reach.outlines?.length) continue;
    context.beginPath();
    for (const run of reach.outlines) path(line(run));
    context.strokeStyle = reach.color;
    context.lineWidth = style.outlineWidth;
    context.globalAlpha = style.outlineOpacity;
    context.setLineDash(reach.dash ?? []);
    context.stroke();
    context.setLineDash([]);
    context.globalAlpha = 1;
  }
  for (const ring of scene.rings) paintRing(context, path, ring);

  context.beginPath();
  path(SPHERE);
  context.strokeStyle = palette.border;
  context.lineWidth = 1;
  context.stroke();

  if (scene.probe) paintProbe(context, path, scene.probe);
  const at = (lonLat: LonLat) => projectVisible(path, lonLat);
  if (options.labels !== false) paintRingLabels(context, path, scene, palette.labelHalo);
  // the names are placed together, launch points' first, so that none covers another point or name
  context.font = POINT_FONT;
  const named = namedPoints(scene, at, (text) => context.measureText(text).width);
  const places = pointNamePlaces(named.map(({ point }) => point));
  // every symbol under every name, launch points over marks
  for (const { kind, point } of named) if (kind === 'mark') paintMarkSymbol(context, point, palette.markFill);
  for (const { kind, point } of named) if (kind === 'site') paintSiteSymbol(context, point);
  named.forEach(({ kind, name }, i) => {
    if (!name) return;
    const place = places[i] as NamePlace;
    const color = kind === 'mark' ? palette.markLabel : palette.pointLabel;
    haloText(context, name, place.left, place.baseline, color, palette.labelHalo, POINT_FONT, 'left');
  });
  context.restore();
}

function paintSiteSymbol(context: CanvasRenderingContext2D, { x, y }: NamedPoint) {
  context.beginPath();
  context.arc(x, y, 5, 0, Math.PI * 2);
  context.fillStyle = '#1d1d1f';
  context.fill();
  context.lineWidth = 2;
  context.strokeStyle = '#ffffff';
  context.stroke();
}

function paintMarkSymbol(context: CanvasRenderingContext2D, { x, y }: NamedPoint, fill: string) {
  context.beginPath();
  context.moveTo(x, y - 5);
  context.lineTo(x + 5, y);
  context.lineTo(x, y + 5);
  context.lineTo(x - 5, y);
  context.closePath();
  context.fillStyle = fill;
  context.fill();
}

function fillShape(
  context: CanvasRenderingContext2D,
  path: GeoPath<unknown, GeoPermissibleObjects>,
  shape: GeoPermissibleObjects,
  color: string,
  alpha: number,
) {
  context.beginPath();
  path(shape);
  context.globalAlpha = alpha;
  context.fillStyle = color;
  context.fill();
  context.globalAlpha = 1;
}

// Subtle as the graticule, a little darker: the circles are read against the rings, the graticule is not.
function paintDistanceScale(
  context: CanvasRenderingContext2D,
  path: GeoPath<unknown, GeoPermissibleObjects>,
  scale: DistanceGraticule,
  palette: Scene['basemap']['palette'],
) {
  context.beginPath();
  for (const circle of scale.circles) path(circle.line);
  context.strokeStyle = palette.border;
  context.globalAlpha = 0.8;
  context.lineWidth = 0.8;
  context.stroke();
  context.globalAlpha = 1;
  for (const circle of scale.circles) {
    const p = projectVisible(path, circle.labelAt);
    if (p)
      haloText(
        context,
        circle.label,
        p[0] + 4,
        p[1] - 4,
        palette.label,
        palette.labelHalo,
        SCALE_FONT,
        'left',
      );
  }
}

function line(coordinates: Position[]): GeoPermissibleObjects {
  return { type: 'LineString', coordinates };
}

function paintRing(
  context: CanvasRenderingContext2D,
  path: GeoPath<unknown, GeoPermissibleObjects>,
  ring: SceneRing,
) {
  const style = ringLookStyle(ring);
  if (ring.area) fillShape(context, path, ring.area, ring.color, style.fillOpacity);
  if (ring.band) fillShape(context, path, ring.band, ring.color, style.bandFillOpacity);
  context.strokeStyle = ring.color;
  if (ring.bandOutlines.length > 0) {
    context.beginPath();
    for (const edge of ring.bandOutlines) path(line(edge));
    context.setLineDash([4, 4]);
    context.lineWidth = 1;
    context.globalAlpha = style.bandEdgeOpacity;
    context.stroke();
  }
  if (ring.outline) {
    context.beginPath();
    path(line(ring.outline));
    context.setLineDash(ring.dash);
    context.lineWidth = style.outlineWidth;
    context.globalAlpha = style.outlineOpacity;
    context.stroke();
  }
  context.setLineDash([]);
  context.globalAlpha = 1;
}

function paintProbe(
  context: CanvasRenderingContext2D,
  path: GeoPath<unknown, GeoPermissibleObjects>,
  probe: NonNullable<Scene['probe']>,
) {
  context.beginPath();
  for (const points of probe.paths) path(line(points));
  context.strokeStyle = '#222';
  context.lineWidth = 1.5;
  context.setLineDash([6, 4]);
  context.stroke();
  context.setLineDash([]);
  const p = projectVisible(path, probe.lonLat);
  if (!p) return;
  context.beginPath();
  context.arc(p[0], p[1], 5, 0, Math.PI * 2);
  context.fillStyle = '#ffd84d';
  context.fill();
  context.strokeStyle = '#222';
  context.lineWidth = 2;
  context.stroke();
  if (probe.name) haloText(context, probe.name, p[0] + 9, p[1] + 4, '#222', '#ffffff', POINT_FONT, 'left');
}

// Each ring's label sits above its topmost visible vertex, so a ring's label stays on screen as the view turns.
function paintRingLabels(
  context: CanvasRenderingContext2D,
  path: GeoPath<unknown, GeoPermissibleObjects>,
  scene: Scene,
  halo: string,
) {
  context.font = LABEL_FONT;
  for (const place of ringLabelPlaces(path, scene, (text) => context.measureText(text).width)) {
    // a label of a system dimmed by a highlight fades with its ring
    context.globalAlpha = place.ring.dimmed ? DIMMED_LABEL_OPACITY : 1;
    haloText(context, place.ring.label, place.x, place.y, place.ring.labelColor, halo, LABEL_FONT, 'center');
  }
  context.globalAlpha = 1;
}

function haloText(
  context: CanvasRenderingContext2D,
  text: string,
  x: number,
  y: number,
  color: string,
  halo: string,
  font: string,
  align: CanvasTextAlign,
) {
  context.font = font;
  context.textAlign = align;
  context.lineWidth = 3;
  context.strokeStyle = halo;
  context.strokeText(text, x, y);
  context.fillStyle = color;
  context.fillText(text, x, y);
}
