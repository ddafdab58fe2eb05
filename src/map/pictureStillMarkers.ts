// While one launch point is dragged, the others' markers and names are shown by a picture of them, and their
// elements are hidden (still laid out where they are) until the drop. Chromium paints and layerises the whole
// page again on every frame in which anything moved, so each element shown on the map costs every move of a drag
// its share: hiding the 49 other markers and names of a 50-point map took a move's main thread from 5.6 to 5.0 ms
// on this machine, and one image costs a frame next to nothing. The picture is drawn from the elements' laid-out
// boxes and computed styles (the marker's disc: its `::before`; the name: a box with its shadow, border, text and
// arrow), so it is the page's own look.
import { DomUtil, type Map as LeafletMap, point } from 'leaflet';
import { drawMarkerDisc } from './drawMarkerDisc';
import { drawNameBox } from './drawNameBox';
import { LEAVE_OUT_OF_PNG } from './leaveOutOfPng';
import type { Box, Ctx } from './withShadow';

/** The class that hides a pictured element (app.css). */
const PICTURED_CLASS = 'still-pictured';

/**
 * Shows the elements of `pane` other than `moving` by a picture of them, until the returned
 * function is called; it is called by itself if the map moves or zooms meanwhile (the picture covers the view
 * only) or an element of the pane is taken away (it would stay in the picture).
 *
 * @example
 * const stop = pictureStillMarkers(map, map.getPane('launchMarkers')!, [dragged, draggedName]);
 * stop(); // on the drop
 */
export function pictureStillMarkers(
  map: LeafletMap,
  pane: HTMLElement,
  moving: readonly Element[],
): () => void {
  const still = [...pane.children].filter(
    (el): el is HTMLElement => el instanceof HTMLElement && !moving.includes(el),
  );
  if (still.length === 0) return () => undefined;
  const size = map.getSize();
  const ratio = window.devicePixelRatio || 1;
  const width = Math.round(size.x * ratio);
  const height = Math.round(size.y * ratio);
  const drawnOn =
    typeof OffscreenCanvas === 'function'
      ? new OffscreenCanvas(width, height)
      : document.createElement('canvas');
  drawnOn.width = width;
  drawnOn.height = height;
  const ctx = drawnOn.getContext('2d') as Ctx | null;
  if (!ctx) return () => undefined;
  ctx.scale(ratio, ratio);
  const origin = map.getContainer().getBoundingClientRect();
  const view: Box = { x: 0, y: 0, width: size.x, height: size.y };
  const sprites = new Map<string, OffscreenCanvas | null>();
  const metrics = new Map<string, { ascent: number; descent: number }>();
  for (const el of paintOrder(still)) {
    const rect = el.getBoundingClientRect();
    const box = {
      x: rect.left - origin.left,
      y: rect.top - origin.top,
      width: rect.width,
      height: rect.height,
    };
    if (box.width === 0 || !overlaps(grown(box, 20), view)) continue;
    const style = getComputedStyle(el);
    if (style.display === 'none' || style.visibility === 'hidden') continue;
    ctx.globalAlpha = Number.parseFloat(style.opacity) || 0;
    if (el.classList.contains('leaflet-tooltip')) drawNameBox(ctx, el, box, style, metrics);
    else drawMarkerDisc(ctx, el, box, sprites);
  }
  const at = map.containerPointToLayerPoint(point(0, 0));

  // Shown as an image, not a canvas: a canvas is a compositing layer of its own, and all that the page paints
  // over it (the dragged point, its name and labels, the controls) would be made layers too
  const picture = new Image(size.x, size.y);
  picture.className = `still-markers ${LEAVE_OUT_OF_PNG}`;
  picture.alt = '';
  picture.decoding = 'async';
  let url = '';
  let stopped = false;
  const show = async () => {
    const blob =
      drawnOn instanceof HTMLCanvasElement
        ? await new Promise<Blob | null>((done) => drawnOn.toBlob(done))
        : await drawnOn.convertToBlob();
    if (stopped || !blob) return;
    url = URL.createObjectURL(blob);
    picture.src = url;
    await picture.decode();
    if (stopped) return;
    // the picture and the hiding of what it shows in one frame
    DomUtil.setPosition(picture, at);
    pane.prepend(picture);
    for (const el of still) el.classList.add(PICTURED_CLASS);
  };
  const stop = () => {
    if (stopped) return;
    stopped = true;
    map.off('movestart zoomstart resize', stop);
    watch.disconnect();
    for (const el of still) el.classList.remove(PICTURED_CLASS);
    picture.remove();
    if (url) URL.revokeObjectURL(url);
  };
  map.on('movestart zoomstart resize', stop);
  const watch = new MutationObserver((records) => {
    if (records.some((r) => [...r.removedNodes].some((n) => still.includes(n as HTMLElement)))) stop();
  });
  watch.observe(pane, { childList: true });
  // a picture that cannot be made leaves the elements as they are
  show().catch(stop);
  return stop;
}

/**
 * The elements in the order the page paints them inside their pane: negative z-indexes, then those without one
 * (the names) in document order, then positive ones (the markers, by their height on the map), ties in order.
 */
function paintOrder(elements: readonly HTMLElement[]): HTMLElement[] {
  const z = (el: HTMLElement) => {
    const value = Number.parseInt(el.style.zIndex, 10);
    return Number.isNaN(value) ? 0 : value;
  };
  return elements
    .map((el, i) => ({ el, i, z: z(el) }))
    .sort((a, b) => a.z - b.z || a.i - b.i)
    .map(({ el }) => el);
}

function grown(box: Box, by: number): Box {
  return { x: box.x - by, y: box.y - by, width: box.width + 2 * by, height: box.height + 2 * by };
}

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}
