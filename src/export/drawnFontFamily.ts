// The font the browser actually draws a CSS font stack with, named first in the stack an SVG carries: other
// programs (Inkscape, Illustrator, librsvg) do not know `system-ui` and would take the next name they find,
// setting the same words in another font with other widths than the layout measured.

/** Fonts a system-ui or sans-serif stack commonly resolves to, besides the names in the stack itself. */
const KNOWN = [
  'SF Pro Text',
  'Helvetica Neue',
  'Segoe UI',
  'Roboto',
  'Ubuntu',
  'Cantarell',
  'Noto Sans',
  'DejaVu Sans',
  'Liberation Sans',
  'Arial',
  'Helvetica',
];
const SAMPLE = 'How far they reach · 1,600 km – Ωß 0123456789';

/** The quoted or bare family names of a stack, generic names (system-ui, sans-serif) left out. */
function namedFamilies(stack: string): string[] {
  return stack
    .split(',')
    .map((name) => name.trim().replace(/^["']|["']$/g, ''))
    .filter((name) => name && !/^(-apple-system|system-ui|sans-serif|serif|monospace|ui-\w+)$/.test(name));
}

const resolved = new Map<string, string>();

/**
 * `stack` with the family the browser draws it with put first, when that family can be told by name (its
 * widths match the stack's in two weights); else `stack` as it is.
 *
 * @example
 * drawnFontFamily('system-ui, "Liberation Sans", sans-serif'); // '"DejaVu Sans", system-ui, "Liberation Sans", sans-serif' on Debian
 */
export function drawnFontFamily(stack: string): string {
  const known = resolved.get(stack);
  if (known !== undefined) return known;
  let result = stack;
  const ctx = document.createElement('canvas').getContext('2d');
  if (ctx) {
    const width = (font: string) => {
      ctx.font = font;
      return ctx.measureText(SAMPLE).width;
    };
    const widths = (family: string) => [width(`400 40px ${family}`), width(`700 40px ${family}`)];
    const want = widths(stack);
    const candidates = [...new Set([...namedFamilies(stack), ...KNOWN])];
    // a family the system lacks falls back to monospace, whose widths differ from any sans-serif's
    const found = candidates.find((name) =>
      widths(`"${name}", monospace`).every((w, i) => Math.abs(w - (want[i] as number)) < 0.01),
    );
    if (found && namedFamilies(stack)[0] !== found) result = `"${found}", ${stack}`;
  }
  resolved.set(stack, result);
  return result;
}
