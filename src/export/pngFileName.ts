// The file name of an exported image, from the scenario's title: a lowercase slug a file system and a URL
// both accept. Letters of any script are kept (fileNameFor keeps ASCII only); accents are dropped.

import { FALLBACK_FILE_NAME, joinWords, MAX_FILE_STEM } from './fileNameFor';

/**
 * `title` as a lowercase slug with `.png`, or `range-rings.png` when nothing of it is left.
 *
 * @example
 * pngFileName('How far they reach');      // 'how-far-they-reach.png'
 * pngFileName('Ringe über Kyiv, 2025');   // 'ringe-uber-kyiv-2025.png'
 * pngFileName('  ***  ');                 // 'range-rings.png'
 */
export function pngFileName(title: string): string {
  const words = title
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  const slug = joinWords(words, MAX_FILE_STEM);
  return `${slug || FALLBACK_FILE_NAME}.png`;
}
