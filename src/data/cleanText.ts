// Text from a file or a link made safe to show as plain text: trimmed, whitespace runs collapsed, control
// characters removed. It never interprets markup; escaping for HTML stays the job of whoever renders it (React does).

// C0 and C1 controls and DEL that are not whitespace go first; tabs and line breaks (NEL, U+0085, among them,
// though \s leaves it out) then become spaces, so words stay apart and no double space is left behind.
const INVISIBLE_CONTROL = /(?![\s\u0085])\p{Cc}/gu;
const WHITESPACE_RUN = /[\s\u0085]+/g;
// Bidi embeddings, overrides and isolates (U+202A–202E, U+2066–2069) reorder the text around them: a name
// ending in U+202E would show the app's own "648 km" after it as "mk 846". The page isolates every user text
// itself (<bdi>, dir="auto"), so these are never needed. The marks U+200E/200F stay: they reorder nothing
// outside the text and Arabic or Hebrew names may need them.
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/g;
// A lone surrogate would make encodeURIComponent throw when the text reaches a URL.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Cleans one text value: controls and bidi overrides removed, whitespace runs made one space, ends trimmed.
 * Cleaning a clean text changes nothing.
 *
 * @example
 * cleanText('  Storm\tShadow\u0007 '); // 'Storm Shadow'
 * cleanText('ERAM\u202e');              // 'ERAM'
 * cleanText('<b>ERAM</b>');           // '<b>ERAM</b>' (kept as text, never parsed as HTML)
 */
export function cleanText(text: string): string {
  return text
    .replace(LONE_SURROGATE, '\ufffd')
    .replace(INVISIBLE_CONTROL, '')
    .replace(BIDI_CONTROL, '')
    .replace(WHITESPACE_RUN, ' ')
    .trim();
}

/**
 * Cuts `text` to at most `max` code points, ending with '…' when something was cut.
 *
 * @example
 * truncateText('Army Tactical Missile System', 10); // 'Army Tact…'
 */
export function truncateText(text: string, max: number): string {
  const points = Array.from(text);
  if (points.length <= max) return text;
  return `${points
    .slice(0, Math.max(max - 1, 0))
    .join('')
    .trimEnd()}…`;
}
