// Exports the map as a PNG composed for publishing: title, map, legend, sources, attribution and a note on scale,
// the text drawn on a 2D canvas around the captured map, and the scenario's link stored in the file's metadata.
import type { SystemEntry } from '../panels';
import { encodeScenarioUrl, type Scenario } from '../scenario';
import { captureMap, ringsCentre } from './pngCapture';
import { pngContent } from './pngContent';
import { layoutPng, type PngFrame, type PngLayout } from './pngLayout';
import { type PngPixelRatio, type PngSize, pngSizeOption } from './pngSizes';
import { addPngText } from './pngText';
import { SCENARIO_PNG_KEYWORD } from './scenarioFromPng';

export interface ExportPngOptions {
  /** The map element (`.range-map`, Leaflet's container). */
  mapContainer: HTMLElement;
  scenario: Scenario;
  /** The systems the app knows; those the scenario shows go into the legend, in its order. */
  systems: SystemEntry[];
  size: PngSize;
  pixelRatio: PngPixelRatio;
  subtitle?: string;
  /** Plain text, e.g. "Basemap: Natural Earth". */
  basemapAttribution: string;
  /** Called with 0…1 as the work goes on. */
  onProgress?: (fraction: number) => void;
}

/** iOS Safari's canvas area limit (4096 × 4096), the smallest among current browsers. */
const MAX_CAPTURE_PIXELS = 16_777_216;

interface Palette {
  background: string;
  text: string;
  muted: string;
}

// The panel colours of app.css, used when the page's custom properties cannot be read.
const PALETTES: Record<Scenario['theme'], Palette> = {
  light: { background: '#ffffff', text: '#1d1d1f', muted: '#4f4f55' },
  dark: { background: '#1e2125', text: '#eceae4', muted: '#b4b2ac' },
};

/** The page's own colours where the map sits (custom properties inherited from the app), else the theme's. */
function paletteOf(container: HTMLElement, theme: Scenario['theme']): Palette {
  const style = getComputedStyle(container);
  const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  const p = PALETTES[theme];
  return {
    background: read('--panel', p.background),
    text: read('--text', p.text),
    muted: read('--muted', p.muted),
  };
}

/**
 * Where the captured map goes on a preset: scaled to cover the map area (the view's full width or full
 * height shows, the other is cropped), the crop centred on the rings as far as the view allows.
 */
function coverCrop(
  cssWidth: number,
  cssHeight: number,
  area: PngLayout['map'],
  centre: { x: number; y: number } | null,
) {
  const scale = Math.max(area.width / cssWidth, area.height / cssHeight);
  const width = Math.min(cssWidth, area.width / scale);
  const height = Math.min(cssHeight, area.height / scale);
  const cx = centre?.x ?? cssWidth / 2;
  const cy = centre?.y ?? cssHeight / 2;
  const left = Math.min(Math.max(cx - width / 2, 0), cssWidth - width);
  const top = Math.min(Math.max(cy - height / 2, 0), cssHeight - height);
  return { scale, left, top, width, height };
}

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

function draw(
  ctx: CanvasRenderingContext2D,
  layout: PngLayout,
  palette: Palette,
  pixelRatio: number,
  drawMap: () => void,
): void {
  ctx.fillStyle = palette.background;
  ctx.fillRect(0, 0, ctx.canvas.width, ctx.canvas.height);
  drawMap();
  ctx.save();
  ctx.scale(pixelRatio, pixelRatio);
  ctx.textBaseline = 'middle';
  for (const op of layout.ops) {
    if (op.kind === 'text') {
      ctx.font = op.font;
      ctx.fillStyle = op.tone === 'text' ? palette.text : palette.muted;
      ctx.fillText(op.text, op.x, op.y);
    } else {
      ctx.beginPath();
      ctx.arc(op.x, op.y, op.radius - op.lineWidth / 2, 0, 2 * Math.PI);
      ctx.strokeStyle = op.color;
      ctx.lineWidth = op.lineWidth;
      ctx.stroke();
    }
  }
  ctx.restore();
}

/**
 * The map as the reader sees it, composed for publishing, as a PNG Blob whose `tEXt` chunk
 * `range-rings-scenario` holds the scenario's URL query (see scenarioFromPng).
 *
 * 'view' keeps the map's on-screen size (× pixelRatio) and adds the title band above and legend and notes below.
 * A preset has its fixed size (× pixelRatio): the current view is scaled to cover the preset's map area (its full
 * width or full height shows) and the other side is cropped, centred on the rings (their launch points) as far as
 * the view reaches. The map is not re-rendered at the new size (no off-screen map, no resizing the page's map):
 * what was on screen is what is exported. DOM content (labels, markers) is captured at the export's resolution;
 * canvas layers (basemap, rings) come at the screen's and are resampled when the export is larger.
 *
 * Rejects with PngTaintedError when the map cannot be read back (online tiles without CORS).
 *
 * @example
 * const blob = await exportPng({
 *   mapContainer: document.querySelector('.range-map') as HTMLElement,
 *   scenario, systems: entries, size: 'social', pixelRatio: 2,
 *   basemapAttribution: 'Basemap: Natural Earth',
 * }); // a 2400×1350 PNG
 */
export async function exportPng(options: ExportPngOptions): Promise<Blob> {
  const { mapContainer: container, scenario, pixelRatio } = options;
  const progress = options.onProgress ?? (() => {});
  progress(0);
  const cssWidth = container.clientWidth;
  const cssHeight = container.clientHeight;
  if (cssWidth === 0 || cssHeight === 0)
    throw new Error('The map has no size yet, so there is nothing to export.');

  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('This browser cannot draw on a canvas, so the image cannot be made.');
  const measure = (text: string, font: string) => {
    ctx.font = font;
    return ctx.measureText(text).width;
  };
  const content = pngContent(scenario, options.systems, options.subtitle ?? '', options.basemapAttribution);
  const preset = pngSizeOption(options.size);
  const frame: PngFrame =
    preset.width !== null && preset.height !== null
      ? { kind: 'preset', width: preset.width, height: preset.height }
      : { kind: 'view', width: cssWidth, mapHeight: cssHeight };
  const layout = layoutPng(content, frame, measure);
  const crop =
    frame.kind === 'preset'
      ? coverCrop(cssWidth, cssHeight, layout.map, ringsCentre(container))
      : { scale: 1, left: 0, top: 0, width: cssWidth, height: cssHeight };

  // Captured at the scale it is drawn at, so the map is copied pixel for pixel, never resampled a second time;
  // unless that capture would pass the smallest canvas limit among browsers: then it is captured smaller and scaled up.
  const cropArea = crop.width * crop.height;
  const captureScale = Math.min(crop.scale * pixelRatio, Math.sqrt(MAX_CAPTURE_PIXELS / cropArea));
  const map = await captureMap(container, {
    width: cssWidth,
    height: cssHeight,
    crop,
    scale: captureScale,
    onProgress: (f) => progress(0.05 + 0.75 * f),
  });
  progress(0.8);

  canvas.width = layout.width * pixelRatio;
  canvas.height = layout.height * pixelRatio;
  draw(ctx, layout, paletteOf(container, scenario.theme), pixelRatio, () => {
    // the capture may be a pixel short of the area (modern-screenshot floors its size): that pixel is stretched
    const { x, y, width, height } = layout.map;
    ctx.drawImage(map, x * pixelRatio, y * pixelRatio, width * pixelRatio, height * pixelRatio);
  });
  progress(0.85);

  const png = new Uint8Array(await (await canvasToPngBlob(canvas)).arrayBuffer());
  const tagged = addPngText(png, SCENARIO_PNG_KEYWORD, encodeScenarioUrl(scenario));
  progress(1);
  return new Blob([tagged as Uint8Array<ArrayBuffer>], { type: 'image/png' });
}
