// Text from a file or a link made safe to show as plain text: trimmed, whitespace runs collapsed, control
// characters removed. It never interprets markup; escaping for HTML stays the job of whoever renders it (React does).

// C0 and C1 controls and DEL that are not whitespace go first; tabs and line breaks (NEL, U+0085, among them,
// though \s leaves it out) then become spaces, so words stay apart and no double space is left behind.
const INVISIBLE_CONTROL = /(?![\s\u0085])\p{Cc}/gu;
const WHITESPACE_RUN = /[\s\u0085]+/g;
// A lone surrogate would make encodeURIComponent throw when the text reaches a URL.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Cleans one text value. Cleaning a clean text changes nothing.
 *
 * @example
 * cleanText('  Storm\tShadow\u0007 '); // 'Storm Shadow'
 * cleanText('<b>ERAM</b>');           // '<b>ERAM</b>' (kept as text, never parsed as HTML)
 */
export function cleanText(text: string): string {
  return text
    .replace(LONE_SURROGATE, '\ufffd')
    .replace(INVISIBLE_CONTROL, '')
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
