// The Leaflet map that takes the first picture over (firstPicture), once that picture is painted and Leaflet
// loaded: the map with the picture's view, the 1:110m outlines and the picture's very rings, in the same panes and
// styles as the React layers, drawn in the task that takes the picture away. RangeMap then adopts this very map
// (AdoptedMap): it is never made twice nor its view set twice, and these first layers are taken away in the task
// where React's own have drawn, so no frame lacks the rings. The canvases React's layers draw on are made
// before it mounts, each in a task of its own (makeCanvasesAhead).
import { type Layer, Map as LeafletMap, SVG } from 'leaflet';
import { countryStyle } from './basemapStyles';
import { COUNTRIES_110M } from './countries110m';
import { makePaneCanvas } from './drawNow';
import type { FirstPicture } from './firstPicture';
import { MAP_OPTIONS } from './mapOptions';
import { nextTask } from './nextTask';
import { OutlinesPath } from './OutlinesPath';
import { mapPane, PANES } from './panes';
import { RingPath } from './RingPath';
import { COUNTRIES_ATTRIBUTION } from './worldCopies';

export interface FirstMap {
  map: LeafletMap;
  /** The map's container, to be placed where RangeMap renders. */
  element: HTMLElement;
  /** The outlines and rings drawn first, then their renderers: removed once React's layers are drawn. */
  layers: Layer[];
}

let waiting: FirstMap | null = null;

/**
 * Makes the map in the picture's element, at the picture's view, with the basemap's and rings' panes; the
 * picture stays, under the map's empty panes, until drawFirstLayers (a task of its own: the two together held
 * the page past 50 ms on a busy machine).
 */
export function makeFirstMap(picture: FirstPicture): LeafletMap {
  const map = new LeafletMap(picture.element, MAP_OPTIONS);
  try {
    map.setView(picture.view.center, picture.view.zoom);
    mapPane(map, PANES.basemap.name, PANES.basemap.zIndex);
    mapPane(map, PANES.rings.name, PANES.rings.zIndex);
    return map;
  } catch (error) {
    map.remove();
    throw error;
  }
}

/** Draws the picture's basemap and rings on `map` (from makeFirstMap) and takes the picture away. */
export function drawFirstLayers(map: LeafletMap, picture: FirstPicture): FirstMap {
  // SVG renderers of their own, no larger than the map (nothing pans it before the app mounts, so Leaflet's
  // panning margin is not needed): the frame paints their paths without allocating, drawing and committing
  // two canvases of 1.2 × 1.2 the map's size on the main thread. The app's layers then draw on the panes'
  // own canvases, and these renderers go with the first layers.
  const basemap = new SVG({ pane: PANES.basemap.name, padding: 0 });
  const rings = new SVG({ pane: PANES.rings.name, padding: 0 });
  const outlines = new OutlinesPath(COUNTRIES_110M.outlines, {
    ...countryStyle(picture.input.theme),
    pane: PANES.basemap.name,
    renderer: basemap,
    interactive: false,
    attribution: COUNTRIES_ATTRIBUTION,
  });
  outlines.setShifts(picture.shifts);
  const layers: Layer[] = [outlines.addTo(map)];
  const pane = { pane: PANES.rings.name, interactive: false, renderer: rings };
  for (const part of picture.parts)
    layers.push(new RingPath(part.rings, part.closed, { ...part.style, ...pane }).addTo(map));
  layers.push(basemap, rings);
  picture.panes.remove();
  waiting = { map, element: picture.element, layers };
  return waiting;
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
