// An estimate of a ring label's width on screen, from its text alone (no DOM, so label placement stays a
// pure function): per-character advances of a bold sans-serif at the labels' 12 px (see `.ring-label` in
// src/app/app.css), rounded up so that a wider fallback font still fits.

/** The label's font size in px, as in `.ring-label`. */
export const LABEL_FONT_PX = 12;
/** The height of a label's box in px (one line of the 12 px font). */
export const LABEL_HEIGHT_PX = 18;

const NARROW = new Set(" .,:;'!|·iljtfrI()[]-/");
const WIDE = new Set('mwMW@%');
// Advances in em, close to Arial/Helvetica Bold, each rounded up a little.
const NARROW_EM = 0.3;
const DIGIT_EM = 0.56;
const LOWER_EM = 0.58;
const UPPER_EM = 0.72;
const WIDE_EM = 0.86;
const OTHER_EM = 1; // CJK and other full-width scripts: a full em
const CJK_START = 0x2e80;
const SAFETY = 1.04;

/**
 * The estimated width in px of a ring label set in the labels' font.
 *
 * @example
 * labelWidthPx('ATACMS · 300 km'); // 110 (Chromium draws it 100 px wide in Liberation Sans Bold)
 */
export function labelWidthPx(text: string): number {
  let em = 0;
  for (const ch of text) {
    if (NARROW.has(ch)) em += NARROW_EM;
    else if (WIDE.has(ch)) em += WIDE_EM;
    else if (ch >= '0' && ch <= '9') em += DIGIT_EM;
    else if (ch >= 'a' && ch <= 'z') em += LOWER_EM;
    else if (ch >= 'A' && ch <= 'Z') em += UPPER_EM;
    else if ((ch.codePointAt(0) ?? 0) >= CJK_START) em += OTHER_EM;
    else em += ch.toLowerCase() !== ch ? UPPER_EM : LOWER_EM; // other alphabets: Latin, Greek, Cyrillic…
  }
  return Math.ceil(em * LABEL_FONT_PX * SAFETY);
}
