// A link's list read only as far as a map can use it: the rest are counted, not split, decoded or checked.

// Entries of a list read (and each bad one named) per entry a map can keep; the rest are counted.
const ENTRIES_READ_PER_KEPT = 4;

/**
 * The first entries of a list, enough to find `limit` good ones among some bad: a link (or a dropped PNG) may
 * hold millions, and splitting, decoding and checking them all froze the page. The rest are only counted.
 */
export function cappedEntries(
  raw: string,
  separator: string,
  limit: number,
): { entries: string[]; more: number } {
  const most = limit * ENTRIES_READ_PER_KEPT;
  const entries: string[] = [];
  let at = 0;
  while (at <= raw.length && entries.length < most) {
    const end = raw.indexOf(separator, at);
    entries.push(raw.slice(at, end < 0 ? raw.length : end));
    at = end < 0 ? raw.length + 1 : end + 1;
  }
  let more = 0;
  while (at <= raw.length) {
    const end = raw.indexOf(separator, at);
    const stop = end < 0 ? raw.length : end;
    if (raw.slice(at, Math.min(stop, at + 8)).trim() !== '') more++;
    at = stop + 1;
  }
  return { entries, more };
}
