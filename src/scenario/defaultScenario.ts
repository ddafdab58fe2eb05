// The scenario a reader meets with no parameters: the default systems from Kharkiv, in Ukrainian-held
// territory, the view fitted to the rings.
import type { WeaponSystem } from '../data';
import type { Scenario, Site } from './types';

/** Kharkiv city centre. */
export const KHARKIV: Site = { id: 's1', label: 'Kharkiv', lonLat: [36.2304, 49.9935] };

export const DEFAULT_TITLE = 'How far they reach';

/**
 * Every system of the data set, from one launch point at Kharkiv, in kilometres, view fitted to the rings.
 *
 * @example
 * defaultScenario(systems).sites[0].label; // 'Kharkiv'
 */
export function defaultScenario(systems: readonly Pick<WeaponSystem, 'id'>[]): Scenario {
  return {
    version: 1,
    sites: [{ ...KHARKIV, lonLat: [KHARKIV.lonLat[0], KHARKIV.lonLat[1]] }],
    systemIds: systems.map((s) => s.id),
    customSystems: [],
    units: 'km',
    view: null,
    title: DEFAULT_TITLE,
    theme: 'light',
    basemap: 'offline',
  };
}
