// Plain-English JSON syntax errors with line and column. jsonc-parser keeps reading after an error,
// so each problem here comes beside whatever could still be loaded.
import { type ParseError, printParseErrorCode } from 'jsonc-parser';
import { quote } from './describeValue.js';
import type { LineIndex } from './lineIndex';
import { makeProblem } from './makeProblem.js';
import type { Problem } from './types';

/** After this many, one more problem says how many were left out: a binary file should not yield thousands. */
export const MAX_SYNTAX_PROBLEMS = 20;

// jsonc-parser's ParseErrorCode is a const enum, which isolatedModules cannot read; these are its values.
const MESSAGES: Record<number, string> = {
  2: 'invalid number',
  3: 'expected a field name in double quotes',
  4: 'expected a value',
  5: 'expected ":" after the field name',
  6: 'expected "," between values',
  7: 'expected "}" to close the object',
  8: 'expected "]" to close the list',
  9: 'unexpected text after the end of the JSON value',
  10: 'comments are not allowed in JSON',
  11: 'a comment is not closed with */',
  12: 'a text is not closed with "',
  13: 'a number ends too early',
  14: 'invalid \\u escape in a text',
  15: 'invalid escape in a text (after \\ only " \\ / b f n r t u may follow)',
  16: 'control character inside a text: write line breaks and tabs as \\n and \\t',
};
const INVALID_SYMBOL = 1;
const PROPERTY_NAME_EXPECTED = 3;
const VALUE_EXPECTED = 4;

/**
 * Turns jsonc-parser's errors into problems: one per offset, a trailing comma named as such, at most 20 and a count.
 *
 * @example
 * const text = '[1,2,]';
 * const errors: ParseError[] = [];
 * parseTree(text, errors);
 * jsonSyntaxProblems(text, errors, lineIndex(text), 'a.json')[0].message;
 * // 'a.json, line 1, column 5: trailing comma: JSON allows no "," before "]"'
 */
export function jsonSyntaxProblems(
  text: string,
  errors: ParseError[],
  index: LineIndex,
  fileName?: string,
): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<number>();
  let leftOut = 0;
  for (const error of errors) {
    const code: number = error.error;
    let offset = error.offset;
    let message = MESSAGES[code] ?? printParseErrorCode(error.error);
    if (code === INVALID_SYMBOL)
      message = `unexpected ${quote(text.slice(offset, offset + Math.max(error.length, 1)))}`;
    if (code === PROPERTY_NAME_EXPECTED || code === VALUE_EXPECTED) {
      const comma = trailingCommaBefore(text, offset);
      if (comma !== undefined) {
        message = `trailing comma: JSON allows no "," before "${text[offset]}"`;
        offset = comma;
      }
    }
    if (seen.has(offset)) continue;
    seen.add(offset);
    if (problems.length >= MAX_SYNTAX_PROBLEMS) {
      leftOut++;
      continue;
    }
    const { line, column } = index.position(offset);
    problems.push(makeProblem('error', message, { fileName, line, column }));
  }
  if (leftOut > 0) {
    problems.push(makeProblem('error', `${leftOut} more JSON syntax errors not listed`, { fileName }));
  }
  return problems;
}

// The offset of a "," that only whitespace separates from a closing bracket at `offset`.
function trailingCommaBefore(text: string, offset: number): number | undefined {
  const closing = text[offset];
  if (closing !== ']' && closing !== '}') return undefined;
  let at = offset - 1;
  while (at >= 0 && /\s/.test(text[at] ?? '')) at--;
  return text[at] === ',' ? at : undefined;
}
