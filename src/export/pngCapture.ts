// Captures the map element as the reader sees it (basemap, rings, labels, launch points), leaving out Leaflet's
// controls: a Leaflet map layer by layer (canvases copied as they are, ring labels drawn from their boxes and
// styles, the DOM between them with modern-screenshot, each in a task of its own), another map in one go. The map
// may be shown scaled (the export dialog's preview): it is captured at its own size.
import { domToCanvas } from 'modern-screenshot';
import { drawTextLabels } from './drawTextLabels';
import { type DomLayer, LEAVE_OUT_OF_PNG, paneLayers } from './paneLayers';
import { PNG_STYLE_PROPERTIES } from './pngStyleProperties';
import { PngTaintedError } from './pngTaintedError';

/** Class names of what is on the map but not of it: zoom and attribution controls, the "Fit rings" button. */
const LEFT_OUT = ['leaflet-control-container', 'leaflet-control', 'fit-button', LEAVE_OUT_OF_PNG];
/** Leaflet's pane holding every layer, positioned inside the map element. */
const MAP_PANE = '.leaflet-map-pane';
/** A 1×1 transparent GIF, put where an image could not be read. */
const BLANK_IMAGE = 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7';

/**
 * What modern-screenshot copies: not the controls, and not the markers (labels) Leaflet keeps outside the view,
 * which cost as much to copy as those inside (a country-label layer is mostly off screen).
 */
function keepInImage(frame: DOMRect): (node: Node) => boolean {
  return (node) => {
    if (!(node instanceof Element)) return true;
    if (LEFT_OUT.some((name) => node.classList.contains(name))) return false;
    if (!node.classList.contains('leaflet-marker-icon')) return true;
    const box = node.getBoundingClientRect();
    // a label's text can overflow its zero-size icon box: judge by the box grown by a label's reach
    const reach = Math.max(box.width, box.height, 200);
    return (
      box.right + reach > frame.left &&
      box.left - reach < frame.right &&
      box.bottom + reach > frame.top &&
      box.top - reach < frame.bottom
    );
  };
}

function isSecurityError(error: unknown): boolean {
  return (
    (error instanceof DOMException && error.name === 'SecurityError') ||
    (error instanceof Error && /tainted|cross-origin|SecurityError/i.test(error.message))
  );
}

// modern-screenshot copies a canvas by reading its pixels and, when it cannot, quietly leaves it blank;
// reading one pixel first turns that into an error the app can act on. The pixel is read from a copy made for
// reading (a tainted canvas taints its copy), not from the map's own canvas, which each export would otherwise
// read back again and again.
function checkCanvasesReadable(container: HTMLElement): void {
  const probe = document.createElement('canvas');
  probe.width = 1;
  probe.height = 1;
  const ctx = probe.getContext('2d', { willReadFrequently: true });
  for (const canvas of container.querySelectorAll('canvas')) {
    if (canvas.width === 0 || canvas.height === 0) continue;
    try {
      ctx?.clearRect(0, 0, 1, 1);
      ctx?.drawImage(canvas, 0, 0, 1, 1, 0, 0, 1, 1);
      ctx?.getImageData(0, 0, 1, 1);
    } catch (error) {
      if (isSecurityError(error)) throw new PngTaintedError();
      throw error;
    }
  }
}

/** The images inside the map, by address. */
function pageImages(container: HTMLElement): Map<string, HTMLImageElement> {
  const images = new Map<string, HTMLImageElement>();
  for (const image of container.querySelectorAll('img')) {
    images.set(image.src, image);
    if (image.currentSrc) images.set(image.currentSrc, image);
  }
  return images;
}

const IMAGE_WAIT_MS = 3000;

/** Resolves when an image has loaded or failed, or after 3 s. */
function settled(image: HTMLImageElement): Promise<void> {
  if (image.complete) return Promise.resolve();
  return new Promise((done) => {
    const finish = () => {
      clearTimeout(timer);
      image.removeEventListener('load', finish);
      image.removeEventListener('error', finish);
      done();
    };
    const timer = setTimeout(finish, IMAGE_WAIT_MS);
    image.addEventListener('load', finish);
    image.addEventListener('error', finish);
  });
}

/** A PNG data URL of a loaded image, or null when the browser forbids reading it (cross-origin without CORS). */
function imageDataUrl(image: HTMLImageElement): string | null {
  const canvas = document.createElement('canvas');
  canvas.width = image.naturalWidth;
  canvas.height = image.naturalHeight;
  try {
    canvas.getContext('2d')?.drawImage(image, 0, 0);
    return canvas.toDataURL('image/png');
  } catch (error) {
    if (isSecurityError(error)) return null;
    throw error;
  }
}

export interface CaptureOptions {
  /** The map's size in whole CSS pixels (its box may be fractional). */
  width: number;
  height: number;
  /** The part to capture, in CSS pixels from the map's top left; the whole map without it. */
  crop?: { left: number; top: number; width: number; height: number };
  /** Image pixels per CSS pixel of the map. */
  scale: number;
  onProgress?: (fraction: number) => void;
}

/** Where a capture is taken from, on the page and in the image. */
interface Shot {
  container: HTMLElement;
  /** The captured part, in CSS pixels of the map, and on the page. */
  part: { left: number; top: number; width: number; height: number };
  visible: DOMRect;
  /** On-page pixels per CSS pixel of the map (the dialog's preview is shown scaled). */
  shown: number;
  scale: number;
}

/**
 * The map element (or a part of it) drawn on a canvas of `scale` × its CSS size, without Leaflet's controls.
 * Rejects with a PngTaintedError when part of the map cannot be read (cross-origin tiles without CORS), rather
 * than return an image with holes.
 *
 * @example
 * await captureMap(mapElement, { width: 920, height: 734, scale: 2 }); // a 1840×1468 canvas
 * await captureMap(mapElement, { width: 920, height: 734, crop: { left: 0, top: 100, width: 920, height: 400 }, scale: 2 });
 * // a 1840×800 canvas
 */
export async function captureMap(
  container: HTMLElement,
  options: CaptureOptions,
): Promise<HTMLCanvasElement> {
  checkCanvasesReadable(container);
  const whole = { left: 0, top: 0, width: options.width, height: options.height };
  const crop = options.crop ?? whole;
  // A Leaflet map is captured alone by shifting its map pane in the copy, so no pixel outside it is rendered; a
  // map without that pane is captured whole and cut.
  const mapPane = container.querySelector(MAP_PANE);
  const part = mapPane ? crop : whole;
  const frame = container.getBoundingClientRect();
  const shown = frame.width / options.width; // on-page scale, which element boxes are measured in
  const visible = new DOMRect(
    frame.left + part.left * shown,
    frame.top + part.top * shown,
    part.width * shown,
    part.height * shown,
  );
  const shot: Shot = { container, part, visible, shown, scale: options.scale };
  const progress = options.onProgress ?? (() => {});
  if (!mapPane) return cut(await copyDom(shot, null, progress), crop, options.scale);
  const layers = paneLayers(mapPane);
  const out = document.createElement('canvas');
  // the size modern-screenshot gives a capture
  out.width = Math.floor(part.width * options.scale);
  out.height = Math.floor(part.height * options.scale);
  const ctx = out.getContext('2d');
  if (!ctx) throw new Error('This browser cannot draw on a canvas, so the image cannot be made.');
  for (const [i, layer] of layers.entries()) {
    const fraction = (f: number) => progress((i + f) / layers.length);
    if (layer.kind === 'canvas') copyCanvases(ctx, shot, layer.canvases);
    else if (layer.kind === 'labels') drawTextLabels(ctx, layer.labels, shot);
    else ctx.drawImage(await copyDom(shot, { layer, mapPane }, fraction), 0, 0);
    fraction(1);
    await new Promise((done) => setTimeout(done, 0)); // each layer in a task of its own
  }
  return out;
}

/** The canvases of a layer drawn where they are on the map. */
function copyCanvases(ctx: CanvasRenderingContext2D, shot: Shot, canvases: readonly HTMLCanvasElement[]) {
  const k = shot.scale / shot.shown; // image pixels per on-page pixel
  for (const canvas of canvases) {
    if (canvas.width === 0 || canvas.height === 0) continue;
    if (getComputedStyle(canvas).visibility === 'hidden') continue;
    const box = canvas.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) continue;
    // on whole image pixels: a canvas drawn at a fraction of a pixel would be resampled, its lines softened
    const x = Math.round((box.left - shot.visible.left) * k);
    const y = Math.round((box.top - shot.visible.top) * k);
    const width = Math.round(box.width * k);
    const height = Math.round(box.height * k);
    // a canvas at the capture's density is copied pixel for pixel
    if (width === canvas.width && height === canvas.height) ctx.drawImage(canvas, x, y);
    else ctx.drawImage(canvas, x, y, width, height);
  }
}

/**
 * The map's DOM copied by modern-screenshot: all of it (`only` null), or only the panes of one layer. Only the
 * bottom layer keeps the map's background, and only the top one what lies outside the panes.
 */
async function copyDom(
  shot: Shot,
  only: { layer: DomLayer; mapPane: Element } | null,
  onProgress: (fraction: number) => void,
): Promise<HTMLCanvasElement> {
  const { container, part } = shot;
  const keep = keepInImage(shot.visible);
  const inLayer = (node: Node) => {
    if (!only || !(node instanceof Element)) return true;
    if (node.parentElement === only.mapPane) return only.layer.panes.has(node);
    if (node.parentElement === container && node !== only.mapPane) return only.layer.top;
    return true;
  };
  let unreadable = 0;
  const images = pageImages(container);
  let canvas: HTMLCanvasElement;
  try {
    canvas = await domToCanvas(container, {
      width: part.width,
      height: part.height,
      scale: shot.scale,
      filter: (node) => keep(node) && inLayer(node),
      backgroundColor: null,
      style: only && !only.layer.bottom ? { background: 'none', boxShadow: 'none' } : undefined,
      // The app uses system fonts only. Embedding web fonts would also fail under the app's CSP (style-src
      // 'self'): modern-screenshot parses them in a scratch <style> the policy leaves without a sheet.
      font: false,
      includeStyleProperties: [...PNG_STYLE_PROPERTIES],
      // Images on the page (online tiles) are copied from the page, not fetched again: no request, and none for
      // the app's CSP (connect-src 'self') to refuse. One that failed to load shows nothing, on screen as here.
      fetchFn: async (url) => {
        const image = images.get(url);
        if (!image) return false;
        await settled(image);
        if (image.naturalWidth === 0) return BLANK_IMAGE;
        const copy = imageDataUrl(image);
        if (copy === null) unreadable += 1;
        return copy ?? BLANK_IMAGE;
      },
      fetch: {
        placeholderImage: () => {
          unreadable += 1;
          return BLANK_IMAGE;
        },
      },
      onCloneNode: (clone) => {
        const pane = only && clone instanceof Element ? clone.querySelector<HTMLElement>(MAP_PANE) : null;
        if (pane && (part.left !== 0 || part.top !== 0))
          pane.style.translate = `${-part.left}px ${-part.top}px`;
      },
      progress: (done, total) => onProgress(total ? done / total : 1),
    });
  } catch (error) {
    if (isSecurityError(error)) throw new PngTaintedError();
    throw error;
  }
  if (unreadable > 0) throw new PngTaintedError(unreadable);
  return canvas;
}

/** The crop of a whole-map capture, on a canvas of its own. */
function cut(canvas: HTMLCanvasElement, crop: NonNullable<CaptureOptions['crop']>, scale: number) {
  if (crop.left === 0 && crop.top === 0 && crop.width * scale >= canvas.width) return canvas;
  const out = document.createElement('canvas');
  out.width = Math.floor(crop.width * scale);
  out.height = Math.floor(crop.height * scale);
  out.getContext('2d')?.drawImage(canvas, -Math.round(crop.left * scale), -Math.round(crop.top * scale));
  return out;
}
