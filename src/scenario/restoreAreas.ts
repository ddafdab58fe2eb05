// Restores the launch areas: countries by ISO 3166-1 alpha-2 code, each once, in the order given. A code the
// basemap has no outline for is dropped and named, up to ten; the rest are counted.
import { countryByCode, describeValue, quote } from '../data';
import { isRecord, own, type Report } from './readInput';
import type { LaunchArea } from './types';

/** A map keeps at most this many launch areas: each is a reach computation per shown system. */
export const MAX_AREAS = 20;
const NAMED_AT_MOST = 10;

/**
 * Restores the areas, or returns undefined (none) when `value` is not a list or none is good.
 *
 * @example
 * restoreAreas([{ kind: 'country', code: 'ua' }, { kind: 'country', code: 'ZZ' }], report);
 * // [{ kind: 'country', code: 'UA' }], reporting 'unknown country code "ZZ" ignored'
 */
export function restoreAreas(value: unknown, report: Report): LaunchArea[] | undefined {
  if (!Array.isArray(value)) {
    report('areas', `${describeValue(value)} ignored — not a list of launch areas`);
    return undefined;
  }
  const areas: LaunchArea[] = [];
  const codes = new Set<string>();
  let dropped = 0;
  const drop = (message: string) => {
    if (dropped < NAMED_AT_MOST) report('areas', message);
    dropped++;
  };
  for (const item of value) {
    const kind = isRecord(item) ? own(item, 'kind') : undefined;
    const code = isRecord(item) ? own(item, 'code') : undefined;
    if (kind !== 'country' || typeof code !== 'string') {
      drop(
        `${describeValue(item)} ignored — a launch area is a country, like { kind: 'country', code: 'UA' }`,
      );
      continue;
    }
    const country = countryByCode(code);
    if (!country) {
      drop(
        `unknown country code ${quote(code)} ignored — a country is named by its two-letter ISO code, like "UA"`,
      );
      continue;
    }
    if (codes.has(country.code)) continue;
    if (areas.length === MAX_AREAS) {
      drop(`${quote(country.code)} ignored — a map holds at most ${MAX_AREAS} launch areas`);
      continue;
    }
    codes.add(country.code);
    areas.push({ kind: 'country', code: country.code });
  }
  if (dropped > NAMED_AT_MOST) {
    report(
      'areas',
      `${(dropped - NAMED_AT_MOST).toLocaleString('en')} more launch areas ignored`,
      dropped - NAMED_AT_MOST,
    );
  }
  return areas.length > 0 ? areas : undefined;
}
