// What a frame map draws, read back as plain shapes in its own CSS pixels (its container's top left is 0,0): every
// vector path with its Leaflet style, the texts of its labels with their fonts and colours, the launch points,
// and its projection. An SVG export composes these; nothing here knows about SVG. Paths are projected in full:
// clipping to the frame and thinning points is the exporter's job.
import { type LatLng, type Map as LeafletMap, Path } from 'leaflet';
import type { LonLat } from '../geo';
import { PANES } from './panes';
import { BAND_CLASS } from './ringLayerStyles';

export type Point = [x: number, y: number];

export interface VectorPath {
  /** The Leaflet pane it is drawn in, e.g. 'basemap', 'rings'; a ring's published band is 'bands'. */
  layer: string;
  /** Each ring or line of the path, in container pixels. */
  lines: Point[][];
  /** Filled (a closed shape, even-odd), or an open line. */
  closed: boolean;
  stroke: { color: string; width: number; opacity: number; dash: string | null } | null;
  fill: { color: string; opacity: number } | null;
}

export interface VectorText {
  layer: 'basemap' | 'labels' | 'launch-points';
  text: string;
  /** Centre of the text's box, and its baseline. */
  x: number;
  baseline: number;
  fontSize: number;
  fontWeight: string;
  fontFamily: string;
  letterSpacing: number;
  color: string;
  /** The colour of the text's halo (its text-shadow), if it has one. */
  halo: string | null;
  /** A box drawn behind the text (a tooltip's), if it has one. */
  box: { x: number; y: number; width: number; height: number; fill: string; stroke: string } | null;
}

export interface FrameVectors {
  width: number;
  height: number;
  /** The sea: the map container's background colour. */
  background: string;
  paths: VectorPath[];
  texts: VectorText[];
  /** Centres of the launch points' markers. */
  launchPoints: Point[];
  /**
   * Where each marked place's name is written (its left end and baseline) and its size in pixels, as it was
   * placed, in the order of the scenario's marks,
   * null for a mark out of view; absent, each is written to the right of its symbol.
   */
  markNames?: readonly ({ left: number; baseline: number; fontSize: number } | null)[];
  /** A place's position in container pixels, as the map projects it. */
  project(lonLat: LonLat): Point;
}

interface PathInternals {
  options: Path['options'] & { pane?: string; className?: string };
  /** Leaflet's own projection of the path at the current zoom, in layer points (Polyline.js `_rings`). */
  _rings?: { x: number; y: number }[][];
  getLatLngs?: () => unknown;
  getLatLng?: () => LatLng;
  getRadius?: () => number;
}

/** Every array of LatLngs in Leaflet's nested latlngs (a line, a polygon's rings, a multi-polygon's). */
function latLngRuns(value: unknown, out: LatLng[][] = []): LatLng[][] {
  if (!Array.isArray(value) || value.length === 0) return out;
  if (!Array.isArray(value[0])) out.push(value as LatLng[]);
  else for (const item of value) latLngRuns(item, out);
  return out;
}

/** A circle of `radiusPx` as a closed ring of points (a CircleMarker). */
function circleRing([cx, cy]: Point, radiusPx: number): Point[] {
  const steps = Math.max(12, Math.ceil(radiusPx * 2));
  return Array.from({ length: steps }, (_, i) => {
    const a = (2 * Math.PI * i) / steps;
    return [cx + radiusPx * Math.cos(a), cy + radiusPx * Math.sin(a)] as Point;
  });
}

function vectorPath(
  layer: PathInternals,
  toPoint: (ll: LatLng) => Point,
  origin: { x: number; y: number },
): VectorPath | null {
  const o = layer.options;
  let lines: Point[][];
  let closed: boolean;
  if (layer.getLatLngs && Array.isArray(layer._rings)) {
    // projected by Leaflet already, at this zoom: only moved to the container's origin (a 1:50m world is
    // 100,000 points, projected again here in tens of milliseconds)
    lines = layer._rings.map((ring) => ring.map((p): Point => [p.x - origin.x, p.y - origin.y]));
    closed = o.fill === true;
  } else if (layer.getLatLngs) {
    lines = latLngRuns(layer.getLatLngs()).map((run) => run.map(toPoint));
    closed = o.fill === true;
  } else if (layer.getLatLng && layer.getRadius) {
    lines = [circleRing(toPoint(layer.getLatLng()), layer.getRadius())];
    closed = true;
  } else return null;
  const pane = o.pane ?? 'overlayPane';
  const isBand = typeof o.className === 'string' && o.className.split(' ').includes(BAND_CLASS);
  return {
    layer: isBand ? 'bands' : pane,
    lines,
    closed,
    stroke:
      o.stroke === false
        ? null
        : {
            color: o.color ?? '#3388ff',
            width: o.weight ?? 3,
            opacity: o.opacity ?? 1,
            dash: typeof o.dashArray === 'string' ? o.dashArray : null,
          },
    fill:
      o.fill === true ? { color: o.fillColor ?? o.color ?? '#3388ff', opacity: o.fillOpacity ?? 0.2 } : null,
  };
}

/** The first colour named in a CSS text-shadow, e.g. 'rgb(255, 255, 255) 0px 0px 3px' → 'rgb(255, 255, 255)'. */
function shadowColour(shadow: string): string | null {
  if (!shadow || shadow === 'none') return null;
  return /(rgba?\([^)]*\)|#[0-9a-f]{3,8})/i.exec(shadow)?.[1] ?? null;
}

const transparent = (colour: string) => colour === 'transparent' || /rgba\([^)]*,\s*0\)$/.test(colour);

let scratch: CanvasRenderingContext2D | null | undefined;

/** Canvas pixels from the font's box centre to its alphabetic baseline: where a line box puts the text. */
function baselineBelowCentre(font: string): number {
  if (scratch === undefined) scratch = document.createElement('canvas').getContext('2d');
  const ctx = scratch;
  if (!ctx) return 0;
  ctx.font = font;
  const m = ctx.measureText('Hg');
  return (m.fontBoundingBoxAscent - m.fontBoundingBoxDescent) / 2;
}

/** Which layer a text belongs to, by the pane (or class) it is drawn in. */
const TEXT_SOURCES: [selector: string, layer: VectorText['layer'], boxed: boolean][] = [
  [`.leaflet-${PANES.labels.name}-pane .basemap-label span`, 'basemap', false],
  ['.leaflet-ringLabels-pane .leaflet-marker-icon > *', 'labels', false],
  ['.leaflet-areaLabels-pane .leaflet-marker-icon > *', 'labels', false],
  ['.leaflet-probe-pane .leaflet-tooltip', 'labels', true],
  [`.leaflet-${PANES.markers.name}-pane .leaflet-tooltip`, 'launch-points', true],
];

function readTexts(container: HTMLElement, scale: number): VectorText[] {
  const frame = container.getBoundingClientRect();
  const texts: VectorText[] = [];
  const baselines = new Map<string, number>();
  for (const [selector, layer, boxed] of TEXT_SOURCES) {
    for (const el of container.querySelectorAll<HTMLElement>(selector)) {
      const text = (el.textContent ?? '').trim();
      const r = el.getBoundingClientRect();
      if (!text || r.width === 0) continue;
      const style = getComputedStyle(el);
      const font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      let below = baselines.get(font);
      if (below === undefined) {
        below = baselineBelowCentre(font);
        baselines.set(font, below);
      }
      const left = (r.left - frame.left) / scale;
      const top = (r.top - frame.top) / scale;
      const width = r.width / scale;
      const height = r.height / scale;
      texts.push({
        layer,
        text,
        x: left + width / 2,
        baseline: top + height / 2 + below,
        fontSize: Number.parseFloat(style.fontSize),
        fontWeight: style.fontWeight,
        fontFamily: style.fontFamily,
        letterSpacing: Number.parseFloat(style.letterSpacing) || 0,
        color: style.color,
        halo: shadowColour(style.textShadow),
        box:
          boxed && !transparent(style.backgroundColor)
            ? { x: left, y: top, width, height, fill: style.backgroundColor, stroke: style.borderTopColor }
            : null,
      });
    }
  }
  return texts;
}

/**
 * The frame map's drawing as plain shapes, in its container's CSS pixels.
 *
 * @example
 * const { paths, texts } = frameVectors(map); // paths[0].layer === 'basemap'
 */
export function frameVectors(map: LeafletMap): FrameVectors {
  const container = map.getContainer();
  const size = map.getSize();
  // one offset from the map's projection to its container's pixels: project() per point, no DOM reads
  const zoom = map.getZoom();
  const origin = map.getCenter();
  const at = map.latLngToContainerPoint(origin);
  const base = map.project(origin, zoom);
  const dx = at.x - base.x;
  const dy = at.y - base.y;
  const toPoint = (ll: LatLng): Point => {
    const p = map.project(ll, zoom);
    return [p.x + dx, p.y + dy];
  };
  const layerOrigin = map.containerPointToLayerPoint([0, 0]);
  // in the order the canvases stack: by their pane's z-index, then as added within a pane
  const drawn: { path: VectorPath; z: number }[] = [];
  map.eachLayer((layer) => {
    if (!(layer instanceof Path)) return;
    const internals = layer as unknown as PathInternals;
    const path = vectorPath(internals, toPoint, layerOrigin);
    const pane = map.getPane(internals.options.pane ?? 'overlayPane');
    if (path) drawn.push({ path, z: Number(pane?.style.zIndex) || 400 });
  });
  const paths = drawn.sort((a, b) => a.z - b.z).map((d) => d.path);
  // the map may be shown scaled (the dialog's preview): element boxes are read back in the map's own pixels
  const frame = container.getBoundingClientRect();
  const scale = container.offsetWidth > 0 ? frame.width / container.offsetWidth : 1;
  const launchPoints = [...container.querySelectorAll('.launch-marker')].map((el): Point => {
    const r = el.getBoundingClientRect();
    return [(r.left + r.width / 2 - frame.left) / scale, (r.top + r.height / 2 - frame.top) / scale];
  });
  return {
    width: size.x,
    height: size.y,
    background: getComputedStyle(container).backgroundColor,
    paths,
    texts: readTexts(container, scale),
    launchPoints,
    project: ([lon, lat]) => toPoint({ lat, lng: lon } as LatLng),
  };
}
