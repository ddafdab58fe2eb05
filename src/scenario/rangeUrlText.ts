// A range as a link writes it: the shortest of km, mi and nmi that reads back as exactly the same number of
// kilometres, so `300mi` stays `300mi`. It relies on parseRangeKm multiplying by the same factors.

const UNITS: readonly (readonly [unit: string, kmPerUnit: number])[] = [
  ['km', 1],
  ['mi', 1.609344],
  ['nmi', 1.852],
];
const MAX_DECIMALS = 6;

/**
 * Writes a range in kilometres with the unit that gives the shortest exact text.
 *
 * @example
 * rangeUrlText(300);             // '300km'
 * rangeUrlText(300 * 1.609344);  // '300mi'
 * rangeUrlText(1601.2973);       // '1601.2973km'
 */
export function rangeUrlText(rangeKm: number): string {
  let best = `${rangeKm}km`;
  for (const [unit, kmPerUnit] of UNITS) {
    for (let decimals = 0; decimals <= MAX_DECIMALS; decimals++) {
      const number = trimZeros((rangeKm / kmPerUnit).toFixed(decimals));
      if (Number(number) * kmPerUnit !== rangeKm) continue;
      const text = `${number}${unit}`;
      if (text.length < best.length) best = text;
      break;
    }
  }
  return best;
}

function trimZeros(fixed: string): string {
  return fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
}
