// A canvas renderer's picture shown on the page by a copy: Chromium's compositor updates the layer of a 2D canvas
// at every frame, whether or not anything was drawn on it (0.4–0.7 ms of each frame's commit for the basemap's
// canvas on this machine, while a launch point is dragged), and the layer of a `bitmaprenderer` canvas costs
// next to nothing. The renderer goes on drawing on its own canvas, which is made transparent and stays under the
// copy to take the pointer (the copy lets it through); after each task that drew on it (a microtask: before the
// frame), its pixels are handed to the copy as one ImageBitmap, which costs a copy of the canvas (about 3 ms
// here): worth it for a canvas drawn on far less often than the frames go by (the basemap's, the rings canvas
// while a launch point is dragged). The copy follows the canvas's place, size and opacity as they are set (a
// MutationObserver, also before the frame). A drawing that leaves the canvas where it was and as large (finer
// outlines arrived) is copied in a task after its frame instead: the copy still shows the last picture, in the
// right place, and the copy's reading of the canvas, which makes it be rasterised, is not added to the drawing's
// task (a task of 57–104 ms when the basemap's 1:50m outlines arrived on a busy machine). A drawing that must
// change with the rest of the page (a change of theme, whose sea and names change in the frame of the input) is
// copied before its frame when asked (`copyNextDrawingInItsFrame`).
// A PNG capture copies the canvas drawn on, not the copy (`png-export-leave-out`). Relies on Leaflet 1.9's Canvas
// renderer internals (Canvas.js: `_container`, the canvas, and `_ctx`, its context, through which all drawing
// goes), as hideEmptyCanvas does.
import './mirrorCanvas.css';
import type { Canvas } from 'leaflet';
import { afterTheFrame } from './afterTheFrame';
import { LEAVE_OUT_OF_PNG } from './leaveOutOfPng';

interface Internals {
  _container?: HTMLCanvasElement;
  _ctx?: CanvasRenderingContext2D;
}

/** The class of a canvas shown by a copy (mirrorCanvas.css makes it transparent). */
const MIRRORED = 'mirrored-canvas';

/** The renderers shown by a copy now, and what ends it. */
const mirrored = new WeakMap<object, () => void>();
/** The renderers shown by a copy now, and what has their next drawing copied before its frame. */
const inItsFrame = new WeakMap<object, () => void>();

/**
 * The next drawing on `renderer`'s canvas, until the frame after the next is painted, is shown in its own frame:
 * copied before that frame, not after it (the canvas drawn on again in place, for a change the rest of the page
 * shows in that frame). Does nothing while the canvas is not shown by a copy.
 *
 * @example
 * copyNextDrawingInItsFrame(basemapCanvas);
 * outlines.setStyle(countryStyle('dark')); // the land turns dark in the frame the sea does
 */
export function copyNextDrawingInItsFrame(renderer: Canvas): void {
  inItsFrame.get(renderer)?.();
}

/**
 * From now on, `renderer`'s canvas is shown on the page by a copy made after each task that drew on it; returns
 * what ends it (the canvas shown again as it is, the copy taken away). Asked again while it is shown by a copy,
 * the same end. Does nothing where the browser has no OffscreenCanvas or `bitmaprenderer` context.
 *
 * @example
 * const stop = mirrorCanvas(paneCanvas(map, 'basemap')); // the basemap's canvas is shown by a copy
 * stop(); // by itself again
 */
export function mirrorCanvas(renderer: Canvas): () => void {
  const r = renderer as unknown as Internals;
  const canvas = r._container;
  const already = mirrored.get(renderer);
  if (already) return already;
  if (!canvas || typeof OffscreenCanvas === 'undefined') return () => undefined;
  const copy = document.createElement('canvas');
  const shown = copy.getContext('bitmaprenderer');
  if (!shown) return () => undefined;
  copy.className = `${canvas.className} ${LEAVE_OUT_OF_PNG}`;
  copy.setAttribute('aria-hidden', 'true');

  let scratch: OffscreenCanvas | null = null;
  /** A copy is on its way: before this task's frame ('now') or in a task after it ('later'). */
  let due: 'now' | 'later' | null = null;
  let cancelLater: (() => void) | undefined;
  let ended = false;
  // where the canvas was, and how large, when the copy took its picture
  const placeOf = () => `${canvas.width}×${canvas.height} ${canvas.style.cssText}`;
  let shownPlace = '';
  // Set from a copy made for a move until a task after the next frame: Leaflet moves and clears its canvas in
  // one task (a pan's end) and draws on it in the next frame's animation callback, and that drawing, in the
  // same place as the copy just made, must be shown in that frame too, not the cleared canvas.
  let justMoved = false;
  let cancelSettle: (() => void) | undefined;
  // set from copyNextDrawingInItsFrame until its drawing is copied or the frame after the next is painted (Leaflet
  // draws a restyled path in the next frame's animation callback)
  let urgent = false;
  let cancelUrgent: (() => void) | undefined;
  const present = () => {
    due = null;
    cancelLater?.();
    cancelLater = undefined;
    const { width, height } = canvas;
    if (ended || width === 0 || height === 0 || !copy.isConnected) return;
    if (scratch?.width !== width || scratch.height !== height) scratch = new OffscreenCanvas(width, height);
    scratch.getContext('2d')?.drawImage(canvas, 0, 0);
    if (copy.width !== width) copy.width = width;
    if (copy.height !== height) copy.height = height;
    shown.transferFromImageBitmap(scratch.transferToImageBitmap());
    shownPlace = placeOf();
  };
  const follow = () => {
    copy.style.cssText = canvas.style.cssText;
    copy.style.pointerEvents = 'none';
    // a drawing waiting for its frame is copied at once when the canvas moves meanwhile, so that the copy never
    // shows the old picture in the new place
    if (due === 'later') present();
  };
  follow();
  canvas.classList.add(MIRRORED);
  canvas.after(copy);
  const observer = new MutationObserver(follow);
  observer.observe(canvas, { attributes: true, attributeFilter: ['style'] });

  let ctx = r._ctx;
  Object.defineProperty(r, '_ctx', {
    configurable: true,
    get() {
      // whoever takes the canvas's own context may draw with it: the copy is made once the task's drawing is
      // done (a slice of a heavy redraw on another canvas, swapped in, is not copied)
      if (due !== 'now' && ctx?.canvas === canvas) {
        if (urgent) {
          urgent = false;
          cancelUrgent?.();
          cancelLater?.();
          due = 'now';
          queueMicrotask(present);
        } else if (justMoved || placeOf() !== shownPlace) {
          // moved or resized (a pan's or a zoom's end): the copy, which follows the canvas's place at once,
          // must show the new picture in this frame
          cancelLater?.();
          due = 'now';
          justMoved = true;
          cancelSettle?.();
          cancelSettle = afterTheFrame(() => {
            justMoved = false;
          });
          queueMicrotask(present);
        } else if (due === null) {
          due = 'later';
          cancelLater = afterTheFrame(present);
        }
      }
      return ctx;
    },
    set(value: CanvasRenderingContext2D | undefined) {
      ctx = value;
    },
  });
  present();
  inItsFrame.set(renderer, () => {
    urgent = true;
    cancelUrgent?.();
    // cleared after the frame after the next: a restyle that drew nothing leaves a later drawing as it comes
    cancelUrgent = afterTheFrame(() => {
      cancelUrgent = afterTheFrame(() => {
        urgent = false;
      });
    });
  });
  const end = () => {
    if (ended) return;
    ended = true;
    cancelLater?.();
    cancelSettle?.();
    cancelUrgent?.();
    mirrored.delete(renderer);
    inItsFrame.delete(renderer);
    observer.disconnect();
    delete r._ctx;
    r._ctx = ctx;
    canvas.classList.remove(MIRRORED);
    copy.remove();
  };
  mirrored.set(renderer, end);
  return end;
}
