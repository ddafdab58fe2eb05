// The file name of an exported image, from the scenario's title: a lowercase slug a file system and a URL
// both accept. Letters of any script are kept; accents are dropped.

const FALLBACK = 'range-rings';
const MAX_SLUG_LENGTH = 60;

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
  // whole words up to the limit; a first word longer than the limit is cut
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > MAX_SLUG_LENGTH) {
      if (!slug) slug = word.slice(0, MAX_SLUG_LENGTH);
      break;
    }
    slug = next;
  }
  return `${slug || FALLBACK}.png`;
}
