// Restores the launch areas: countries by ISO 3166-1 alpha-2 code, each once, drawn lines and polygons and
// files' lines, in the order given. What is dropped is named, up to ten; the rest are counted.
import { countryByCode, describeValue, quote } from '../data';
import { isRecord, own, type Report } from './readInput';
import { restoreDrawnArea, restoreFileArea } from './restoreDrawnArea';
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
  const ids = new Set(
    value.flatMap((item) => {
      const id = isRecord(item) ? own(item, 'id') : undefined;
      return typeof id === 'string' ? [id] : [];
    }),
  );
  let fresh = 0;
  const freshId = () => {
    do fresh++;
    while (ids.has(`a${fresh}`));
    ids.add(`a${fresh}`);
    return `a${fresh}`;
  };
  const taken = new Set<string>();
  const full = (name: string) => {
    if (areas.length < MAX_AREAS) return false;
    drop(`${name} ignored — a map holds at most ${MAX_AREAS} launch areas`);
    return true;
  };
  for (const item of value) {
    const kind = isRecord(item) ? own(item, 'kind') : undefined;
    if (isRecord(item) && (kind === 'line' || kind === 'polygon' || kind === 'file')) {
      const given = own(item, 'id');
      // an id is kept when it is well formed and the first of its kind; another gets a new one
      const id =
        typeof given === 'string' && /^a\d{1,6}$/.test(given) && !taken.has(given) ? given : freshId();
      const area = kind === 'file' ? restoreFileArea(item, id, drop) : restoreDrawnArea(item, kind, id, drop);
      if (!area || full(`area ${quote(area.label ?? id)}`)) continue;
      taken.add(id);
      areas.push(area);
      continue;
    }
    const code = isRecord(item) ? own(item, 'code') : undefined;
    if (kind !== 'country' || typeof code !== 'string') {
      drop(
        `${describeValue(item)} ignored — a launch area is a country ({ kind: 'country', code: 'UA' }), a drawn line or polygon, or a file's lines`,
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
    if (full(quote(country.code))) continue;
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
