// Keeps the map view and the scenario's view in step: the user's pans and zooms are reported; a view set
// from outside (URL, host page) is flown to; with no view, the map fits all rings, clear of a legend over it. MapContainer's own
// props are fixed after mount, so this child does it through useMap. It also redraws the map when its
// container changes size.
import { useEffect, useRef } from 'react';
import { useMap, useMapEvent } from 'react-leaflet';
import type { LonLat } from '../geo';
import { type MapView, type Mark, type ViewOrigin, viewOrigin } from '../scenario';
import { coveredEdgesOf } from './coveredEdges';
import { FIT_OPTIONS } from './fitOptions';
import { fitView } from './fitView';
import { ringsBounds, withMarks } from './ringsBounds';
import { toLatLng } from './toLatLng';
import { useResizeObserver } from './useResizeObserver';

interface Props {
  view: MapView | null;
  /** Launch points and the largest range drawn from them, for fitting. */
  centers: LonLat[];
  maxRangeM: number;
  /** Marked places, fitted into the view with the rings. */
  marks?: readonly Mark[];
  /** Changes whenever the map should fit the rings again (e.g. a "fit" button). */
  fitRequest: number;
  /** A view the map moved to by itself, with the origin its report comes back with as the scenario's view. */
  onViewChange: (view: MapView, origin: ViewOrigin) => void;
  /** Smooth moves (flyTo) for views set from outside; off for the first view and reduced motion. */
  animate: boolean;
}

const RESIZE_MOVEEND_MS = 400;

export function ViewSync({ view, centers, maxRangeM, marks, fitRequest, onViewChange, animate }: Props) {
  const map = useMap();
  const applying = useRef(false);
  const first = useRef(true);
  const resizing = useRef(false);
  /** The origin of the views reported from the map's own moves since the app last moved it itself. */
  const ownMoves = useRef<ViewOrigin>({});

  // A new container size (panel hidden, window resized) is drawn at once, keeping the centre and the zoom;
  // the move this makes is not the user's, so it is not reported.
  useResizeObserver(map.getContainer(), function redrawAtNewSize() {
    resizing.current = true;
    try {
      map.invalidateSize({ pan: true, animate: false });
    } finally {
      resizing.current = false;
    }
  });

  // Leaflet keeps the centre when the map's box changes size, and ends that with a moveend of its own, up to
  // 200 ms later (its window-resize handler debounces it)
  const resizedAt = useRef(Number.NEGATIVE_INFINITY);
  useMapEvent('resize', function noteResize() {
    resizedAt.current = performance.now();
  });

  useMapEvent('moveend', function reportView() {
    if (resizing.current) return;
    // a move the app made (fit, or a view set from outside) is not the user's: it is not reported, so a
    // scenario without a view keeps fitting its rings on any screen; nor is a resize of the map's box
    if (applying.current || performance.now() - resizedAt.current < RESIZE_MOVEEND_MS) {
      applying.current = false;
      return;
    }
    const c = map.getCenter();
    const now: MapView = { center: [round(c.lng, 5), round(c.lat, 5)], zoom: round(map.getZoom(), 2) };
    onViewChange(now, ownMoves.current);
  });

  useEffect(
    function applyViewFromScenario() {
      if (!view) return;
      // one of the map's own reports coming back, maybe frames later: the map may have moved on since (a
      // launch point held at the map's edge pans it a frame at a time), and is not pulled back to it
      if (viewOrigin(view) === ownMoves.current) return;
      const c = map.getCenter();
      const same =
        Math.abs(c.lat - view.center[1]) < 1e-4 &&
        Math.abs(c.lng - view.center[0]) < 1e-4 &&
        Math.abs(map.getZoom() - view.zoom) < 0.01;
      if (same) return;
      applying.current = true;
      // the map's reports before this move are views from elsewhere now (an undo back to one moves the map)
      ownMoves.current = {};
      if (animate && !first.current) map.flyTo(toLatLng(view.center), view.zoom, { duration: 0.8 });
      else map.setView(toLatLng(view.center), view.zoom, { animate: false });
      first.current = false;
    },
    [map, view, animate],
  );

  // Refits only on mount and on a new fit request, not when the rings change.
  useEffect(
    function fitViewToRings() {
      // the first view was set by MapContainer itself (fitted bounds, or the scenario's view)
      const initial = fitRequest === 0;
      if (initial) first.current = false;
      // a first view from the scenario stays as it is; a first fit made by MapContainer is kept in the world
      if (initial && view) return;
      const bounds = withMarks(ringsBounds(centers, maxRangeM), marks ?? []);
      if (!bounds) return;
      // a legend laid over the map's foot (an embed's) covers no ring
      const covered = coveredEdgesOf(map.getContainer());
      const { center, zoom } = fitView(map, bounds, { ...FIT_OPTIONS, covered });
      if (initial && map.getCenter().distanceTo(center) < 1 && map.getZoom() === zoom) return;
      applying.current = true;
      ownMoves.current = {};
      map.setView(center, zoom, { animate: animate && !initial });
    },
    [map, fitRequest],
  );
  return null;
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
