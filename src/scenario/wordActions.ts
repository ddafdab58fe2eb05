// Verbs over the words around an exported map: subtitle, credit and note. Each cleans the typed text the way
// restore() does; an emptied word is removed from the scenario rather than kept as ''.
import { plainText } from './plainText';
import { WORD_LENGTHS, type WordField } from './restoreWords';
import type { Scenario } from './types';

/**
 * Sets one word as plain text on one line, cut to its length; '' (or only spaces) removes it.
 *
 * @example
 * setWord(s, 'credit', ' Jane  Doe ').credit; // 'Jane Doe'
 * setWord(s, 'note', '').note;                 // undefined
 */
export function setWord(s: Scenario, field: WordField, text: string): Scenario {
  const clean = plainText(typeof text === 'string' ? text : '', WORD_LENGTHS[field]).text;
  const next = { ...s };
  if (clean === '') delete next[field];
  else next[field] = clean;
  return next;
}
