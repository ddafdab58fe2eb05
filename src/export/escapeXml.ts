// Text made safe for XML element content and attribute values: markup characters become entities, and
// characters XML 1.0 cannot hold at all (most controls, lone surrogates, U+FFFE/U+FFFF) are dropped.

const MARKUP: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};
// XML 1.0 cannot hold controls other than tab and line breaks (C1 controls are dropped too), lone surrogates,
// U+FFFE or U+FFFF.
const NOT_XML = /(?![\t\n\r])\p{Cc}|\p{Cs}|[\ufffe\uffff]/gu;

/**
 * Escapes a text for XML.
 *
 * @example
 * escapeXml('<b>R&D "X"</b>'); // '&lt;b&gt;R&amp;D &quot;X&quot;&lt;/b&gt;'
 */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML, '').replace(/[&<>"']/g, (c) => MARKUP[c] as string);
}
