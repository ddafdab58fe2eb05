// The map drawn before React has mounted: the Leaflet map with its first view, the 1:110m outlines and the
// rings, from the same functions and in the same panes and styles as the React layers. RangeMap then adopts
// this very map (AdoptedMap): it is never made twice nor its view set twice, and these first layers are taken
// away in the task where React's own have drawn, so no frame lacks the rings. The canvases React's layers draw on
// are made before it mounts, each in a task of its own after the first frame (makeCanvasesAhead).
import { type Layer, Map as LeafletMap, SVG } from 'leaflet';
import type { MapView, Mark, Site, Theme } from '../scenario';
import { countryStyle } from './basemapStyles';
import { COUNTRIES_110M } from './countries110m';
import { makePaneCanvas } from './drawNow';
import { firstView, MAP_OPTIONS } from './mapOptions';
import { applyMapTheme } from './mapTheme';
import { markRingsDrawn } from './markRingsDrawn';
import { nextTask } from './nextTask';
import { OutlinesPath } from './OutlinesPath';
import { mapPane, PANES } from './panes';
import { RingPath } from './RingPath';
import type { RingSystem } from './RingsLayer';
import { siteRings } from './ringGeometry';
import { ringLooks } from './ringLayerStyles';
import { ringParts } from './ringParts';
import { COUNTRIES_ATTRIBUTION, copiesNeeded } from './worldCopies';

export interface FirstMapInput {
  sites: readonly Site[];
  /** The systems shown, as RangeMap gets them. */
  systems: readonly RingSystem[];
  view: MapView | null;
  marks: readonly Mark[];
  theme: Theme;
}

export interface FirstMap {
  map: LeafletMap;
  /** The map's container, to be placed where RangeMap renders. */
  element: HTMLElement;
  /** The outlines and rings drawn first, then their renderers: removed once React's layers are drawn. */
  layers: Layer[];
}

let waiting: FirstMap | null = null;

const PLAIN = { emphasised: false, dimmed: false };

/** Makes the map in `element` (already in its place in the page) and draws its basemap and rings. */
export function drawFirstMap(element: HTMLElement, input: FirstMapInput): FirstMap {
  const map = new LeafletMap(element, MAP_OPTIONS);
  try {
    applyMapTheme(element, input.theme);
    const maxRangeM = Math.max(0, ...input.systems.map((s) => s.rangeKm * 1000));
    const start = firstView(
      input.view,
      input.sites.map((s) => s.lonLat),
      maxRangeM,
      input.marks,
    );
    if ('center' in start) map.setView(start.center, start.zoom);
    else map.fitBounds(start.bounds, start.boundsOptions);
    mapPane(map, PANES.basemap.name, PANES.basemap.zIndex);
    mapPane(map, PANES.rings.name, PANES.rings.zIndex);
    // SVG renderers of their own, no larger than the map (nothing pans it before the app mounts, so Leaflet's
    // panning margin is not needed): the frame paints their paths without allocating, drawing and committing
    // two canvases of 1.2 × 1.2 the map's size on the main thread. The app's layers then draw on the panes'
    // own canvases, and these renderers go with the first layers.
    const basemap = new SVG({ pane: PANES.basemap.name, padding: 0 });
    const rings = new SVG({ pane: PANES.rings.name, padding: 0 });
    const outlines = new OutlinesPath(COUNTRIES_110M.outlines, {
      ...countryStyle(input.theme),
      pane: PANES.basemap.name,
      renderer: basemap,
      interactive: false,
      attribution: COUNTRIES_ATTRIBUTION,
    });
    outlines.setShifts(copiesNeeded(map.getBounds()));
    const layers: Layer[] = [outlines.addTo(map)];
    // as RingsLayer draws them: largest first, launch point by launch point
    const sorted = [...input.systems].sort((a, b) => b.rangeKm - a.rangeKm);
    const pane = { pane: PANES.rings.name, interactive: false, renderer: rings };
    const looks = new Map(sorted.map((s) => [s.systemId, ringLooks(s.color, s.dash, PLAIN)]));
    for (const site of input.sites)
      for (const ring of siteRings(site.lonLat, sorted, map.getZoom())) {
        const look = looks.get(ring.systemId);
        if (!look) continue;
        for (const part of ringParts(ring, look))
          layers.push(new RingPath(part.rings, part.closed, { ...part.style, ...pane }).addTo(map));
      }
    layers.push(basemap, rings);
    markRingsDrawn();
    waiting = { map, element, layers };
    return waiting;
  } catch (error) {
    map.remove();
    throw error;
  }
}

/** The map drawn first, once, for RangeMap to adopt; null when there is none (or it was taken). */
export function takeFirstMap(): FirstMap | null {
  const first = waiting;
  waiting = null;
  return first;
}

/**
 * Makes the canvases of the basemap and rings panes on the first map, empty, one per task, once its first frame is
 * painted: made in the app's mount, with its layers, they held that task past 50 ms (a canvas of 1.2 × 1.2 the
 * map's size allocated and cleared for each). A pane whose canvas the app made meanwhile keeps it.
 */
export function makeCanvasesAhead(): void {
  const first = waiting;
  if (!first) return;
  const panes = [PANES.basemap.name, PANES.rings.name];
  const makeNext = () => {
    const pane = panes.shift();
    // none once the app has taken the first layers away: its layers made the canvases then
    if (pane === undefined || first.layers.length === 0) return;
    makePaneCanvas(first.map, pane);
    nextTask(makeNext);
  };
  nextTask(makeNext);
}
