// Texts inside a query string, both ways. Reading is lenient, since people type and paste links: `+` is a
// space, and a broken `%` sequence is kept as it is rather than failing the whole link.

const LONE_SURROGATES = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const ESCAPE_RUNS = /(?:%[0-9a-f]{2})+/gi;

/**
 * Escapes a text for a query value; commas, semicolons, colons, `&`, `=`, `+` and `#` are all escaped.
 *
 * @example
 * encodeUrlText('Kyiv, Ukraine'); // 'Kyiv%2C%20Ukraine'
 */
export function encodeUrlText(text: string): string {
  // encodeURIComponent throws on a lone surrogate.
  return encodeURIComponent(text.replace(LONE_SURROGATES, '\ufffd'));
}

/**
 * Reads a query value; never throws.
 *
 * @example
 * decodeUrlText('Kyiv%2C+Ukraine'); // 'Kyiv, Ukraine'
 * decodeUrlText('100%');            // '100%'
 */
export function decodeUrlText(raw: string): string {
  const text = raw.replace(/\+/g, ' ');
  try {
    return decodeURIComponent(text);
  } catch {
    return text.replace(ESCAPE_RUNS, (run) => {
      try {
        return decodeURIComponent(run);
      } catch {
        return run;
      }
    });
  }
}

/**
 * Writes a number with at most `decimals` decimals and no trailing zeros.
 *
 * @example
 * formatUrlNumber(49.993512, 5); // '49.99351'
 * formatUrlNumber(6, 2);         // '6'
 */
export function formatUrlNumber(value: number, decimals: number): string {
  const scale = 10 ** decimals;
  // String() of a number rounded this way is the shortest text that reads back as the same number.
  return String(Math.round(value * scale) / scale + 0);
}

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

/**
 * Reads a decimal number as people write one in a link (a Unicode minus is allowed); NaN for anything else.
 *
 * @example
 * parseUrlNumber(' -30.5 '); // -30.5
 * parseUrlNumber('0x10');    // NaN
 */
export function parseUrlNumber(text: string): number {
  const trimmed = text.trim().replace(/^\u2212/, '-');
  return NUMBER.test(trimmed) ? Number(trimmed) : Number.NaN;
}
