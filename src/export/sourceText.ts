// A system's first source as one line of text, for exports read outside the page (QGIS, Google Earth).

import type { Source } from '../data';

/**
 * Publisher, title, date and address of the first source, comma-separated; '' when there is none.
 *
 * @example
 * sourceText([{ publisher: 'Associated Press', title: 'Trump weighs Tomahawks', date: '2025-10-16' }]);
 * // 'Associated Press, Trump weighs Tomahawks, 2025-10-16'
 */
export function sourceText(sources: readonly Source[]): string {
  const first = sources[0];
  if (!first) return '';
  const parts = [first.publisher, first.title, first.date, first.url]
    .map((part) => part?.trim())
    .filter((part): part is string => Boolean(part));
  // A custom system's free-text source is kept as both publisher and title: say it once.
  return [...new Set(parts)].join(', ');
}
