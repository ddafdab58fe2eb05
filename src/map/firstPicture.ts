// The map's first picture, drawn before Leaflet is loaded: the 1:110m outlines and the rings as SVG paths in
// panes made as Leaflet makes them, at the view and pixels Leaflet's map would have (firstCenterZoom,
// webMercatorPixels), in the styles its SVG renderer gives the same layers. Leaflet is loaded and evaluated once
// this picture is painted; its map (firstMap) then takes the picture over in one task, drawing these very paths
// from these very rings, so no frame lacks the rings and none shows them moved.
import type { PathOptions } from 'leaflet';
import type { MapView, Mark, Site, Theme } from '../scenario';
import { countryStyle } from './basemapStyles';
import { COUNTRIES_110M } from './countries110m';
import { type CenterZoom, firstCenterZoom } from './firstCenterZoom';
import { applyMapTheme } from './mapTheme';
import { markRingsDrawn } from './markRingsDrawn';
import { PANES } from './panes';
import type { RingSystem } from './RingsLayer';
import { siteRings } from './ringGeometry';
import { ringLooks } from './ringLayerStyles';
import { type RingPart, ringParts } from './ringParts';
import { ringsPathData } from './ringsPathData';
import { fromWorldPixel, type Pixel, viewPixelOrigin, worldScale } from './webMercatorPixels';
import { copiesNeeded } from './worldCopies';

export interface FirstMapInput {
  sites: readonly Site[];
  /** The systems shown, as RangeMap gets them. */
  systems: readonly RingSystem[];
  view: MapView | null;
  marks: readonly Mark[];
  theme: Theme;
}

export interface FirstPicture {
  element: HTMLElement;
  input: FirstMapInput;
  /** The view it was drawn at, which the Leaflet map is set to. */
  view: CenterZoom;
  /** The world copies of the outlines drawn (0 the map's own world, ∓1 the copies at ∓360°). */
  shifts: number[];
  /** The rings' paths, bottom first. */
  parts: RingPart[];
  /** Its panes, taken away once the Leaflet map has drawn. */
  panes: HTMLElement;
}

/** Leaflet 1.9's Path.options: what a path's style falls back to. */
const PATH_DEFAULTS = {
  stroke: true,
  color: '#3388ff',
  weight: 3,
  opacity: 1,
  lineCap: 'round',
  lineJoin: 'round',
  fill: false,
  fillOpacity: 0.2,
  fillRule: 'evenodd',
} satisfies PathOptions;

const SVG_NS = 'http://www.w3.org/2000/svg';
const PLAIN = { emphasised: false, dimmed: false };

let waiting: FirstPicture | null = null;

/** Draws the first picture in `element` (already in its place in the page). */
export function drawFirstPicture(element: HTMLElement, input: FirstMapInput): FirstPicture {
  applyMapTheme(element, input.theme);
  // as Leaflet's map makes its container: the sea's colour, clipped; placed for its panes
  element.classList.add('leaflet-container');
  element.style.position = 'relative';
  const size = { x: element.clientWidth, y: element.clientHeight };
  const maxRangeM = Math.max(0, ...input.systems.map((s) => s.rangeKm * 1000));
  const view = firstCenterZoom(
    input.view,
    input.sites.map((s) => s.lonLat),
    maxRangeM,
    input.marks,
    size,
  );
  const scale = worldScale(view.zoom);
  const origin = viewPixelOrigin(view.center, view.zoom, size);
  // the map's bounds (Map.getBounds): its bottom left and top right corners
  const [, west] = fromWorldPixel({ x: origin.x, y: origin.y + size.y }, view.zoom);
  const [, east] = fromWorldPixel({ x: origin.x + size.x, y: origin.y }, view.zoom);
  const shifts = copiesNeeded({ getWest: () => west, getEast: () => east }).sort((a, b) => a - b);
  const frame = { min: { x: 0, y: 0 }, max: size };
  const outlines = shifts
    .map((shift) =>
      ringsPathData(
        COUNTRIES_110M.outlines,
        { scale, origin: { x: origin.x - shift * scale, y: origin.y } },
        frame,
        true,
      ),
    )
    .join('');
  // as RingsLayer draws them: largest first, launch point by launch point
  const sorted = [...input.systems].sort((a, b) => b.rangeKm - a.rangeKm);
  const looks = new Map(sorted.map((s) => [s.systemId, ringLooks(s.color, s.dash, PLAIN)]));
  const parts: RingPart[] = [];
  for (const site of input.sites)
    for (const ring of siteRings(site.lonLat, sorted, view.zoom)) {
      const look = looks.get(ring.systemId);
      if (look) parts.push(...ringParts(ring, look));
    }
  const mapPane = document.createElement('div');
  mapPane.className = 'leaflet-pane leaflet-map-pane';
  mapPane.append(
    pane(PANES.basemap, size, [svgPath(outlines, { fill: true, ...countryStyle(input.theme) })]),
    pane(
      PANES.rings,
      size,
      parts.map((part) =>
        svgPath(ringsPathData(part.rings, { scale, origin }, frame, part.closed), {
          fill: part.closed,
          ...part.style,
        }),
      ),
    ),
  );
  element.append(mapPane);
  markRingsDrawn();
  waiting = { element, input, view, shifts, parts, panes: mapPane };
  return waiting;
}

/** The picture drawn first, once, for the Leaflet map to take over; null when there is none (or it was taken). */
export function takeFirstPicture(): FirstPicture | null {
  const first = waiting;
  waiting = null;
  return first;
}

/** A pane as Map.createPane makes it, holding an SVG as the SVG renderer makes it (no padding). */
function pane({ name, zIndex }: { name: string; zIndex: number }, size: Pixel, paths: SVGPathElement[]) {
  const made = document.createElement('div');
  made.className = `leaflet-pane leaflet-${name}-pane`;
  made.style.zIndex = String(zIndex);
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('pointer-events', 'none');
  svg.setAttribute('width', String(size.x));
  svg.setAttribute('height', String(size.y));
  svg.setAttribute('viewBox', `0 0 ${size.x} ${size.y}`);
  const group = document.createElementNS(SVG_NS, 'g');
  group.append(...paths);
  svg.append(group);
  made.append(svg);
  return made;
}

/** A path with the attributes Leaflet's SVG renderer gives a layer of this style (SVG._updateStyle). */
function svgPath(d: string, style: PathOptions): SVGPathElement {
  const o = { ...PATH_DEFAULTS, ...style };
  const path = document.createElementNS(SVG_NS, 'path');
  if (o.stroke) {
    path.setAttribute('stroke', String(o.color));
    path.setAttribute('stroke-opacity', String(o.opacity));
    path.setAttribute('stroke-width', String(o.weight));
    path.setAttribute('stroke-linecap', String(o.lineCap));
    path.setAttribute('stroke-linejoin', String(o.lineJoin));
    if (o.dashArray) path.setAttribute('stroke-dasharray', String(o.dashArray));
    if (o.dashOffset) path.setAttribute('stroke-dashoffset', String(o.dashOffset));
  } else path.setAttribute('stroke', 'none');
  if (o.fill) {
    path.setAttribute('fill', String(o.fillColor || o.color));
    path.setAttribute('fill-opacity', String(o.fillOpacity));
    path.setAttribute('fill-rule', String(o.fillRule || 'evenodd'));
  } else path.setAttribute('fill', 'none');
  path.setAttribute('d', d);
  return path;
}
