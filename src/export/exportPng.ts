// Exports the framed map as a PNG composed for publishing: title, map, legend, sources, attribution and a note on
// scale, the text drawn on a 2D canvas around the captured map, and the scenario's link stored in the file's metadata.
import { encodeScenarioUrl, type Scenario } from '../scenario';
import { captureMap } from './pngCapture';
import type { PngLayout } from './pngLayout';
import { type PngPalette, paintPng } from './pngPaint';
import { addPngText } from './pngText';
import { SCENARIO_PNG_KEYWORD } from './scenarioFromPng';

/** The map an export captures: its own Leaflet map at the size of the layout's map area (FrameMap in map/). */
export interface PngFrameMap {
  container: HTMLElement;
  /** Resolves once framed and all its rings are drawn; `onProgress` hears the share of rings made meanwhile. */
  framed(onProgress?: (fraction: number) => void): Promise<void>;
  drawAt(pixelRatio: number): Promise<void>;
}

export interface ExportPngOptions {
  frameMap: PngFrameMap;
  /** Where the texts and the map go, in CSS pixels (layoutPng); the frame map has the size of `layout.map`. */
  layout: PngLayout;
  palette: PngPalette;
  scenario: Scenario;
  pixelRatio: number;
  /** Called with 0…1 as the work goes on. */
  onProgress?: (fraction: number) => void;
}

/** iOS Safari's canvas area limit (4096 × 4096), the smallest among current browsers. */
const MAX_CAPTURE_PIXELS = 16_777_216;

function canvasToPngBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) =>
        blob
          ? resolve(blob)
          : reject(
              new Error(
                `The browser could not make a PNG of ${canvas.width} × ${canvas.height} pixels; choose a smaller size or pixel density.`,
              ),
            ),
      'image/png',
    ),
  );
}

/**
 * The framed map composed for publishing, as a PNG Blob of `layout` × `pixelRatio` pixels whose `tEXt` chunk
 * `range-rings-scenario` holds the scenario's URL query (see scenarioFromPng).
 *
 * The frame map is redrawn at the pixel density for the capture (its canvases, so rings, bands and borders are
 * drawn at the image's resolution, not enlarged) and captured with its labels and markers at the same scale;
 * then it goes back to the screen's density. A map area past the smallest canvas limit among browsers is
 * captured at a lower density and scaled up.
 *
 * Rejects with PngTaintedError when the map cannot be read back (online tiles without CORS).
 *
 * @example
 * const blob = await exportPng({ frameMap, layout, palette, scenario, pixelRatio: 2 }); // 2400×1350 for a social card
 */
export async function exportPng(options: ExportPngOptions): Promise<Blob> {
  const { frameMap, layout, scenario, pixelRatio } = options;
  const progress = options.onProgress ?? (() => {});
  progress(0);
  const { width, height } = layout.map;
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('This browser cannot draw on a canvas, so the image cannot be made.');

  // a heavy map's rings are made in slices: the first fifth of the progress
  await frameMap.framed((fraction) => progress(0.2 * fraction));
  const captureScale = Math.min(pixelRatio, Math.sqrt(MAX_CAPTURE_PIXELS / (width * height)));
  let map: HTMLCanvasElement;
  try {
    await frameMap.drawAt(captureScale);
    progress(0.2);
    map = await captureMap(frameMap.container, {
      width,
      height,
      scale: captureScale,
      onProgress: (f) => progress(0.2 + 0.6 * f),
    });
  } finally {
    await frameMap.drawAt(1);
  }
  progress(0.8);

  canvas.width = layout.width * pixelRatio;
  canvas.height = layout.height * pixelRatio;
  paintPng(ctx, layout, options.palette, pixelRatio, () => {
    // the capture may be a pixel short of the area (modern-screenshot floors its size): that pixel is stretched
    const { x, y } = layout.map;
    ctx.drawImage(map, x * pixelRatio, y * pixelRatio, width * pixelRatio, height * pixelRatio);
  });
  progress(0.85);

  const png = new Uint8Array(await (await canvasToPngBlob(canvas)).arrayBuffer());
  const tagged = addPngText(png, SCENARIO_PNG_KEYWORD, encodeScenarioUrl(scenario));
  progress(1);
  return new Blob([tagged as Uint8Array<ArrayBuffer>], { type: 'image/png' });
}
