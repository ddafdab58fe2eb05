// What the map needs of a system shown: its id, name, ranges, colour and dash.
import type { RingSystem } from '../map';
import type { SystemEntry } from '../panels';

export function ringSystemOf(e: SystemEntry): RingSystem {
  return {
    systemId: e.id,
    name: e.name,
    rangeKm: e.rangeKm,
    color: e.color,
    ...(e.dash !== undefined ? { dash: e.dash } : {}),
    ...(e.rangeMinKm !== undefined ? { rangeMinKm: e.rangeMinKm } : {}),
    ...(e.rangeMaxKm !== undefined ? { rangeMaxKm: e.rangeMaxKm } : {}),
  };
}
