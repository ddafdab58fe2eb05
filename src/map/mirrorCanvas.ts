// A canvas renderer's picture shown on the page by a copy: Chromium's compositor updates the layer of a 2D canvas
// at every frame, whether or not anything was drawn on it (0.4–0.7 ms of each frame's commit for the basemap's
// canvas on this machine, while a launch point is dragged), and the layer of a `bitmaprenderer` canvas costs
// next to nothing. The renderer goes on drawing on its own canvas, which is made transparent and stays under the
// copy to take the pointer (the copy lets it through); after each task that drew on it (a microtask: before the
// frame), its pixels are handed to the copy as one ImageBitmap. The copy follows the canvas's place and size as
// Leaflet sets them (a MutationObserver, also before the frame). A PNG capture copies the canvas drawn on, not
// the copy (`png-export-leave-out`). Relies on Leaflet 1.9's Canvas renderer internals (Canvas.js: `_container`,
// the canvas, and `_ctx`, its context, through which all drawing goes), as hideEmptyCanvas does.
import type { Canvas } from 'leaflet';
import { wrapRenderer } from './wrapRenderer';

interface Internals {
  _container?: HTMLCanvasElement;
  _ctx?: CanvasRenderingContext2D;
}

/** The class that leaves an element out of a PNG capture (src/export/pngCapture.ts). */
const LEAVE_OUT_OF_PNG = 'png-export-leave-out';

/**
 * From now on, `renderer`'s canvas is shown on the page by a copy made after each task that drew on it; once is
 * enough. Does nothing where the browser has no OffscreenCanvas or `bitmaprenderer` context.
 *
 * @example
 * mirrorCanvas(paneCanvas(map, 'basemap')); // the basemap's canvas is shown by a bitmaprenderer canvas
 */
export function mirrorCanvas(renderer: Canvas): void {
  const r = renderer as unknown as Internals;
  const canvas = r._container;
  if (!canvas || typeof OffscreenCanvas === 'undefined') return;
  const copy = document.createElement('canvas');
  const shown = copy.getContext('bitmaprenderer');
  if (!shown || !wrapRenderer<Internals, never>(renderer, 'mirrorCanvas', [])) return;
  copy.className = `${canvas.className} ${LEAVE_OUT_OF_PNG}`;
  copy.setAttribute('aria-hidden', 'true');
  const follow = () => {
    copy.style.cssText = canvas.style.cssText;
    copy.style.opacity = '';
    copy.style.pointerEvents = 'none';
  };
  follow();
  canvas.style.opacity = '0';
  canvas.after(copy);
  new MutationObserver(follow).observe(canvas, { attributes: true, attributeFilter: ['style'] });

  let scratch: OffscreenCanvas | null = null;
  let due = false;
  const present = () => {
    due = false;
    const { width, height } = canvas;
    if (width === 0 || height === 0 || !copy.isConnected) return;
    if (scratch?.width !== width || scratch.height !== height) scratch = new OffscreenCanvas(width, height);
    scratch.getContext('2d')?.drawImage(canvas, 0, 0);
    if (copy.width !== width) copy.width = width;
    if (copy.height !== height) copy.height = height;
    shown.transferFromImageBitmap(scratch.transferToImageBitmap());
  };
  let ctx = r._ctx;
  Object.defineProperty(r, '_ctx', {
    configurable: true,
    get() {
      // whoever takes the context may draw with it: the copy is made once the task's drawing is done
      if (!due) {
        due = true;
        queueMicrotask(present);
      }
      return ctx;
    },
    set(value: CanvasRenderingContext2D | undefined) {
      ctx = value;
    },
  });
  present();
}
