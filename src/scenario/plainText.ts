// Text the user typed or a link carried, made safe to keep and show as plain text the way a systems file's text
// is (one line, no control characters, no lone surrogates; markup stays text), cut to a length.
import { cleanText, truncateText } from '../data';

// bidi overrides count as control characters: restore says they were removed
const CONTROL = /[\p{Cc}\u202a-\u202e\u2066-\u2069]/u;

export interface PlainText {
  text: string;
  /** Line breaks, tabs, bidi overrides or other control characters were removed. */
  removedControls: boolean;
  /** The text was longer than allowed and now ends with '…'. */
  cut: boolean;
}

/**
 * Cleans one text: whitespace runs become one space, control characters go, ends are trimmed, and a text
 * longer than `maxLength` code points is cut to end with '…'. Cleaning a clean text changes nothing.
 *
 * @example
 * plainText(' Kyiv\ncentre ', 80).text;      // 'Kyiv centre'
 * plainText('<b>Kyiv</b>', 80).text;          // '<b>Kyiv</b>' (kept as text, never parsed as HTML)
 * plainText('Army Tactical Missile', 10).text; // 'Army Tact…'
 */
export function plainText(text: string, maxLength: number): PlainText {
  const clean = cleanText(text);
  const shown = truncateText(clean, maxLength);
  return { text: shown, removedControls: CONTROL.test(text), cut: shown !== clean };
}
