// Small readers shared by the restore steps, and by the readers of host messages and files: whether a value is a
// plain record, its own fields only (never inherited ones such as `constructor`), and how steps report problems.

/** Where a restore step says what it dropped or changed. */
export type Report = (field: string, message: string, count?: number) => void;

/**
 * Whether `value` is an object with fields: not null, not a list.
 *
 * @example
 * isRecord({ sites: [] }); // true
 * isRecord([1, 2]);        // false
 */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * An own field of a record, else undefined: `own({}, 'constructor')` is undefined, not Object.
 *
 * @example
 * own({ label: 'Kyiv' }, 'label'); // 'Kyiv'
 */
export function own(record: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
