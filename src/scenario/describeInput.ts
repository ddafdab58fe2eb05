// How problem messages show a value they were given: short, on one line, never the whole of a huge value.
// Strings are shown in JSON quotes so that invisible characters appear as escapes.

const QUOTED_LENGTH = 40;

/**
 * Quotes a text for a message, cut to 40 characters.
 *
 * @example
 * quoteText('Kyiv'); // '"Kyiv"'
 */
export function quoteText(text: string): string {
  const points = Array.from(text);
  const shown = points.length > QUOTED_LENGTH ? `${points.slice(0, QUOTED_LENGTH - 1).join('')}…` : text;
  return JSON.stringify(shown);
}

/**
 * Names any value in a message: texts quoted, numbers and booleans as written, the rest by kind.
 *
 * @example
 * describeInput('abc');  // '"abc"'
 * describeInput([1, 2]); // 'a list'
 */
export function describeInput(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return quoteText(value);
    case 'number':
    case 'boolean':
    case 'bigint':
      return String(value);
    case 'undefined':
      return 'nothing';
    case 'object':
      if (value === null) return 'null';
      return Array.isArray(value) ? 'a list' : 'an object';
    default:
      return `a ${typeof value}`;
  }
}
