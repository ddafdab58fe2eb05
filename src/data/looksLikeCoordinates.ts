// Tells text meant as coordinates from a place name, for text that parseCoordinates could not read: "NaN, NaN"
// (what a broken script or spreadsheet writes) is a pair of broken numbers, not the start of "Nanyang".

// A number, or a word that stands for a missing one, with optional angle marks and a hemisphere letter.
const NUMBERISH = /^[+\-\u2212]?(?:\d[\d.,]*|\.\d+|nan|infinity|undefined|null)[°º′″'"]*[nsew]?$/i;
const HEMISPHERE = /^[nsew]$/i;
const SEPARATORS = /[\s,;/]+/;

/**
 * True when every word of `text` is a number (or NaN, Infinity, null, undefined), an angle or a
 * hemisphere letter, and there are at least two numbers: such text is refused as coordinates, never
 * searched as a name. One word alone ("Nan", a town in Thailand) is left to the name search.
 *
 * @example
 * looksLikeCoordinates('NaN, NaN');      // true
 * looksLikeCoordinates('50.45, NaN');    // true
 * looksLikeCoordinates('Nan');           // false
 * looksLikeCoordinates('Nan, Thailand'); // false
 */
export function looksLikeCoordinates(text: string): boolean {
  if (typeof text !== 'string') return false;
  const words = text.trim().split(SEPARATORS).filter(Boolean);
  const numbers = words.filter((word) => NUMBERISH.test(word) && !HEMISPHERE.test(word));
  return numbers.length >= 2 && words.every((word) => NUMBERISH.test(word) || HEMISPHERE.test(word));
}
