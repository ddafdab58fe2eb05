// Record ids as slugs: lowercase ASCII letters and digits joined by single hyphens.
// Letters with accents keep their base letter; other scripts become hyphens, so a Cyrillic name gets `system-<line>`.

/** How long an id may be; a longer slug is cut. */
export const MAX_ID_LENGTH = 64;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Makes an id from a name; when nothing usable is left, `system-<line>`.
 *
 * @example
 * slugId('Storm Shadow / SCALP-EG', 5); // 'storm-shadow-scalp-eg'
 * slugId('Искандер-М', 7);              // 'system-7'
 */
export function slugId(name: string, line: number): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, MAX_ID_LENGTH)
    .replace(/^-+|-+$/g, '');
  return slug === '' ? `system-${line}` : slug;
}

/**
 * Whether `id` is already a slug that `slugId` would keep as it is.
 *
 * @example
 * isSlug('atacms'); // true
 * isSlug('ATACMS'); // false
 */
export function isSlug(id: string): boolean {
  return id.length <= MAX_ID_LENGTH && SLUG.test(id);
}
