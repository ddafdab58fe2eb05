// How large a file the page opens (a saved scenario or a PNG, chosen or dropped): larger ones are refused
// before they are read, so that reading never holds the page.

/** 50 MB: far above any saved map (a few KB) or exported PNG (a few MB). */
export const MAX_OPENED_FILE_BYTES = 50 * 1024 * 1024;

/**
 * The reason a file is refused for its size, or null when it may be read.
 *
 * @example
 * fileTooLarge({ name: 'map.json', size: 60e6 }); // 'map.json is larger than 50 MB; it was not opened.'
 */
export function fileTooLarge(file: { name: string; size: number }): string | null {
  return file.size > MAX_OPENED_FILE_BYTES
    ? `${file.name || 'The file'} is larger than 50 MB; it was not opened.`
    : null;
}
