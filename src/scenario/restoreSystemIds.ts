// Restores the list of shown systems: ids of the data file's systems or of custom systems, each once, in
// the order given. Unknown ids are dropped and named, up to ten; it cannot tell a typo from a removed system.
import { describeValue, quote } from '../data';
import type { Report } from './readInput';

const NAMED_AT_MOST = 10;

/**
 * Restores the shown systems, or returns undefined (keep what there was) when `value` is not a list.
 * `renamed` maps custom system ids that restore changed to their new ids.
 *
 * @example
 * restoreSystemIds(['atacms', 'foo', 'atacms'], new Set(['atacms']), new Map(), report);
 * // ['atacms'], reporting 'unknown system "foo" ignored'
 */
export function restoreSystemIds(
  value: unknown,
  known: ReadonlySet<string>,
  renamed: ReadonlyMap<string, string>,
  report: Report,
): string[] | undefined {
  if (!Array.isArray(value)) {
    report('systemIds', `${describeValue(value)} ignored — not a list of system ids`);
    return undefined;
  }
  const shown = new Set<string>();
  let dropped = 0;
  const drop = (message: string) => {
    if (dropped < NAMED_AT_MOST) report('systemIds', message);
    dropped++;
  };
  for (const item of value) {
    if (typeof item !== 'string') {
      drop(`${describeValue(item)} ignored — not a system id`);
      continue;
    }
    const id = renamed.get(item) ?? item;
    if (known.has(id)) shown.add(id);
    else drop(`unknown system ${quote(item)} ignored`);
  }
  if (dropped > NAMED_AT_MOST) report('systemIds', `${dropped - NAMED_AT_MOST} more unknown systems ignored`);
  return [...shown];
}
