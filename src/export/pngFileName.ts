// The file name of an exported image, from the scenario's title: a lowercase slug a file system and a URL
// both accept. Letters of any script are kept (fileNameFor keeps ASCII only); accents are dropped.

import { FALLBACK_FILE_NAME, joinWords, MAX_FILE_STEM } from './fileNameFor';

/** The size a file name carries: the size's id, the image's size in CSS pixels, its pixel density. */
export interface PngNameSize {
  id: string;
  width: number;
  height: number;
  pixelRatio: number;
}

/**
 * `title` as a lowercase slug with `.png`, or `range-rings.png` when nothing of it is left; given a size, the
 * slug is followed by the size's id, its CSS pixel size and the density.
 *
 * @example
 * pngFileName('How far they reach', { id: 'social', width: 1200, height: 675, pixelRatio: 2 });
 * // 'how-far-they-reach-social-1200x675@2x.png'
 * pngFileName('How far they reach');      // 'how-far-they-reach.png'
 * pngFileName('Ringe über Kyiv, 2025');   // 'ringe-uber-kyiv-2025.png'
 * pngFileName('  ***  ');                 // 'range-rings.png'
 */
export function pngFileName(title: string, size?: PngNameSize): string {
  const words = title
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  const slug = joinWords(words, MAX_FILE_STEM);
  const stem = slug || FALLBACK_FILE_NAME;
  if (!size) return `${stem}.png`;
  const { id, width, height, pixelRatio } = size;
  return `${stem}-${id}-${Math.round(width)}x${Math.round(height)}@${pixelRatio}x.png`;
}
