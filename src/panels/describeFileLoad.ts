// The one-line report of a loaded systems file: how many systems were read, with how many problems, and how
// many of them went onto the map, which holds a limited number of custom systems (the scenario is in the URL).

export interface FileLoadCounts {
  fileName: string;
  /** Systems read from the file. */
  systemCount: number;
  errorCount: number;
  warningCount: number;
  /** Systems handed to the map: the first ones read, as many as there was room for. */
  addedCount: number;
  /** Custom systems on the map before this file. */
  customBefore: number;
  /** Custom systems a map holds at most. */
  maxCustom: number;
}

const count = (n: number, one: string, many = `${one}s`) =>
  `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/**
 * Says what a file load did, honestly when the map could not take every system read.
 *
 * @example
 * describeFileLoad({ fileName: 'big.csv', systemCount: 49_988, errorCount: 12, warningCount: 0, addedCount: 50,
 *   customBefore: 0, maxCustom: 50 });
 * // 'big.csv: 49,988 systems read, 12 errors; the first 50 were added — a map holds at most 50 custom systems.'
 */
export function describeFileLoad(c: FileLoadCounts): string {
  const problems =
    (c.errorCount ? `, ${count(c.errorCount, 'error')}` : '') +
    (c.warningCount ? `, ${count(c.warningCount, 'warning')}` : '');
  if (c.addedCount >= c.systemCount)
    return `${c.fileName}: ${count(c.systemCount, 'system')} loaded${problems}.`;
  const limit = `a map holds at most ${count(c.maxCustom, 'custom system')}`;
  const already = c.customBefore > 0 ? `, and ${count(c.customBefore, 'was', 'were')} already on it` : '';
  const added =
    c.addedCount === 0
      ? `none were added — ${limit}${already}`
      : `the first ${c.addedCount.toLocaleString('en-US')} ${c.addedCount === 1 ? 'was' : 'were'} added — ${limit}${already}`;
  return `${c.fileName}: ${count(c.systemCount, 'system')} read${problems}; ${added}.`;
}
