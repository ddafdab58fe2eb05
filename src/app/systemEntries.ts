// The systems the panels and map know: the data file's, then the custom ones, each with its colour.
import type { WeaponSystem } from '../data';
import { systemColor } from '../map';
import type { SystemEntry } from '../panels';
import type { CustomSystem } from '../scenario';

export function systemEntries(
  data: readonly WeaponSystem[],
  customSystems: readonly CustomSystem[],
): SystemEntry[] {
  const fromData: SystemEntry[] = data.map((s) => ({
    id: s.id,
    name: s.name,
    rangeKm: s.rangeKm,
    ...(s.rangeMinKm !== undefined ? { rangeMinKm: s.rangeMinKm } : {}),
    ...(s.rangeMaxKm !== undefined ? { rangeMaxKm: s.rangeMaxKm } : {}),
    sources: s.sources,
    custom: false,
    color: '',
  }));
  const custom: SystemEntry[] = customSystems.map((c) => ({
    id: c.id,
    name: c.name,
    rangeKm: c.rangeKm,
    sources: c.source ? [{ title: c.source, publisher: c.source }] : [],
    custom: true,
    color: '',
  }));
  return [...fromData, ...custom].map((s, i) => ({ ...s, color: systemColor(i) }));
}
