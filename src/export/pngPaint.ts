// Paints an exported image's background and texts (title, legend, notes) from its layout, on a 2D canvas at
// any scale: the export at its pixel density, the dialog's preview at a fraction of it.
import type { Scenario } from '../scenario';
import type { PngLayout } from './pngLayout';

export interface PngPalette {
  background: string;
  text: string;
  muted: string;
}

// The panel colours of app.css, used when the page's custom properties cannot be read.
const PALETTES: Record<Scenario['theme'], PngPalette> = {
  light: { background: '#ffffff', text: '#1d1d1f', muted: '#4f4f55' },
  dark: { background: '#1e2125', text: '#eceae4', muted: '#b4b2ac' },
};

/**
 * The page's own colours where `element` sits (custom properties inherited from the app), else the theme's.
 *
 * @example
 * pngPalette(document.querySelector('.range-map'), 'light'); // { background: '#ffffff', … }
 */
export function pngPalette(element: Element | null, theme: Scenario['theme']): PngPalette {
  const p = PALETTES[theme];
  if (!element) return p;
  const style = getComputedStyle(element);
  const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    background: read('--panel', p.background),
    text: read('--text', p.text),
    muted: read('--muted', p.muted),
  };
}

/**
 * Fills the canvas with the background, calls `drawMap` (which draws in canvas pixels), then draws the layout's
 * texts and legend swatches at `scale` canvas pixels per CSS pixel.
 *
 * @example
 * paintPng(ctx, layout, palette, 2, () => ctx.drawImage(map, 0, layout.map.y * 2));
 */
export function paintPng(
  ctx: CanvasRenderingContext2D,
  layout: PngLayout,
  palette: PngPalette,
  scale: number,
  drawMap: () => void,
): void {
  ctx.fillStyle = palette.background;
  ctx.fillRect(0, 0, ctx.canvas.width, ctx.canvas.height);
  drawMap();
  ctx.save();
  ctx.scale(scale, scale);
  ctx.textBaseline = 'middle';
  for (const op of layout.ops) {
    if (op.kind === 'text') {
      ctx.font = op.font;
      ctx.fillStyle = op.tone === 'text' ? palette.text : palette.muted;
      ctx.fillText(op.text, op.x, op.y);
    } else {
      ctx.beginPath();
      if (op.dash) {
        ctx.moveTo(op.x - op.radius, op.y);
        ctx.lineTo(op.x + op.radius, op.y);
        ctx.setLineDash(
          op.dash
            .split(/[\s,]+/)
            .filter(Boolean)
            .map(Number),
        );
      } else {
        ctx.arc(op.x, op.y, op.radius - op.lineWidth / 2, 0, 2 * Math.PI);
      }
      ctx.strokeStyle = op.color;
      ctx.lineWidth = op.lineWidth;
      ctx.stroke();
      ctx.setLineDash([]);
    }
  }
  ctx.restore();
}
