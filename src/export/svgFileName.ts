// The file name of an exported SVG: the PNG's, without the pixel density (a vector file has none).
import { type PngNameSize, pngFileName } from './pngFileName';

/**
 * @example
 * svgFileName('How far they reach', { id: 'social', width: 1200, height: 675 });
 * // 'how-far-they-reach-social-1200x675.svg'
 */
export function svgFileName(title: string, size: Omit<PngNameSize, 'pixelRatio'>): string {
  return pngFileName(title, { ...size, pixelRatio: 1 }).replace(/@1x\.png$/, '.svg');
}
