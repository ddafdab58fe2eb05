// Restores the words around an exported map (subtitle, credit, note): plain text on one line, cut to a length.
// An empty word is left out of the scenario, so a map without one has no field for it.
import { describeValue } from '../data';
import { MAX_CREDIT_LENGTH, MAX_MAP_NOTE_LENGTH, MAX_SUBTITLE_LENGTH } from './limits';
import { plainText } from './plainText';
import type { Report } from './readInput';

/** The scenario's words, each absent when empty. */
export type WordField = 'subtitle' | 'credit' | 'note';

export const WORD_FIELDS: readonly WordField[] = ['subtitle', 'credit', 'note'];

/** Code points each word may hold. */
export const WORD_LENGTHS: Readonly<Record<WordField, number>> = {
  subtitle: MAX_SUBTITLE_LENGTH,
  credit: MAX_CREDIT_LENGTH,
  note: MAX_MAP_NOTE_LENGTH,
};

/**
 * One word as plain text cut to its length: '' for an empty one (the field is then left out), undefined (keep
 * what there was) for a value that is not text, which is reported.
 *
 * @example
 * restoreWord('credit', 'Graphic:\tJ. Doe', report); // 'Graphic: J. Doe'
 * restoreWord('note', 42, report);                    // undefined, reported as "42 ignored — not text"
 */
export function restoreWord(field: WordField, value: unknown, report: Report): string | undefined {
  if (typeof value !== 'string') {
    report(field, `${describeValue(value)} ignored — not text`);
    return undefined;
  }
  const max = WORD_LENGTHS[field];
  const word = plainText(value, max);
  if (word.cut) report(field, `cut to ${max} characters`);
  if (word.removedControls) report(field, 'line breaks and control characters removed');
  return word.text;
}
