// A system's range for people, in the unit the reader chose: the source's own figure when it published one in
// that unit ("about 995 miles"), else converted from kilometres. Converting a rounded figure gives 994, not 995.
import { formatDistance, formatInUnit } from './formatDistance';
import type { DistanceUnit } from './types';

/** A range in kilometres with the figures published in other units, as systems and custom systems carry them. */
export interface PublishedRange {
  rangeKm: number;
  rangeMi?: number;
  rangeNmi?: number;
}

/**
 * `km` (by default the system's range) in `unit`, as published where the source gave that figure.
 *
 * @example
 * formatRange({ rangeKm: 1600, rangeMi: 995 }, 'mi');       // '995 mi'
 * formatRange({ rangeKm: 1600 }, 'mi');                     // '994 mi'
 * formatRange({ rangeKm: 460, rangeMi: 285 }, 'mi', undefined, 240); // '149 mi' (a band end: converted)
 */
export function formatRange(
  system: PublishedRange,
  unit: DistanceUnit,
  locale?: string,
  km: number = system.rangeKm,
): string {
  const published =
    km !== system.rangeKm
      ? undefined
      : unit === 'mi'
        ? system.rangeMi
        : unit === 'nmi'
          ? system.rangeNmi
          : undefined;
  return published === undefined ? formatDistance(km, unit, locale) : formatInUnit(published, unit, locale);
}
