// How problem messages quote a value they got: short, on one line, and never the raw text of a huge value.
import type { Located } from './types';

const MAX_QUOTED = 40;

/**
 * Quotes text for a message: JSON string syntax (so control characters show as escapes), cut to 40 characters.
 *
 * @example
 * quote('range_km'); // '"range_km"'
 */
export function quote(text: string): string {
  // Only the head is split into code points: a text of megabytes costs no more than a short one.
  const points = Array.from(text.slice(0, MAX_QUOTED * 2));
  const cut = points.length > MAX_QUOTED || text.length > MAX_QUOTED * 2;
  return JSON.stringify(cut ? `${points.slice(0, MAX_QUOTED - 1).join('')}…` : text);
}

/**
 * Describes any value for a "got …" clause: strings quoted, numbers (big integers too) and booleans as written,
 * containers by kind.
 *
 * @example
 * describeValue('-5');      // '"-5"'
 * describeValue(-5);        // '-5'
 * describeValue({ a: 1 });  // 'an object'
 */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return quote(value);
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
    return String(value);
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

/**
 * Describes a located value the way `describeValue` describes a plain one.
 *
 * @example
 * describeLocated({ kind: 'array', line: 3, items: [] }); // 'a list'
 */
export function describeLocated(located: Located): string {
  if (located.kind === 'object') return 'an object';
  if (located.kind === 'array') return 'a list';
  return describeValue(located.value);
}
