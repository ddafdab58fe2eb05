// The frame of an exported image for a size choice: a preset's fixed size, or the map's size on screen.
import type { PngFrame } from './pngLayout';
import { type PngSize, pngSizeOption } from './pngSizes';

/**
 * The frame for `size`; 'view' takes the screen map's width and height (its map area keeps that size).
 *
 * @example
 * pngFrame('social', { width: 920, height: 734 }); // { kind: 'preset', width: 1200, height: 675 }
 * pngFrame('view', { width: 920, height: 734 });   // { kind: 'view', width: 920, mapHeight: 734 }
 */
export function pngFrame(size: PngSize, screen: { width: number; height: number }): PngFrame {
  const option = pngSizeOption(size);
  return option.width !== null && option.height !== null
    ? { kind: 'preset', width: option.width, height: option.height }
    : {
        kind: 'view',
        width: Math.max(1, Math.round(screen.width)),
        mapHeight: Math.max(1, Math.round(screen.height)),
      };
}

let scratch: CanvasRenderingContext2D | null | undefined;
/** The font last set on `scratch`: setting a font parses it anew, even the same one. */
let scratchFont = '';

/**
 * Text width in CSS pixels as a 2D canvas draws it, for layoutPng.
 *
 * @example
 * measureText('Tomahawk', '700 16px sans-serif'); // about 72
 */
export function measureText(text: string, font: string): number {
  if (scratch === undefined) scratch = document.createElement('canvas').getContext('2d');
  if (!scratch) return text.length * 0.55 * (Number(/([\d.]+)px/.exec(font)?.[1]) || 16);
  if (font !== scratchFont) {
    scratch.font = font;
    scratchFont = font;
  }
  return scratch.measureText(text).width;
}
