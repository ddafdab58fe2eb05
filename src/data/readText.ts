// Reads an optional text field of a record: absent, a cleaned text, or the wrong type.
// Empty texts and JSON null count as absent, as an empty CSV cell does.
import { cleanText } from './cleanText.js';
import { describeLocated } from './describeValue.js';
import type { Located } from './types';

export type TextRead = { text: string } | { absent: true } | { wrongType: string };

/**
 * Reads a located value as plain text.
 *
 * @example
 * readText({ kind: 'string', line: 2, value: '  M57 ' });  // { text: 'M57' }
 * readText({ kind: 'number', line: 2, value: 57 });        // { wrongType: '57' }
 * readText(undefined);                                     // { absent: true }
 */
export function readText(located: Located | undefined): TextRead {
  if (located === undefined || located.kind === 'null') return { absent: true };
  if (located.kind !== 'string' || typeof located.value !== 'string')
    return { wrongType: describeLocated(located) };
  const text = cleanText(located.value);
  return text === '' ? { absent: true } : { text };
}
