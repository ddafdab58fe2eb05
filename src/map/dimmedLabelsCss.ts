// The style sheet that fades the ring and reach labels of every system but the highlighted one, as their rings
// are dimmed: one rule for the labels of a map, drawn now or later (placed in slices, or a dragged point's),
// where writing each label's opacity would miss those made after the highlight.
import { DIMMED_LABEL_OPACITY } from '../scenario';

/**
 * The CSS that dims, inside the element carrying `data-dimmed-labels="<scope>"`, every label whose
 * `data-system` is not `highlightedId`; empty with nothing highlighted.
 *
 * @example
 * dimmedLabelsCss('1', 'eram');
 * // '[data-dimmed-labels="1"] .ring-label[data-system]:not([data-system="eram"]) { opacity: 0.35; }'
 */
export function dimmedLabelsCss(scope: string, highlightedId: string | null): string {
  if (highlightedId === null) return '';
  return `[data-dimmed-labels=${cssString(scope)}] .ring-label[data-system]:not([data-system=${cssString(highlightedId)}]) { opacity: ${DIMMED_LABEL_OPACITY}; }`;
}

/** A CSS string of any text: a quote, a backslash or a control character escaped by its code point. */
function cssString(text: string): string {
  let out = '"';
  for (const c of text) {
    const code = c.codePointAt(0) ?? 0;
    out += c === '"' || c === '\\' || code < 0x20 || code === 0x7f ? `\\${code.toString(16)} ` : c;
  }
  return `${out}"`;
}
