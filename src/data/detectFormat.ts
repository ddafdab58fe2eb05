// Decides whether a text is JSON or CSV: by the file name's extension, else by its first non-space character
// ("[", "{", or a comment's "//" or "/*" mean JSON).
import type { SystemsFormat } from './types';

/**
 * The format of a systems file: `.json` / `.csv` names decide; otherwise `[`, `{`, `//` or `/*` first means JSON,
 * anything else CSV. It only guesses; the reader of that format reports what does not fit.
 *
 * @example
 * detectFormat('name,range_km\nERAM,460');              // 'csv'
 * detectFormat('{"systems": []}');                      // 'json'
 * detectFormat('[]', 'ranges.CSV');                     // 'csv' (the name wins)
 */
export function detectFormat(text: string, fileName?: string): SystemsFormat {
  const extension = /\.([a-z]+)$/i.exec(fileName ?? '')?.[1]?.toLowerCase();
  if (extension === 'json' || extension === 'csv') return extension;
  const start = /\S\S?/.exec(text.replace(/^\ufeff/, ''))?.[0] ?? '';
  // A JSON file opening with a comment is still JSON (the JSON reader then reports the comment).
  return /^[[{]|^\/[/*]/.test(start) ? 'json' : 'csv';
}
