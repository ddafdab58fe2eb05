// Restores the systems a user made or loaded: each needs a name and a range from 0 to 20,004 km (half a
// meridian); ids become unique slugs that never clash with the data file's. Ranges are not checked for truth.
import { describeValue, isSlug, parseRangeKm, quote } from '../data';
import { customSystemId, uniqueId } from './customSystemId';
import { MAX_CUSTOM_NAME_LENGTH, MAX_CUSTOM_SYSTEMS, MAX_SOURCE_LENGTH } from './limits';
import { plainText } from './plainText';
import { isRecord, own, type Report } from './readInput';
import { restoreSystemDetails } from './restoreSystemDetails';
import type { CustomSystem } from './types';

export interface RestoredCustomSystems {
  systems: CustomSystem[];
  /** Ids that were changed, old → new, so that the list of shown systems can follow them. */
  renamed: Map<string, string>;
}

/**
 * Restores a list of custom systems, or returns undefined (keep what there was) when `value` is not a list.
 * `rangeKm` may be a number of kilometres or a text with its unit, as `parseRangeKm` reads it.
 *
 * @example
 * restoreCustomSystems([{ name: 'Fateh-110', rangeKm: '300 km' }], ['atacms'], report);
 * // { systems: [{ id: 'custom-fateh-110', name: 'Fateh-110', rangeKm: 300 }], renamed: Map {} }
 */
export function restoreCustomSystems(
  value: unknown,
  dataSystemIds: readonly string[],
  report: Report,
): RestoredCustomSystems | undefined {
  if (!Array.isArray(value)) {
    report('customSystems', `${describeValue(value)} ignored — not a list of systems`);
    return undefined;
  }
  const taken = new Set(dataSystemIds);
  const customIds = new Set<string>();
  const systems: CustomSystem[] = [];
  const renamed = new Map<string, string>();
  const count = Math.min(value.length, MAX_CUSTOM_SYSTEMS);
  for (let i = 0; i < count; i++) {
    const read = readCustomSystem(value[i], i, report);
    if (!read) continue;
    const { system, givenId } = read;
    let id: string;
    if (typeof givenId === 'string' && isSlug(givenId)) {
      id = uniqueId(givenId, taken);
      if (id !== givenId) {
        report(
          'customSystems',
          `id of ${quote(system.name)} changed to "${id}" — "${givenId}" is already used`,
        );
      }
    } else {
      id = customSystemId(system.name, taken);
    }
    // A clash with a data system means the saved list of shown systems meant this one; an earlier
    // custom system with the same id keeps its own references.
    if (typeof givenId === 'string' && givenId !== id && !customIds.has(givenId)) renamed.set(givenId, id);
    taken.add(id);
    customIds.add(id);
    systems.push({ ...system, id });
  }
  if (value.length > MAX_CUSTOM_SYSTEMS) {
    report(
      'customSystems',
      `${value.length - MAX_CUSTOM_SYSTEMS} more systems ignored — a map holds at most ${MAX_CUSTOM_SYSTEMS} of your own`,
    );
  }
  return { systems, renamed };
}

function readCustomSystem(
  item: unknown,
  index: number,
  report: Report,
): { system: CustomSystem; givenId: unknown } | null {
  if (!isRecord(item)) {
    report(
      'customSystems',
      `system ${index + 1} ignored — it is ${describeValue(item)}, not a system with a name and a range`,
    );
    return null;
  }
  const givenName = own(item, 'name');
  const name = typeof givenName === 'string' ? plainText(givenName, MAX_CUSTOM_NAME_LENGTH) : null;
  if (!name || name.text === '') {
    report('customSystems', `system ${index + 1} ignored — it has no name`);
    return null;
  }
  const range = parseRangeKm(own(item, 'rangeKm'));
  if ('error' in range) {
    report('customSystems', `${quote(name.text)} ignored — ${range.error}`);
    return null;
  }
  if (name.cut)
    report('customSystems', `name ${quote(name.text)} cut to ${MAX_CUSTOM_NAME_LENGTH} characters`);
  if (name.removedControls) {
    report('customSystems', `line breaks and control characters removed from name ${quote(name.text)}`);
  }
  const system: CustomSystem = { id: '', name: name.text, rangeKm: range.km + 0 };
  const source = readSource(own(item, 'source'), name.text, report);
  if (source) system.source = source;
  Object.assign(system, restoreSystemDetails(item, system.rangeKm, name.text, report));
  return { system, givenId: own(item, 'id') };
}

function readSource(value: unknown, name: string, report: Report): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') {
    report('customSystems', `source of ${quote(name)} ignored — it is ${describeValue(value)}, not text`);
    return null;
  }
  const source = plainText(value, MAX_SOURCE_LENGTH);
  if (source.cut) report('customSystems', `source of ${quote(name)} cut to ${MAX_SOURCE_LENGTH} characters`);
  if (source.removedControls) {
    report('customSystems', `line breaks and control characters removed from the source of ${quote(name)}`);
  }
  return source.text === '' ? null : source.text;
}
