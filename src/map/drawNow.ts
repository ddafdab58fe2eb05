// A canvas renderer that draws what changed at once, within the frame of the pointer move that changed it,
// instead of in the next animation frame as Leaflet's Canvas does (Canvas.js `_requestRedraw`): the rings of
// a dragged launch point then move with its marker, not a frame behind it.
import { type Canvas, type Map as LeafletMap, type Path, Util } from 'leaflet';

interface CanvasInternals {
  _map?: unknown;
  _redrawRequest: number | null;
  _redraw(): void;
}

/** Draws the renderer's pending changes now; nothing when none is pending. */
export function drawNow(renderer: Canvas): void {
  const r = renderer as unknown as CanvasInternals;
  if (!r._map || r._redrawRequest === null || r._redrawRequest === undefined) return;
  Util.cancelAnimFrame(r._redrawRequest);
  r._redraw();
}

/** The canvas Leaflet made for a pane's paths (with `preferCanvas`), if it made one yet. */
export function paneCanvas(map: LeafletMap, pane: string): Canvas | undefined {
  return (map as unknown as { _paneRenderers?: Record<string, Canvas> })._paneRenderers?.[pane];
}

/**
 * The pane's canvas, made and added to the map now when there is none yet, as Leaflet makes it for the pane's
 * first path (Map.getRenderer): the same canvas the pane's paths are then drawn on.
 */
export function makePaneCanvas(map: LeafletMap, pane: string): Canvas {
  return map.getRenderer({ options: { pane } } as unknown as Path) as Canvas;
}
