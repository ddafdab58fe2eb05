// Removing a launch point or a system of the user's own, so that it can be undone: the removal keeps what
// was removed and where it stood, and undoRemoval puts it back. Both are pure.

import { removeArea } from './areaActions';
import { areaKey } from './areaName';
import { MAX_CUSTOM_SYSTEMS, MAX_MARKS, MAX_SITES } from './limits';
import { removeMark } from './markActions';
import { MAX_AREAS } from './restoreAreas';
import { removeSite } from './siteActions';
import { removeCustomSystem, resetSystems } from './systemActions';
import type { CustomSystem, LaunchArea, Mark, Scenario, Site } from './types';

/** What one removal took away, enough to put it back. Serialisable. */
export type Removal =
  | { kind: 'site'; site: Site; index: number }
  | { kind: 'area'; area: LaunchArea; index: number }
  | { kind: 'mark'; mark: Mark; index: number }
  | { kind: 'system'; system: CustomSystem; index: number; shownAt: number | null; color?: string }
  | { kind: 'systems'; removals: SystemRemoval[]; systemIds: string[] };

type SystemRemoval = Extract<Removal, { kind: 'system' }>;

/** A scenario without the removed thing, and the removal; `removal` is null when there was nothing to remove. */
export interface RemovalResult {
  scenario: Scenario;
  removal: Removal | null;
}

/**
 * Removes a launch point and says what was removed.
 *
 * @example
 * const { scenario, removal } = removeSiteUndoably(s, 's1');
 * undoRemoval(scenario, removal!); // s1 is back, at its place in the list
 */
export function removeSiteUndoably(s: Scenario, id: string): RemovalResult {
  const index = s.sites.findIndex((site) => site.id === id);
  const site = s.sites[index];
  if (!site) return { scenario: s, removal: null };
  return { scenario: removeSite(s, id), removal: { kind: 'site', site, index } };
}

/**
 * Removes a launch area and says what was removed.
 *
 * @example
 * const { scenario, removal } = removeAreaUndoably(s, 'UA');
 */
export function removeAreaUndoably(s: Scenario, key: string): RemovalResult {
  const index = (s.areas ?? []).findIndex((area) => areaKey(area) === key);
  const area = s.areas?.[index];
  if (!area) return { scenario: s, removal: null };
  return { scenario: removeArea(s, key), removal: { kind: 'area', area, index } };
}

/**
 * Removes a marked place and says what was removed.
 *
 * @example
 * const { scenario, removal } = removeMarkUndoably(s, 'm1');
 */
export function removeMarkUndoably(s: Scenario, id: string): RemovalResult {
  const index = (s.marks ?? []).findIndex((mark) => mark.id === id);
  const mark = s.marks?.[index];
  if (!mark) return { scenario: s, removal: null };
  return { scenario: removeMark(s, id), removal: { kind: 'mark', mark, index } };
}

/**
 * Removes a system of the user's own and says what was removed, including whether its rings were shown.
 *
 * @example
 * const { scenario, removal } = removeCustomSystemUndoably(s, 'custom-fateh-110');
 */
export function removeCustomSystemUndoably(s: Scenario, id: string): RemovalResult {
  const index = s.customSystems.findIndex((system) => system.id === id);
  const system = s.customSystems[index];
  if (!system) return { scenario: s, removal: null };
  return { scenario: removeCustomSystem(s, id), removal: systemRemoval(s, system, index) };
}

/**
 * "Back to the default data": removes every system of the user's own, and says what was removed, so that all
 * of them can come back at once. Launch points, title, units and view stay as they are.
 *
 * @example
 * const { scenario, removal } = removeCustomSystemsUndoably(s, ['tomahawk', 'eram', 'atacms']);
 */
export function removeCustomSystemsUndoably(s: Scenario, dataSystemIds: readonly string[]): RemovalResult {
  if (s.customSystems.length === 0) return { scenario: s, removal: null };
  const removals = s.customSystems.map((system, index) => systemRemoval(s, system, index));
  return {
    scenario: resetSystems(s, dataSystemIds),
    removal: { kind: 'systems', removals, systemIds: s.systemIds },
  };
}

function systemRemoval(s: Scenario, system: CustomSystem, index: number): SystemRemoval {
  const shown = s.systemIds.indexOf(system.id);
  const color = s.colors?.[system.id];
  return {
    kind: 'system',
    system,
    index,
    shownAt: shown === -1 ? null : shown,
    ...(color !== undefined ? { color } : {}),
  };
}

/**
 * Puts back what a removal took away, at the place it had (or the end, if the list got shorter). A launch
 * point whose id has been given to a new one meanwhile comes back under a fresh id. Returns `s` itself when
 * the thing is already back, or when the map is full (50 launch points or 50 systems).
 *
 * @example
 * undoRemoval(removeSiteUndoably(s, 's1').scenario, removal).sites; // as in s
 */
export function undoRemoval(s: Scenario, removal: Removal): Scenario {
  if (removal.kind === 'site') {
    if (s.sites.length >= MAX_SITES) return s;
    const taken = new Set(s.sites.map((site) => site.id));
    const site = taken.has(removal.site.id) ? { ...removal.site, id: freeId(taken, 's') } : removal.site;
    return { ...s, sites: insertAt(s.sites, removal.index, site) };
  }
  if (removal.kind === 'area') {
    const areas = s.areas ?? [];
    if (areas.length >= MAX_AREAS || areas.some((area) => areaKey(area) === areaKey(removal.area))) return s;
    return { ...s, areas: insertAt(areas, removal.index, removal.area) };
  }
  if (removal.kind === 'mark') {
    const marks = s.marks ?? [];
    if (marks.length >= MAX_MARKS) return s;
    const taken = new Set(marks.map((mark) => mark.id));
    const mark = taken.has(removal.mark.id) ? { ...removal.mark, id: freeId(taken, 'm') } : removal.mark;
    return { ...s, marks: insertAt(marks, removal.index, mark) };
  }
  if (removal.kind === 'systems') {
    const back = removal.removals.reduce(putBackSystem, s);
    // the shown systems come back as they were when nothing else changed meanwhile
    const known = new Set([...back.systemIds, ...back.customSystems.map((system) => system.id)]);
    const unchanged = removal.systemIds.every((id) => known.has(id));
    return unchanged
      ? { ...back, systemIds: removal.systemIds.filter((id, i, all) => all.indexOf(id) === i) }
      : back;
  }
  return putBackSystem(s, removal);
}

function putBackSystem(s: Scenario, removal: SystemRemoval): Scenario {
  const { system } = removal;
  if (s.customSystems.length >= MAX_CUSTOM_SYSTEMS) return s;
  if (s.customSystems.some((other) => other.id === system.id) || s.systemIds.includes(system.id)) return s;
  return {
    ...s,
    customSystems: insertAt(s.customSystems, removal.index, system),
    systemIds: removal.shownAt === null ? s.systemIds : insertAt(s.systemIds, removal.shownAt, system.id),
    ...(removal.color !== undefined ? { colors: { ...s.colors, [system.id]: removal.color } } : {}),
  };
}

function insertAt<T>(list: readonly T[], index: number, item: T): T[] {
  const at = Math.min(Math.max(0, index), list.length);
  return [...list.slice(0, at), item, ...list.slice(at)];
}

function freeId(taken: ReadonlySet<string>, prefix: 's' | 'm'): string {
  let n = taken.size + 1;
  while (taken.has(`${prefix}${n}`)) n++;
  return `${prefix}${n}`;
}
