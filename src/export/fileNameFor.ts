// File names for downloads, made from the map's title: lowercase ASCII words joined by hyphens, safe on
// every common file system (no reserved characters or Windows device names), short enough to read.

export const FALLBACK_FILE_NAME = 'range-rings';
export const MAX_FILE_STEM = 60;
const WINDOWS_DEVICES = /^(con|prn|aux|nul|com\d|lpt\d)$/;

/**
 * A file name from a title and an extension (with or without its dot).
 *
 * @example
 * fileNameFor('How far they reach', 'geojson'); // 'how-far-they-reach.geojson'
 * fileNameFor('Київ: 1 600 км', '.kml');         // '1-600.kml' (letters beyond ASCII are left out)
 * fileNameFor('???', 'json');                    // 'range-rings.json'
 */
export function fileNameFor(title: string, extension: string): string {
  const words = String(title)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '') // accents off: "Zürich" becomes "zurich"
    .toLowerCase()
    .replace(/&/g, ' and ')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let stem = joinWords(words, MAX_FILE_STEM);
  if (!stem || WINDOWS_DEVICES.test(stem)) stem = stem ? `${stem}-${FALLBACK_FILE_NAME}` : FALLBACK_FILE_NAME;
  const ext = String(extension)
    .toLowerCase()
    .replace(/[^a-z0-9.]/g, '')
    .replace(/^\.+/, '');
  return ext ? `${stem}.${ext}` : stem;
}

/**
 * Words joined by hyphens, whole words up to `maxLength` characters; a first word longer than that is cut.
 *
 * @example
 * joinWords(['how', 'far', 'they', 'reach'], 12); // 'how-far-they'
 */
export function joinWords(words: readonly string[], maxLength: number): string {
  let stem = '';
  for (const word of words) {
    const next = stem ? `${stem}-${word}` : word;
    if (next.length > maxLength) {
      if (!stem) stem = word.slice(0, maxLength);
      break;
    }
    stem = next;
  }
  return stem;
}
