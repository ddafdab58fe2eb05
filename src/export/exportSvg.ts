// Exports the framed map as an SVG: the frame map's shapes as it draws them now (the preview's exact frame), the
// layout's words around them, and the scenario kept in the file. The DOM part is measuring fonts; svgExport
// composes the text.
import type { Scenario } from '../scenario';
import { drawnFontFamily } from './drawnFontFamily';
import type { PngLayout } from './pngLayout';
import type { PngPalette } from './pngPaint';
import { scenarioFile } from './scenarioFile';
import { type SvgMap, svgExport } from './svgExport';

/** The map an SVG export reads: FrameMap's handle in map/. */
export interface SvgFrameMap {
  framed(): Promise<void>;
  vectors(): SvgMap;
}

export interface ExportSvgOptions {
  frameMap: SvgFrameMap;
  layout: PngLayout;
  palette: PngPalette;
  scenario: Scenario;
  /** Size of the drawing per pixel of the composition (its viewBox); 1 by default. */
  scale?: number;
}

/** Pixels from the middle of a canvas line (textBaseline 'middle', as paintPng draws) down to its baseline. */
const knownBaselines = new Map<string, number>();
let scratch: CanvasRenderingContext2D | null | undefined;

function baselineMeasure(): (font: string) => number {
  return (font) => {
    let below = knownBaselines.get(font);
    if (below === undefined) {
      below = 0;
      if (scratch === undefined) scratch = document.createElement('canvas').getContext('2d');
      const ctx = scratch;
      if (ctx) {
        ctx.font = font;
        ctx.textBaseline = 'middle';
        // the distance from the 'middle' line to the alphabetic baseline; negative when the baseline is below
        below = -ctx.measureText('Hg').alphabeticBaseline;
      }
      knownBaselines.set(font, below);
    }
    return below;
  };
}

/**
 * The framed map composed for publishing as an SVG file (UTF-8 text), `layout`'s size in CSS pixels.
 *
 * @example
 * const blob = await exportSvg({ frameMap, layout, palette, scenario }); // image/svg+xml, about 200 KB
 */
export async function exportSvg(options: ExportSvgOptions): Promise<Blob> {
  const { frameMap, layout, palette, scenario } = options;
  await frameMap.framed();
  const text = svgExport({
    layout,
    palette,
    map: frameMap.vectors(),
    marks: (scenario.marks ?? []).map((mark) => ({ label: mark.label, lonLat: mark.lonLat })),
    scenarioText: scenarioFile(scenario),
    baselineBelowMiddle: baselineMeasure(),
    fontFamily: drawnFontFamily,
    scale: options.scale,
  });
  return new Blob([text], { type: 'image/svg+xml' });
}
