// Folds place names for matching as people type them: case, accents and punctuation ignored. Latin script
// only: Cyrillic or Chinese text is kept as it is (the gazetteer's names are Latin).

// Letters that Unicode does not decompose into a base letter and a mark.
const LETTERS = new Map([
  ['ß', 'ss'],
  ['æ', 'ae'],
  ['œ', 'oe'],
  ['ø', 'o'],
  ['đ', 'd'],
  ['ð', 'd'],
  ['ł', 'l'],
  ['ı', 'i'],
  ['þ', 'th'],
  ['ħ', 'h'],
]);
const MARKS = /\p{M}/gu;
const APOSTROPHES = /['’‘ʼʻ`´]/g;
const NOT_WORD = /[^\p{L}\p{N}]+/gu;
const SPECIAL = /[ßæœøđðłıþħ]/g;
const PLAIN = /^[\x20-\x7e]*$/;
// "St Petersburg" and "Saint Petersburg", "Ste-Foy" and "Sainte-Foy" are written both ways.
const SAINT = /(^| )(saint|st|sainte|ste)(?= |$)/g;
const OTHER_FORM: Record<string, string> = { saint: 'st', st: 'saint', sainte: 'ste', ste: 'sainte' };

/**
 * Folds text for matching: lower case, accents removed, apostrophes dropped, other punctuation as spaces.
 *
 * @example
 * foldPlaceName('Kýiv');          // 'kyiv'
 * foldPlaceName('Saint-Étienne'); // 'saint etienne'
 * foldPlaceName("Be'er Sheva");   // 'beer sheva'
 */
export function foldPlaceName(text: string): string {
  // Most names are plain ASCII: no accents to take off, which saves most of the time of indexing 44,692 names.
  if (PLAIN.test(text)) return text.toLowerCase().replace(APOSTROPHES, '').replace(NOT_WORD, ' ').trim();
  return text
    .normalize('NFD')
    .replace(MARKS, '')
    .toLowerCase()
    .replace(SPECIAL, (letter) => LETTERS.get(letter) ?? letter)
    .replace(APOSTROPHES, '')
    .replace(NOT_WORD, ' ')
    .trim();
}

/**
 * A folded name and, when it has "saint" or "st" (and the like) as a word, the same with the other form.
 *
 * @example
 * nameForms('st petersburg'); // ['st petersburg', 'saint petersburg']
 */
export function nameForms(folded: string): string[] {
  if (!folded.includes('st') && !folded.includes('saint')) return [folded];
  const other = folded.replace(SAINT, (_, start: string, word: string) => `${start}${OTHER_FORM[word]}`);
  return other === folded ? [folded] : [folded, other];
}
