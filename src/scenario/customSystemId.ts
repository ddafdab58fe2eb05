// Ids of custom systems: `custom-<slug of the name>`, made unique with a numeric suffix. The URL carries
// only names, so the reader and the writer of links derive ids the same way, in the same order.
import { MAX_ID_LENGTH, slugify } from '../data';

// Room left for `custom-` and a suffix such as `-12`.
const MAX_SLUG_LENGTH = 48;

/**
 * Returns `base` if nobody has it yet, else `base-2`, `base-3`, … (cut so the id stays within 64).
 *
 * @example
 * uniqueId('custom-foo', new Set(['custom-foo'])); // 'custom-foo-2'
 */
export function uniqueId(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const id = `${base.slice(0, MAX_ID_LENGTH - suffix.length).replace(/-+$/, '')}${suffix}`;
    if (!taken.has(id)) return id;
  }
}

/**
 * The id a custom system named `name` gets when it has none: accents dropped, other scripts and symbols
 * become hyphens; a name with nothing left gives `custom-system`.
 *
 * @example
 * customSystemId('Fateh-110', new Set());       // 'custom-fateh-110'
 * customSystemId('Fateh 110', new Set(['custom-fateh-110'])); // 'custom-fateh-110-2'
 * customSystemId('Искандер', new Set());        // 'custom-system'
 */
export function customSystemId(name: string, taken: ReadonlySet<string>): string {
  const slug = slugify(name, MAX_SLUG_LENGTH);
  return uniqueId(slug === '' ? 'custom-system' : `custom-${slug}`, taken);
}
