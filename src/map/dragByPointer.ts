// A marker dragged by pointer events (mouse, pen, finger alike): each pointer move places the marker and is
// reported in the same event, where Leaflet's own marker dragging waits for the next animation frame, so the
// rings drawn on a move show in the frame of that move. What Leaflet's dragging did for the user is kept: the
// map does not pan under a dragged marker, a press without a move stays a click (and a drag is none), and near the map's edge the
// map pans along (autoPan), the marker staying under the pointer.
import { DomUtil, type LatLng, type Map as LeafletMap, type Marker, type Point, point } from 'leaflet';
import { settleMarker, slideMarker } from './slideMarker';

export interface PointerDragHandlers {
  /**
   * The marker is pressed, at `at`: a drag may follow. What a drag's first move would set up can be set up now,
   * in the time between a person's press and their first move, so that move is drawn in its own frame.
   */
  press?: (at: LatLng) => void;
  /** The press ended without a drag (a click, or the browser took the pointer): undo what `press` set up. */
  release?: () => void;
  /** The marker is at `at` now (already moved there). */
  move: (at: LatLng) => void;
  /** The pointer let go (or the browser took it) with the marker at `at`. */
  drop: (at: LatLng) => void;
}

/** Leaflet's clickTolerance: a press that moves less is a click, not a drag. */
const CLICK_TOLERANCE_PX = 3;
/** Leaflet's autoPanPadding and autoPanSpeed: within this of the edge the map pans this much a frame. */
const AUTO_PAN_PADDING_PX = 50;
const AUTO_PAN_SPEED_PX = 10;
/** Where a Web Mercator map ends: a marker dragged above or below the map stays on it. */
const MAX_LAT = 85;

/**
 * Lets a person drag `marker` by its element; returns what undoes it. The marker must be on `map`.
 *
 * @example
 * const stop = dragByPointer(marker, map, { move: (at) => draw(at), drop: (at) => save(at) });
 */
export function dragByPointer(
  marker: Marker,
  map: LeafletMap,
  handlers: PointerDragHandlers,
  autoPan = true,
): () => void {
  const el = marker.getElement();
  if (!el) return () => undefined;
  let pointerId: number | null = null;
  let moved = false;
  /** The pointer's offset from the marker's anchor when pressed, so the marker does not jump to it. */
  let grab = point(0, 0);
  let start = point(0, 0);
  let last = point(0, 0);
  let panFrame = 0;
  /** The click that ends a drag (the press and the release were both on the marker) is not a click. */
  let swallowClick = false;

  const placeAt = (containerPoint: Point): LatLng => {
    const at = map.containerPointToLatLng(containerPoint.subtract(grab));
    at.lat = Math.max(-MAX_LAT, Math.min(MAX_LAT, at.lat));
    slideMarker(marker, at);
    return at;
  };

  const panStep = (): Point => {
    const size = map.getSize();
    const anchor = last.subtract(grab);
    const edge = (at: number, end: number) =>
      at < AUTO_PAN_PADDING_PX
        ? -Math.min(1, (AUTO_PAN_PADDING_PX - at) / AUTO_PAN_PADDING_PX)
        : at > end - AUTO_PAN_PADDING_PX
          ? Math.min(1, (at - end + AUTO_PAN_PADDING_PX) / AUTO_PAN_PADDING_PX)
          : 0;
    return point(edge(anchor.x, size.x), edge(anchor.y, size.y)).multiplyBy(AUTO_PAN_SPEED_PX);
  };

  const panAlong = () => {
    panFrame = 0;
    if (pointerId === null || !moved) return;
    const step = panStep();
    if (step.x === 0 && step.y === 0) return;
    map.panBy(step, { animate: false });
    // the pointer has not moved, the map has: the marker stays under the pointer, at a new place
    handlers.move(placeAt(last));
    panFrame = requestAnimationFrame(panAlong);
  };

  const onDown = (e: PointerEvent) => {
    if (pointerId !== null || !e.isPrimary || e.button !== 0) return;
    // the map's own drag would start from this press too
    e.stopPropagation();
    pointerId = e.pointerId;
    moved = false;
    start = map.mouseEventToContainerPoint(e as unknown as MouseEvent);
    last = start;
    grab = start.subtract(map.latLngToContainerPoint(marker.getLatLng()));
    el.setPointerCapture(e.pointerId);
    handlers.press?.(marker.getLatLng());
  };

  const onMove = (e: PointerEvent) => {
    if (e.pointerId !== pointerId) return;
    last = map.mouseEventToContainerPoint(e as unknown as MouseEvent);
    if (!moved) {
      if (last.distanceTo(start) < CLICK_TOLERANCE_PX) return;
      moved = true;
      DomUtil.disableTextSelection();
      DomUtil.disableImageDrag();
      document.body.classList.add('leaflet-dragging');
      el.classList.add('leaflet-drag-target');
    }
    e.preventDefault();
    // a drag's moves are the marker's alone: React's listener at the app's root and the map's own handlers
    // (hover, its mousemove event) have nothing to do with them, and each costs a move its time
    e.stopPropagation();
    handlers.move(placeAt(last));
    if (autoPan && panFrame === 0) {
      const step = panStep();
      if (step.x !== 0 || step.y !== 0) panFrame = requestAnimationFrame(panAlong);
    }
  };

  const onEnd = (e: PointerEvent) => {
    if (e.pointerId !== pointerId) return;
    pointerId = null;
    cancelAnimationFrame(panFrame);
    panFrame = 0;
    if (el.hasPointerCapture(e.pointerId)) el.releasePointerCapture(e.pointerId);
    if (!moved) {
      handlers.release?.(); // a click
      return;
    }
    moved = false;
    // what Leaflet's map does for a marker its Draggable moved (Map._draggableMoved): the map is not clicked
    swallowClick = true;
    window.setTimeout(() => {
      swallowClick = false;
    }, 0);
    DomUtil.enableTextSelection();
    DomUtil.enableImageDrag();
    document.body.classList.remove('leaflet-dragging');
    el.classList.remove('leaflet-drag-target');
    // laid out by Leaflet again (the tooltip placing itself once), where slideMarker only carried them along
    settleMarker(marker);
    handlers.drop(marker.getLatLng());
  };

  // The map's drag and pinch start from the compatibility events of a press on the marker, not its pointerdown.
  const stop = (e: Event) => e.stopPropagation();
  // the compatibility mousemove that follows each pointer move of a drag, likewise
  const stopWhileDragging = (e: Event) => {
    if (pointerId !== null && moved) e.stopPropagation();
  };
  const onClick = (e: MouseEvent) => {
    if (!swallowClick) return;
    swallowClick = false;
    e.stopPropagation();
  };
  el.style.touchAction = 'none'; // a finger on the marker drags it; the page does not scroll or zoom
  const listeners: [string, (e: never) => void][] = [
    ['pointerdown', onDown],
    ['pointermove', onMove],
    ['pointerup', onEnd],
    ['pointercancel', onEnd],
    ['lostpointercapture', onEnd],
    ['mousedown', stop],
    ['mousemove', stopWhileDragging],
    ['touchstart', stop],
    ['click', onClick],
  ];
  for (const [type, listener] of listeners)
    el.addEventListener(type, listener as EventListener, { passive: type === 'touchstart' });
  return () => {
    for (const [type, listener] of listeners) el.removeEventListener(type, listener as EventListener);
    cancelAnimationFrame(panFrame);
    // taken off the map while pressed (a Delete key meanwhile): what the press set up is undone
    if (pointerId !== null && !moved) handlers.release?.();
  };
}
