// Numbers whose meaning depends on the spreadsheet's language: "1.600" is 1,600 in German and 1.6 in English;
// "1,6" is 1.6 wherever it is written. They are rewritten in English style, with a note on how they were read.

export interface LocaleNumberRead {
  /** The value with its number in English style ("1600 km"), ready for parseRangeKm. */
  text: string;
  /** How an ambiguous number was read, for a warning; absent when the number meant one thing only. */
  readAs?: string;
}

// A leading number with "." or "," inside, then whatever follows (a unit).
const NUMBER_START = /^(\s*[+\-\u2212]?)(\d[\d.,]*\d)(.*)$/s;

/**
 * Reads the number at the start of a cell of a CSV file. `decimalComma` says the file comes from a spreadsheet
 * whose decimal mark is the comma (its cells are separated by ";"): there "1.600" is 1600 and "1,6" 1.6. In a
 * comma-separated file "1.600" stays 1.6. Either way an ambiguous number gets a `readAs` note.
 *
 * @example
 * readLocaleNumber('1.600', true);   // { text: '1600', readAs: '1600 (the "." read as a thousands separator)' }
 * readLocaleNumber('1,6 km', false); // { text: '1.6 km', readAs: '1.6 (the "," read as the decimal mark)' }
 * readLocaleNumber('1600', true);    // { text: '1600' }
 */
export function readLocaleNumber(value: string, decimalComma: boolean): LocaleNumberRead {
  const match = NUMBER_START.exec(value);
  if (!match) return { text: value };
  const [, sign = '', number = '', rest = ''] = match;
  const dots = number.split('.').length - 1;
  const commas = number.split(',').length - 1;
  const groupsOfThree = (mark: string) => new RegExp(`^\\d{1,3}(?:\\${mark}\\d{3})+$`).test(number);
  const read = (english: string, how: string): LocaleNumberRead => ({
    text: `${sign}${english}${rest}`,
    readAs: `${english} (${how})`,
  });
  if (dots > 0 && commas > 0) {
    // Both marks: the last one is the decimal mark ("1.600,5" or "1,600.5").
    const decimal = number.lastIndexOf(',') > number.lastIndexOf('.') ? ',' : '.';
    const thousands = decimal === ',' ? '.' : ',';
    const english = number.split(thousands).join('').replace(',', '.');
    return read(
      english,
      `the "${thousands}" read as a thousands separator, the "${decimal}" as the decimal mark`,
    );
  }
  if (commas > 0) {
    if (commas === 1 && !groupsOfThree(','))
      return read(number.replace(',', '.'), 'the "," read as the decimal mark');
    if (groupsOfThree(',') && decimalComma && commas === 1) {
      return read(number.replace(',', '.'), 'the "," read as the decimal mark, as in the rest of this file');
    }
    return { text: value }; // "1,600": English thousands, read so by parseRangeKm
  }
  if (dots > 0 && groupsOfThree('.')) {
    if (decimalComma) return read(number.split('.').join(''), 'the "." read as a thousands separator');
    const whole = number.split('.').join('');
    return read(
      number,
      `the "." read as the decimal mark; write ${whole} if a thousands separator was meant`,
    );
  }
  return { text: value };
}
