// Offsets to 1-based lines and columns. A line break is \n, \r\n or a lone \r, as the CSV and JSON readers see them;
// columns count UTF-16 code units, as editors built on JavaScript strings do.

export interface LineIndex {
  /** How many lines the text has: line breaks + 1, so an empty text has one line. */
  lineCount: number;
  /** The 1-based line and column of a 0-based offset; offsets outside the text are clamped into it. */
  position(offset: number): { line: number; column: number };
}

/**
 * Indexes the line starts of `text` once, so that each offset is located by binary search.
 *
 * @example
 * const index = lineIndex('[\n  {"name": "ERAM"}\r\n]');
 * index.lineCount;    // 3
 * index.position(4);  // { line: 2, column: 3 }
 */
export function lineIndex(text: string): LineIndex {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 13 && text.charCodeAt(i + 1) === 10) i++;
    if (code === 10 || code === 13) starts.push(i + 1);
  }
  return {
    lineCount: starts.length,
    position(offset) {
      const at = Number.isFinite(offset) ? Math.min(Math.max(Math.floor(offset), 0), text.length) : 0;
      let low = 0;
      let high = starts.length - 1;
      while (low < high) {
        const middle = (low + high + 1) >> 1;
        if ((starts[middle] ?? 0) <= at) low = middle;
        else high = middle - 1;
      }
      return { line: low + 1, column: at - (starts[low] ?? 0) + 1 };
    },
  };
}

/**
 * Counts the line breaks in `text` (\n, \r\n and lone \r each count once).
 *
 * @example
 * countLineBreaks('a\r\nb\nc'); // 2
 */
export function countLineBreaks(text: string): number {
  let breaks = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 13 && text.charCodeAt(i + 1) === 10) i++;
    if (code === 10 || code === 13) breaks++;
  }
  return breaks;
}
