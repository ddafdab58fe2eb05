// Restores the colours the user chose for systems: `#rrggbb` by system id. A colour of a system the map does not
// know, or one that is not six hex digits, is dropped and reported; the system keeps its palette colour.
import { describeValue, quote } from '../data';
import { isRecord, type Report } from './readInput';

const HEX = /^#?([0-9a-f]{6})$/i;

/**
 * The valid colours of `value` for systems in `known`, following renamed custom ids; undefined when none.
 *
 * @example
 * restoreColors({ tomahawk: '#E69F00', nope: '#000000' }, new Set(['tomahawk']), new Map(), report);
 * // { tomahawk: '#e69f00' } (and "nope" reported)
 */
export function restoreColors(
  value: unknown,
  known: ReadonlySet<string>,
  renamed: ReadonlyMap<string, string>,
  report: Report,
): Record<string, string> | undefined {
  if (value === undefined || value === null) return undefined;
  if (!isRecord(value)) {
    report('colors', `${describeValue(value)} ignored — not a list of colours by system`);
    return undefined;
  }
  const colors: Record<string, string> = {};
  for (const [givenId, color] of Object.entries(value)) {
    const id = renamed.get(givenId) ?? givenId;
    const hex = typeof color === 'string' ? HEX.exec(color.trim())?.[1] : undefined;
    if (!known.has(id)) report('colors', `colour of ${quote(givenId)} ignored — no such system on this map`);
    else if (hex === undefined)
      report(
        'colors',
        `colour ${describeValue(color)} of ${quote(givenId)} ignored — not a colour like "e69f00"`,
      );
    else colors[id] = `#${hex.toLowerCase()}`;
  }
  return Object.keys(colors).length > 0 ? colors : undefined;
}
