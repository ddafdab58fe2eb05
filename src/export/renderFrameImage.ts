// The export dialog's frame made into an image: a PNG (the capture code loads on first use) or an SVG (the
// frame's shapes). Online map tiles cannot go into either: the app is asked for the offline map, and the
// image is made again from it, with a notice.
import { loadPart } from '../data';
import type { BasemapId, Scenario } from '../scenario';
import { nextFrame, offlineMapDrawn } from './offlineMapDrawn';
import type { PngFrameMapHandle } from './PngExportButton';
import type { PngLayout } from './pngLayout';
import type { PngPalette } from './pngPaint';
import { isPngTaintedError } from './pngTaintedError';

export const OFFLINE_RETRY_NOTICE = 'The online basemap cannot be exported; the image uses the offline map.';
export const SVG_OFFLINE_NOTICE = 'Online map tiles are pictures, not shapes; the SVG uses the offline map.';
const NO_MAP = 'The map is not on the page yet, so there is nothing to export.';
const NO_SVG_VIEW =
  'SVG is made from the Map view only for now: choose View › Map, or download a PNG of this view.';

// The capture code (modern-screenshot) loads when the dialog first opens, never with the page; a failed load
// (offline before the app was cached) says so in the dialog, and the next export tries again.
const loadExporter = () => loadPart('the PNG export', () => import('./exportPng'));
const loadSvgExporter = () => loadPart('the SVG export', () => import('./exportSvg'));

/** Starts loading both exporters (the dialog opened); a failure is reported by the export that needs them. */
export function preloadExporters(): void {
  loadExporter().catch(() => {});
  loadSvgExporter().catch(() => {});
}

/** The frame and its words as they are at the moment of reading (after a basemap switch, the offline map's). */
export interface FrameImageInput {
  frameMap: PngFrameMapHandle | null;
  read: () => { layout: PngLayout; palette: PngPalette; scenario: Scenario; basemap: BasemapId };
  /** Switches the app to the offline basemap; resolves once it is drawn. */
  onNeedOfflineBasemap?: () => Promise<void>;
  onNotice: (message: string) => void;
}

/**
 * The frame as a PNG at a pixel density, made again from the offline map if online tiles taint it.
 *
 * @example
 * const blob = await renderFramePng({ frameMap, read, onNotice, pixelRatio: 2, onProgress: setFraction });
 */
export async function renderFramePng(
  input: FrameImageInput & { pixelRatio: number; onProgress: (fraction: number) => void },
): Promise<Blob> {
  const { exportPng } = await loadExporter();
  const { frameMap } = input;
  const attempt = () => {
    if (!frameMap) throw new Error(NO_MAP);
    const { layout, palette, scenario } = input.read();
    return exportPng({
      frameMap,
      layout,
      palette,
      scenario,
      pixelRatio: input.pixelRatio,
      onProgress: input.onProgress,
    });
  };
  try {
    return await attempt();
  } catch (error) {
    if (!isPngTaintedError(error) || input.read().basemap !== 'osm' || !input.onNeedOfflineBasemap)
      throw error;
    await input.onNeedOfflineBasemap();
    await offlineMapDrawn(() => frameMap?.container);
    input.onNotice(OFFLINE_RETRY_NOTICE);
    return attempt();
  }
}

/**
 * The frame as an SVG: its basemap must be shapes, so online tiles give way to the offline map first. `scale`
 * sizes the drawing (a print image: 2, its composition at twice the size).
 *
 * @example
 * const blob = await renderFrameSvg({ frameMap, read, onNotice });
 */
export async function renderFrameSvg(input: FrameImageInput & { scale?: number }): Promise<Blob> {
  const { exportSvg } = await loadSvgExporter();
  const { frameMap } = input;
  if (!frameMap) throw new Error(NO_MAP);
  const vectors = frameMap.vectors?.bind(frameMap);
  if (!vectors) throw new Error(NO_SVG_VIEW);
  await frameMap.framed();
  const { onNeedOfflineBasemap } = input;
  if (
    input.read().basemap === 'osm' &&
    onNeedOfflineBasemap &&
    !vectors().paths.some((p) => p.layer === 'basemap')
  ) {
    await onNeedOfflineBasemap();
    await offlineMapDrawn(() => frameMap.container);
    input.onNotice(SVG_OFFLINE_NOTICE);
    await nextFrame(); // the dialog has rendered the offline map's attribution
    await frameMap.framed();
  }
  const { layout, palette, scenario } = input.read();
  return exportSvg({
    frameMap: { framed: () => frameMap.framed(), vectors },
    layout,
    palette,
    scenario,
    scale: input.scale,
  });
}
