// Bounds what a host message may hold before any of it is read: plain data only, not too deep, long or
// large, and no field named like an object's internals. Limits are far above what a real scenario needs.
import { describeValue } from '../data';

/** Limits of a host message; a full scenario (50 sites, 50 custom systems) uses about a tenth of each. */
export const MESSAGE_LIMITS = {
  /** Nesting below the message itself: message → scenario → sites → site → lonLat is 4. */
  depth: 8,
  /** Values in all (objects, lists and their items). */
  values: 5000,
  /** Items of one list. */
  listLength: 1000,
  /** Fields of one object. */
  fields: 100,
  /** Characters of one text. */
  textLength: 10_000,
} as const;

// Never a field of a scenario; as keys they are the usual way to reach an object's prototype.
const FORBIDDEN_FIELDS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Why a message is not plain data within the limits, or null when it is. `undefined` is allowed (it counts
 * as a missing field); functions, symbols, big integers and class instances (Date, Map, Blob…) are not.
 * It reads getters, so a hostile object may throw: callers catch.
 *
 * @example
 * checkMessageShape({ type: 'range-rings:patch', patch: { units: 'mi' } }); // null
 * checkMessageShape(JSON.parse('{"type":"x","__proto__":{"polluted":1}}'));
 * // 'message has a field named "__proto__", which is never accepted'
 */
export function checkMessageShape(message: unknown): string | null {
  const stack: { value: unknown; depth: number; path: string }[] = [
    { value: message, depth: 0, path: 'message' },
  ];
  let values = 0;
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const { value, depth, path } = next;
    values++;
    if (values > MESSAGE_LIMITS.values) return `it holds more than ${MESSAGE_LIMITS.values} values`;
    if (typeof value === 'string') {
      if (value.length > MESSAGE_LIMITS.textLength) {
        return `${path} is a text of ${value.length} characters; at most ${MESSAGE_LIMITS.textLength}`;
      }
      continue;
    }
    if (value === null || value === undefined || typeof value === 'number' || typeof value === 'boolean')
      continue;
    if (typeof value !== 'object') return `${path} is ${describeValue(value)}, which a message cannot hold`;
    if (depth >= MESSAGE_LIMITS.depth)
      return `${path} is nested more than ${MESSAGE_LIMITS.depth} levels deep`;
    if (Array.isArray(value)) {
      if (value.length > MESSAGE_LIMITS.listLength) {
        return `${path} is a list of ${value.length} items; at most ${MESSAGE_LIMITS.listLength}`;
      }
      for (let i = value.length - 1; i >= 0; i--) {
        stack.push({ value: value[i], depth: depth + 1, path: `${path}[${i}]` });
      }
      continue;
    }
    const prototype = Object.getPrototypeOf(value);
    if (prototype !== Object.prototype && prototype !== null) return `${path} is not plain data`;
    const fields = Object.keys(value);
    if (fields.length > MESSAGE_LIMITS.fields) {
      return `${path} has ${fields.length} fields; at most ${MESSAGE_LIMITS.fields}`;
    }
    for (const field of fields) {
      if (FORBIDDEN_FIELDS.has(field)) return `${path} has a field named "${field}", which is never accepted`;
    }
    for (let i = fields.length - 1; i >= 0; i--) {
      const field = fields[i] as string;
      stack.push({
        value: (value as Record<string, unknown>)[field],
        depth: depth + 1,
        path: fieldPath(path, field),
      });
    }
  }
  return null;
}

// A path stays short in a warning whatever the field names are.
function fieldPath(path: string, field: string): string {
  const shown = field.length > 40 ? `${field.slice(0, 39)}…` : field;
  return /^[A-Za-z_$][\w$]*$/.test(shown) ? `${path}.${shown}` : `${path}[${JSON.stringify(shown)}]`;
}
