// The sources a picture of a system must name, and each one's short citation, the same in the exported image
// and in the embed's legend.
import { type BandEnds, hasBand } from './hasBand';
import type { Source } from './types';

/**
 * The sources of the figures drawn: the first for the ring; with a band, every source given, since a band's
 * ends often come from another source than the range (which one is not recorded).
 *
 * @example
 * citedSources({ rangeMinKm: 240, rangeMaxKm: 460, sources: [ap, wsj] }); // [ap, wsj]
 * citedSources({ sources: [ap, usni] }); // [ap]
 */
export function citedSources<S extends Source>(system: BandEnds & { sources?: readonly S[] }): S[] {
  const sources = system.sources ?? [];
  return hasBand(system) ? [...sources] : sources.slice(0, 1);
}

/**
 * Publisher and date, else the title; '' when the source gives none of them.
 *
 * @example
 * shortCitation({ publisher: 'Associated Press', title: 'Trump weighs Tomahawks', date: '2025-10-16' });
 * // 'Associated Press, 2025-10-16'
 */
export function shortCitation(source: Source): string {
  return [source.publisher, source.date].filter(Boolean).join(', ') || source.title || '';
}
