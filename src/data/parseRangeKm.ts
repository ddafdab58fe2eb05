// Reads a range as a file may write it, a number of kilometres or a text with its unit ("995 mi", "1 600 km"),
// and checks that a weapon could have it. English number style only: "1.600" is one point six, not 1,600.
import { describeValue, quote } from './describeValue.js';

/**
 * No range can exceed half a meridian: the longest geodesic on the WGS84 ellipsoid, pole to pole,
 * is 20,003.93 km, so every point on Earth lies within it of any launch site.
 */
export const MAX_RANGE_KM = 20_004;

/**
 * The shortest range drawn: 10 m. Anything shorter is no weapon's range, and a ring of a few nanometres (1e-300 km
 * was tried) broke the comparison chart's scale.
 */
export const MIN_RANGE_KM = 0.01;

export interface RangeKmOptions {
  /** Reject bare numbers: for a column named `range`, whose values must say their unit. */
  requireUnit?: boolean;
}

// Kilometres per unit; keys are lowercase, with single spaces and no trailing dot.
const KM_PER_UNIT = new Map<string, number>([
  ['km', 1],
  ['kms', 1],
  ['kilometre', 1],
  ['kilometres', 1],
  ['kilometer', 1],
  ['kilometers', 1],
  ['mi', 1.609344],
  ['mile', 1.609344],
  ['miles', 1.609344],
  ['nmi', 1.852],
  ['nm', 1.852],
  ['nautical mile', 1.852],
  ['nautical miles', 1.852],
  ['m', 0.001],
  ['metre', 0.001],
  ['metres', 0.001],
  ['meter', 0.001],
  ['meters', 0.001],
]);

// "about 1,600 km" and "~1600 km" are how ranges are published; the hedge is dropped, the number kept.
const HEDGE = /^(?:~|≈|about\s|approx\.?\s|approximately\s|ca?\.\s?)\s*/i;
// Thousands in groups of three after a comma, a space, a no-break space, a thin space or a narrow no-break space.
const NUMBER =
  /^([+\-\u2212]?)((?:\d{1,3}(?:[,\u0020\u00a0\u2009\u202f]\d{3})+|\d+)(?:\.\d*)?|\.\d+)((?:e[+-]?\d+)?)/i;
const SEPARATORS = /[,\u0020\u00a0\u2009\u202f]/g;
const NOT_A_NUMBER = 'range must be a number, optionally with a unit like "995 mi"';
const NEEDS_UNIT = 'range needs a unit, like "1600 km" or "995 mi"';

/**
 * Reads a range in kilometres from a number (already km) or a text with an optional unit:
 * km, kilometre(s)/kilometer(s), mi/mile(s), nmi/NM/nautical mile(s), m/metre(s)/meter(s).
 * Returns `{ km }` for a range from `MIN_RANGE_KM` (10 m) up to `MAX_RANGE_KM`, otherwise `{ error }` saying why.
 *
 * @example
 * parseRangeKm(1600);        // { km: 1600 }
 * parseRangeKm('1,600');     // { km: 1600 }
 * parseRangeKm('995 mi');    // { km: 1601.297… }
 * parseRangeKm('1.6e3');     // { km: 1600 }
 * parseRangeKm('5,000 ft');  // { error: 'unknown unit "ft" in "5,000 ft": use km, mi, nmi or m' }
 * parseRangeKm('-5');        // { error: 'range must be a positive number, got "-5"' }
 */
export function parseRangeKm(
  value: unknown,
  options: RangeKmOptions = {},
): { km: number } | { error: string } {
  if (typeof value === 'number') {
    if (options?.requireUnit) return { error: `${NEEDS_UNIT}, got ${describeValue(value)}` };
    return checkKm(value, describeValue(value));
  }
  if (typeof value !== 'string') {
    return { error: `range must be a number or a text like "1,600 km", got ${describeValue(value)}` };
  }
  const text = value.trim();
  if (text === '') return { error: 'range is empty' };
  const unhedged = text.replace(HEDGE, '');
  const match = NUMBER.exec(unhedged);
  if (!match) return { error: `${NOT_A_NUMBER}, got ${quote(text)}` };
  const [whole, sign, digits, exponent] = match;
  const rest = unhedged.slice(whole.length).trim();
  let factor = 1;
  if (rest === '') {
    if (options?.requireUnit) return { error: `${NEEDS_UNIT}, got ${quote(text)}` };
  } else {
    if (!/^\p{L}/u.test(rest)) {
      return { error: `${NOT_A_NUMBER}, got ${quote(text)}` };
    }
    const unit = rest.toLowerCase().replace(/\s+/g, ' ').replace(/\.$/, '');
    const known = KM_PER_UNIT.get(unit);
    if (known === undefined)
      return { error: `unknown unit ${quote(rest)} in ${quote(text)}: use km, mi, nmi or m` };
    factor = known;
  }
  const magnitude = Number(`${(digits ?? '').replace(SEPARATORS, '')}${exponent ?? ''}`);
  return checkKm((sign === '' || sign === '+' ? 1 : -1) * magnitude * factor, quote(text));
}

function checkKm(km: number, got: string): { km: number } | { error: string } {
  if (!Number.isFinite(km)) return { error: `range must be a finite number, got ${got}` };
  if (km <= 0) return { error: `range must be a positive number, got ${got}` };
  if (km < MIN_RANGE_KM) return { error: `range must be at least 10 m (0.01 km), got ${got}` };
  if (km > MAX_RANGE_KM) {
    return {
      error: `range of ${formatKm(km)} km is beyond 20,004 km, half a meridian: no point on Earth is that far from another, got ${got}`,
    };
  }
  return { km };
}

// 25000 → "25,000"; absurd values in exponent form rather than a hundred digits.
function formatKm(km: number): string {
  if (km >= 1e12) return km.toExponential(2);
  return String(Math.round(km)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
