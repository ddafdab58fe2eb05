// A system read from a user's file, as the input of addCustomSystem: everything it says is kept.
import type { WeaponSystem } from '../data';
import type { CustomSystemInput } from './systemActions';

/**
 * The custom-system input for a system read from a file. A system without sources is credited to the file.
 *
 * @example
 * customSystemFrom({ id: 'eram', name: 'ERAM', rangeKm: 460, rangeMinKm: 240, sources: [] }, 'mine.csv');
 * // { name: 'ERAM', rangeKm: 460, rangeMinKm: 240, source: 'mine.csv' }
 */
export function customSystemFrom(system: WeaponSystem, fileName: string): CustomSystemInput {
  const { id: _id, sources, ...rest } = system;
  return sources.length > 0 ? { ...rest, sources } : { ...rest, source: fileName };
}
