// Record ids as slugs: lowercase ASCII letters and digits joined by single hyphens.
// Letters with accents keep their base letter; other scripts become hyphens, so a Cyrillic name gets `system-<line>`.

/** How long an id may be; a longer slug is cut. */
export const MAX_ID_LENGTH = 64;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The slug of a name, at most `maxLength` characters: accents and other marks dropped, other scripts and
 * symbols become hyphens; '' when nothing usable is left.
 *
 * @example
 * slugify('Éclair à Zürich');  // 'eclair-a-zurich'
 * slugify('Fateh-110', 5);     // 'fateh'
 * slugify('Искандер');         // ''
 */
export function slugify(name: string, maxLength = MAX_ID_LENGTH): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, maxLength)
    .replace(/^-+|-+$/g, '');
}

/**
 * Makes an id from a name; when nothing usable is left, `system-<line>`.
 *
 * @example
 * slugId('Storm Shadow / SCALP-EG', 5); // 'storm-shadow-scalp-eg'
 * slugId('Искандер-М', 7);              // 'system-7'
 */
export function slugId(name: string, line: number): string {
  return slugify(name) || `system-${line}`;
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
