// The scenario a reader meets with no parameters: the default systems from Kharkiv, in Ukrainian-held territory.
import type { WeaponSystem } from '../data';
import type { Scenario } from './types';

/** Kharkiv city centre (Natural Earth populated places). */
export const KHARKIV = { id: 'kharkiv', label: 'Kharkiv', lonLat: [36.2304, 49.9935] as [number, number] };

/** Every system of the data set, from one launch point at Kharkiv, in kilometres. */
export function defaultScenario(systems: readonly WeaponSystem[]): Scenario {
  return {
    version: 1,
    sites: [{ ...KHARKIV, lonLat: [KHARKIV.lonLat[0], KHARKIV.lonLat[1]] }],
    systemIds: systems.map((s) => s.id),
    units: 'km',
    title: 'How far they reach',
  };
}
