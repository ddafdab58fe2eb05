// Splits typed coordinates into numbers, angle marks, hemisphere letters, axis labels and separators.
// Knows the many ways to write ° ′ ″ (ASCII, Unicode, typographic quotes); it does not decide what they mean.

export type Hemisphere = 'N' | 'S' | 'E' | 'W';
export type Axis = 'lat' | 'lon';
/** 0 degrees, 1 minutes, 2 seconds. */
export type AngleUnit = 0 | 1 | 2;

export type CoordinateToken =
  | { kind: 'number'; value: number; negative: boolean; signed: boolean; decimals: boolean; text: string }
  | { kind: 'unit'; unit: AngleUnit }
  | { kind: 'hemisphere'; hemisphere: Hemisphere }
  | { kind: 'label'; axis: Axis }
  | { kind: 'separator' };

const MARKS = new Map<string, AngleUnit>([
  ['°', 0],
  ['º', 0], // masculine ordinal, typed for ° on many keyboards
  ['˚', 0],
  ['⁰', 0],
  ['′', 1],
  ["'", 1],
  ['’', 1],
  ['‘', 1],
  ['‛', 1],
  ['´', 1],
  ['`', 1],
  ['ʹ', 1],
  ['ʼ', 1],
  ['″', 2],
  ['"', 2],
  ['”', 2],
  ['“', 2],
  ['„', 2],
  ['ʺ', 2],
  ['˝', 2],
  ['〃', 2],
]);
const WORDS = new Map<string, CoordinateToken>([
  ['n', { kind: 'hemisphere', hemisphere: 'N' }],
  ['north', { kind: 'hemisphere', hemisphere: 'N' }],
  ['s', { kind: 'hemisphere', hemisphere: 'S' }],
  ['south', { kind: 'hemisphere', hemisphere: 'S' }],
  ['e', { kind: 'hemisphere', hemisphere: 'E' }],
  ['east', { kind: 'hemisphere', hemisphere: 'E' }],
  ['w', { kind: 'hemisphere', hemisphere: 'W' }],
  ['west', { kind: 'hemisphere', hemisphere: 'W' }],
  ['lat', { kind: 'label', axis: 'lat' }],
  ['latitude', { kind: 'label', axis: 'lat' }],
  ['lon', { kind: 'label', axis: 'lon' }],
  ['lng', { kind: 'label', axis: 'lon' }],
  ['long', { kind: 'label', axis: 'lon' }],
  ['longitude', { kind: 'label', axis: 'lon' }],
  ['deg', { kind: 'unit', unit: 0 }],
  ['degree', { kind: 'unit', unit: 0 }],
  ['degrees', { kind: 'unit', unit: 0 }],
  ['min', { kind: 'unit', unit: 1 }],
  ['minute', { kind: 'unit', unit: 1 }],
  ['minutes', { kind: 'unit', unit: 1 }],
  ['sec', { kind: 'unit', unit: 2 }],
  ['second', { kind: 'unit', unit: 2 }],
  ['seconds', { kind: 'unit', unit: 2 }],
]);
// Minus, hyphen-minus, Unicode minus and en dash all mean negative; no exponents ("36.23E" is east).
const NUMBER_DOT = /([+\-\u2212\u2013]?)(\d+(?:\.\d*)?|\.\d+)/y;
const NUMBER_COMMA = /([+\-\u2212\u2013]?)(\d+(?:[.,]\d*)?|[.,]\d+)/y;
const WORD = /\p{L}+/uy;
// ':' and '=' follow labels ("lat: 49.99") or part DMS ("49:59:30"); both read as spaces.
const SPACE = /[\s:=]+/y;
const SEPARATOR = /^[,;/]$/;
// "49,99 36,23" (two numbers, each with a decimal comma, no dots) is the one comma layout that is not a list.
const TWO_DECIMAL_COMMAS = /^[^.,]*\d,\d[^.,]*\d,\d[^.,]*$/;

/**
 * Cuts `text` into coordinate tokens, or returns undefined at the first character it cannot place.
 * Commas separate the two coordinates, unless a ';' does that (then commas are decimal commas, "49,99; 36,23"),
 * or the text is two numbers with decimal commas and nothing else ("49,99 36,23").
 *
 * @example
 * tokenizeCoordinates('49°59′N'); // number 49, unit 0, number 59, unit 1, hemisphere N
 * tokenizeCoordinates('49 % 36'); // undefined
 */
export function tokenizeCoordinates(text: string): CoordinateToken[] | undefined {
  const decimalComma = text.includes(';') || TWO_DECIMAL_COMMAS.test(text);
  const number = decimalComma ? NUMBER_COMMA : NUMBER_DOT;
  const tokens: CoordinateToken[] = [];
  let at = 0;
  while (at < text.length) {
    const char = text[at] ?? '';
    const mark = MARKS.get(char);
    if (mark !== undefined) {
      // Two minute marks in a row ('' or ′′) are a seconds mark.
      if (mark === 1 && MARKS.get(text[at + 1] ?? '') === 1) {
        tokens.push({ kind: 'unit', unit: 2 });
        at += 2;
      } else {
        tokens.push({ kind: 'unit', unit: mark });
        at += 1;
      }
      continue;
    }
    const numberMatch = matchAt(number, text, at);
    if (numberMatch) {
      tokens.push(numberToken(numberMatch[0], numberMatch[1] ?? '', numberMatch[2] ?? ''));
      at += numberMatch[0].length;
      continue;
    }
    const space = matchAt(SPACE, text, at);
    if (space) {
      at += space[0].length;
      continue;
    }
    const word = matchAt(WORD, text, at);
    if (word) {
      const token = WORDS.get(word[0].toLowerCase());
      if (!token) return undefined;
      tokens.push(token);
      at += word[0].length;
      continue;
    }
    if (SEPARATOR.test(char)) {
      tokens.push({ kind: 'separator' });
      at += 1;
      continue;
    }
    return undefined;
  }
  return tokens;
}

function matchAt(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(text);
}

function numberToken(text: string, sign: string, digits: string): CoordinateToken {
  return {
    kind: 'number',
    value: Number(digits.replace(',', '.')),
    negative: sign !== '' && sign !== '+',
    signed: sign !== '',
    decimals: /[.,]/.test(digits),
    text,
  };
}
