// A true-shape view as plain shapes for the SVG export: the same scene paintScene draws, run through d3's path
// into a context that records the points instead of painting them, with the same layers, colours and labels.
// The result has the map's FrameVectors shape, so the one SVG composer writes the map, the globe and the
// distance map alike.
import { type GeoPermissibleObjects, type GeoProjection, geoPath } from 'd3';
import type { Position } from 'geojson';
import type { LonLat } from '../geo';
import type { FrameVectors, VectorPath, VectorText } from '../map';
import { ringLookStyle } from '../scenario';
import type { DistanceGraticule } from './distanceGraticule';
import { namedPoints } from './namedPoints';
import { LABEL_FONT, POINT_FONT, SCALE_FONT } from './paintScene';
import { type NamePlace, pointNamePlaces } from './pointNamePlaces';
import { projectVisible } from './projectVisible';
import { ringLabelPlaces } from './ringLabelPlaces';
import type { Scene } from './viewScene';

type Point = [number, number];

/** The part of a canvas context d3's geoPath draws with, keeping each run of points. */
class RecordingContext {
  lines: Point[][] = [];
  private current: Point[] | null = null;
  moveTo(x: number, y: number) {
    this.current = [[x, y]];
    this.lines.push(this.current);
  }
  lineTo(x: number, y: number) {
    if (!this.current) this.moveTo(x, y);
    else this.current.push([x, y]);
  }
  closePath() {
    const first = this.current?.[0];
    if (this.current && first) this.current.push([first[0], first[1]]);
    this.current = null;
  }
  arc() {
    // points are drawn by the launch points' and marks' own symbols, never through the path
  }
  take(): Point[][] {
    const lines = this.lines.filter((line) => line.length > 1);
    this.lines = [];
    this.current = null;
    return lines;
  }
}

export interface SceneVectorsOptions {
  width: number;
  height: number;
  distanceScale?: DistanceGraticule | null;
  /** Width of a text in a canvas font (a canvas's measureText). */
  widthOf: (text: string, font: string) => number;
  /** Behind the sphere (the globe's space). */
  background: string;
}

const SPHERE: GeoPermissibleObjects = { type: 'Sphere' };
// a place behind the globe: off every frame, so a mark there is not drawn
const HIDDEN: Point = [-1e6, -1e6];

const fontOf = (font: string) => {
  const [, weight = '400', size = '12', family = 'sans-serif'] = /^(?:(\d+) )?(\d+)px (.*)$/.exec(font) ?? [];
  return { fontWeight: weight, fontSize: Number(size), fontFamily: family };
};

/**
 * The scene as `projection` draws it on a `width` × `height` frame, as paths and texts in CSS pixels.
 *
 * @example
 * const v = sceneVectors(globeProjection(state, size), scene, { ...size, widthOf, background: '#fff' });
 * v.paths.filter((p) => p.layer === 'rings').length; // a fill and an outline per ring
 */
export function sceneVectors(
  projection: GeoProjection,
  scene: Scene,
  options: SceneVectorsOptions,
): FrameVectors {
  const recorder = new RecordingContext();
  const path = geoPath(projection, recorder as unknown as CanvasRenderingContext2D);
  const { palette } = scene.basemap;
  const paths: VectorPath[] = [];
  const add = (
    layer: string,
    shapes: GeoPermissibleObjects[],
    closed: boolean,
    stroke: VectorPath['stroke'],
    fill: VectorPath['fill'],
  ) => {
    for (const shape of shapes) path(shape);
    const lines = recorder.take();
    if (lines.length > 0) paths.push({ layer, lines, closed, stroke, fill });
  };
  const line = (coordinates: Position[]): GeoPermissibleObjects => ({ type: 'LineString', coordinates });

  add('basemap', [SPHERE], true, null, { color: palette.sea, opacity: 1 });
  add('basemap', [scene.basemap.countries], true, null, { color: palette.land, opacity: 1 });
  add(
    'basemap',
    [scene.basemap.borders],
    false,
    { color: palette.border, width: 0.7, opacity: 1, dash: null },
    null,
  );
  add(
    'basemap',
    [scene.basemap.graticule],
    false,
    { color: palette.border, width: 0.5, opacity: 0.45, dash: null },
    null,
  );
  const scale = options.distanceScale;
  if (scale)
    add(
      'basemap',
      scale.circles.map((c) => c.line),
      false,
      { color: palette.border, width: 0.8, opacity: 0.8, dash: null },
      null,
    );
  if (scene.areaOutlines)
    add(
      'launchAreas',
      scene.areaOutlines.lines.map(line),
      false,
      { color: scene.areaOutlines.color, width: 2.5, opacity: 1, dash: '6 3' },
      null,
    );
  for (const reach of scene.reaches ?? []) {
    const style = ringLookStyle({ emphasised: reach.emphasised ?? false, dimmed: reach.dimmed ?? false });
    add('rings', [reach.area], true, null, { color: reach.color, opacity: style.fillOpacity });
    add(
      'rings',
      (reach.outlines ?? []).map(line),
      false,
      {
        color: reach.color,
        width: style.outlineWidth,
        opacity: style.outlineOpacity,
        dash: reach.dash?.length ? reach.dash.join(' ') : null,
      },
      null,
    );
  }
  for (const ring of scene.rings) {
    const style = ringLookStyle(ring);
    if (ring.area) add('rings', [ring.area], true, null, { color: ring.color, opacity: style.fillOpacity });
    if (ring.band)
      add('bands', [ring.band], true, null, { color: ring.color, opacity: style.bandFillOpacity });
    if (ring.bandOutlines.length > 0)
      add(
        'bands',
        ring.bandOutlines.map(line),
        false,
        { color: ring.color, width: 1, opacity: style.bandEdgeOpacity, dash: '4 4' },
        null,
      );
    if (ring.outline)
      add(
        'rings',
        [line(ring.outline)],
        false,
        {
          color: ring.color,
          width: style.outlineWidth,
          opacity: style.outlineOpacity,
          dash: ring.dash.length > 0 ? ring.dash.join(' ') : null,
        },
        null,
      );
  }
  add('basemap', [SPHERE], false, { color: palette.border, width: 1, opacity: 1, dash: null }, null);

  const texts: VectorText[] = [];
  const text = (
    layer: VectorText['layer'],
    words: string,
    x: number,
    baseline: number,
    font: string,
    color: string,
  ) =>
    texts.push({
      layer,
      text: words,
      x,
      baseline,
      ...fontOf(font),
      letterSpacing: 0,
      color,
      halo: palette.labelHalo,
      box: null,
    });
  const at = (lonLat: LonLat) => projectVisible(path, lonLat);
  for (const circle of scale?.circles ?? []) {
    const p = at(circle.labelAt);
    if (p)
      text(
        'basemap',
        circle.label,
        p[0] + 4 + options.widthOf(circle.label, SCALE_FONT) / 2,
        p[1] - 4,
        SCALE_FONT,
        palette.label,
      );
  }
  for (const place of ringLabelPlaces(path, scene, (words) => options.widthOf(words, LABEL_FONT)))
    text('labels', place.ring.label, place.x, place.y, LABEL_FONT, place.ring.labelColor);
  const launchPoints: Point[] = [];
  const named = namedPoints(scene, at, (words) => options.widthOf(words, POINT_FONT));
  const places = pointNamePlaces(named.map(({ point }) => point));
  const markNames: ((NamePlace & { fontSize: number }) | null)[] = scene.marks.map(() => null);
  named.forEach(({ kind, index, name, point }, i) => {
    const place = places[i] as NamePlace;
    if (kind === 'mark') {
      // written by the SVG with the mark's symbol, at the size it was placed for
      markNames[index] = { ...place, fontSize: fontOf(POINT_FONT).fontSize };
      return;
    }
    launchPoints.push([point.x, point.y]);
    if (name)
      text(
        'launch-points',
        name,
        place.left + point.width / 2,
        place.baseline,
        POINT_FONT,
        palette.pointLabel,
      );
  });
  return {
    width: options.width,
    height: options.height,
    background: options.background,
    paths,
    texts,
    launchPoints,
    markNames,
    project: (lonLat) => at(lonLat) ?? HIDDEN,
  };
}
