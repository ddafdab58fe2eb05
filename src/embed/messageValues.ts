// Small readers of values that arrive by postMessage: plain records, own fields only, and how a value is
// named in a warning. Kept here because the scenario folder's own readers are not part of its public names.

/**
 * Whether `value` is an object with fields: not null, not a list.
 *
 * @example
 * isRecord({ type: 'range-rings:get' }); // true
 * isRecord([1]);                         // false
 */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * An own field of a record, else undefined: never an inherited one such as `constructor`.
 *
 * @example
 * ownField({ type: 'x' }, 'type');        // 'x'
 * ownField({}, 'constructor');            // undefined
 */
export function ownField(record: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

const QUOTED_LENGTH = 40;

/**
 * Names a value in a warning: texts quoted and cut to 40 characters, numbers as written, the rest by kind.
 *
 * @example
 * describeValue('range-rings:nope'); // '"range-rings:nope"'
 * describeValue(null);               // 'null'
 * describeValue([1, 2]);             // 'a list'
 */
export function describeValue(value: unknown): string {
  switch (typeof value) {
    case 'string': {
      const points = Array.from(value.slice(0, QUOTED_LENGTH * 2));
      const cut = points.length > QUOTED_LENGTH || value.length > QUOTED_LENGTH * 2;
      return JSON.stringify(cut ? `${points.slice(0, QUOTED_LENGTH - 1).join('')}…` : value);
    }
    case 'number':
    case 'boolean':
    case 'bigint':
      return String(value);
    case 'undefined':
      return 'nothing';
    case 'object':
      if (value === null) return 'null';
      return Array.isArray(value) ? 'a list' : 'an object';
    default:
      return `a ${typeof value}`;
  }
}
