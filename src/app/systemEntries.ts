// The systems the panels and map know: the data file's, then the custom ones, each with its colour (the one
// the user chose, else the palette's) and all it says: band, published figures, type, note, sources.
import type { Source, WeaponSystem } from '../data';
import { systemColor, systemDash } from '../map';
import type { SystemEntry } from '../panels';
import type { CustomSystem } from '../scenario';

export function systemEntries(
  data: readonly WeaponSystem[],
  customSystems: readonly CustomSystem[],
  colors: Readonly<Record<string, string>> = {},
): SystemEntry[] {
  const fromData = data.map((s) => entryOf(s, s.sources, false));
  const custom = customSystems.map((c) => {
    // a typed source is free text: it stands as publisher and title, before any sources of a file
    const typed: Source[] = c.source ? [{ title: c.source, publisher: c.source }] : [];
    return entryOf(c, [...typed, ...(c.sources ?? [])], true);
  });
  return [...fromData, ...custom].map((s, index) => ({
    ...s,
    index,
    ...(systemDash(index) !== undefined ? { dash: systemDash(index) } : {}),
    color: (Object.hasOwn(colors, s.id) ? colors[s.id] : undefined) ?? systemColor(index),
  }));
}

type Described = Pick<
  WeaponSystem,
  | 'id'
  | 'name'
  | 'rangeKm'
  | 'rangeMinKm'
  | 'rangeMaxKm'
  | 'rangeMi'
  | 'rangeNmi'
  | 'type'
  | 'variant'
  | 'note'
>;

function entryOf(s: Described, sources: Source[], custom: boolean): Omit<SystemEntry, 'color' | 'index'> {
  const entry: Omit<SystemEntry, 'color' | 'index'> = {
    id: s.id,
    name: s.name,
    rangeKm: s.rangeKm,
    sources,
    custom,
  };
  for (const key of ['rangeMinKm', 'rangeMaxKm', 'rangeMi', 'rangeNmi'] as const) {
    const value = s[key];
    if (value !== undefined) entry[key] = value;
  }
  for (const key of ['type', 'variant', 'note'] as const) {
    const value = s[key];
    if (value !== undefined) entry[key] = value;
  }
  return entry;
}
