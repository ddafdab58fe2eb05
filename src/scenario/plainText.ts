// Text the user typed or a link carried, made safe to keep and show as plain text: one line, no control
// characters, no lone surrogates (they make encodeURIComponent throw), cut to a length. Markup stays text.

const CONTROL = /\p{Cc}/u;
// Controls that are not whitespace go first; tabs and line breaks then become spaces, so words stay apart.
const INVISIBLE_CONTROLS = /(?!\s)\p{Cc}/gu;
const SPACE_RUNS = /\s+/g;
const LONE_SURROGATES = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export interface PlainText {
  text: string;
  /** Line breaks, tabs or other control characters were removed. */
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
  const removedControls = CONTROL.test(text);
  const clean = text
    .replace(LONE_SURROGATES, '\ufffd')
    .replace(INVISIBLE_CONTROLS, '')
    .replace(SPACE_RUNS, ' ')
    .trim();
  const points = Array.from(clean);
  if (points.length <= maxLength) return { text: clean, removedControls, cut: false };
  const kept = points
    .slice(0, Math.max(maxLength - 1, 0))
    .join('')
    .trimEnd();
  return { text: `${kept}…`, removedControls, cut: true };
}
